import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, cli } from './run-cli';

describe('the CLI', { timeout: 60_000 }, () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'da-cli-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('prints the records of one file as a JSON array with exactly the record fields', async () => {
    const { code, stdout } = await cli('parse', SEED, '--json');
    expect(code).toBe(0);
    const records = JSON.parse(stdout) as Record<string, unknown>[];
    expect(records).toHaveLength(1);
    expect(Object.keys(records[0]!)).toEqual([
      'id',
      'title',
      'date',
      'place',
      'agency',
      'language',
      'signature',
      'paragraphs',
      'related',
      'source',
      'warnings',
      // The names it mentions, as the importer finds them (issue 19).
      'entities',
    ]);
    expect(Object.keys(records[0]!.source as object).sort()).toEqual([
      'encoding',
      'format',
      'mtime',
      'path',
      'sha256',
      'size',
    ]);
  });

  it('imports a folder with a progress line and a summary that lists rejects', async () => {
    const folder = join(work, 'in');
    await mkdir(folder, { recursive: true });
    await copyFile(SEED, join(folder, basename(SEED)));
    await writeFile(join(folder, 'empty.txt'), '');
    const { code, stdout, stderr } = await cli('import', folder, '--data', join(work, 'data'));
    expect(code).toBe(0);
    expect(stderr).toMatch(/done 2\/2 files, 1 rejected/);
    expect(stdout).toContain('imported:   1 articles');
    expect(stdout).toContain(`${join(folder, 'empty.txt')}: file is empty (0 bytes)`);
    const again = await cli('import', folder, '--data', join(work, 'data'));
    expect(again.stdout).toContain('unchanged:  1 files');
  });

  it('lists the archive as JSON records and prints stats', async () => {
    const list = await cli('list', '--json', '--data', join(work, 'data'));
    const records = JSON.parse(list.stdout) as { title: string; paragraphs: string[] }[];
    expect(records.map((r) => r.title)).toEqual([
      'Песков: РФ готова к координации совместных усилий с США в борьбе с терроризмом в Сирии',
    ]);
    expect(records[0]!.paragraphs.length).toBeGreaterThan(0);
    const stats = await cli('stats', '--data', join(work, 'data'));
    expect(stats.stdout).toMatch(/^Articles: 1 \(0 missing, 0 with several source files\)$/m);
  });

  it('exits non-zero with a clear message on fatal errors', async () => {
    const missing = await cli('import', join(work, 'nope'), '--data', join(work, 'data'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`error: cannot import ${join(work, 'nope')}: no such file\n`);
    const usage = await cli('frobnicate');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^error: unknown command "frobnicate"/);
    const noFile = await cli('parse', join(work, 'nope.txt'));
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toMatch(/no such file/);
  });
});
