import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceInfo } from '../../../src-main/contract/archive';
import { SEED, cli } from './run-cli';

describe('cli sources and rescan', { timeout: 60_000 }, () => {
  let work: string;
  let data: string;
  let folder: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'da-cli-sources-'));
    data = join(work, 'data');
    folder = join(work, 'in');
    await mkdir(folder);
    await copyFile(SEED, join(folder, 'seed.txt'));
    await cli('import', folder, '--data', data);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('lists the source folders with their counts as JSON', async () => {
    const { code, stdout } = await cli('sources', '--json', '--data', data);
    expect(code).toBe(0);
    const sources = JSON.parse(stdout) as SourceInfo[];
    expect(sources).toMatchObject([
      { path: folder, articles: 1, missingArticles: 0, files: 1, watch: true, present: true },
    ]);
    expect(sources[0]!.lastScanAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('lists them for people, one folder and its counts', async () => {
    const { stdout } = await cli('sources', '--data', data);
    expect(stdout).toMatch(new RegExp(`^${folder}\\n    1 articles \\(0 missing\\), 1 files, last scan \\d{4}-`));
  });

  it('re-scans a source folder, picking up a new file', async () => {
    await writeFile(join(folder, 'more.txt'), 'Convoy reaches Aleppo\n\nAn aid convoy reached the city on Tuesday.\n');
    const { code, stdout } = await cli('rescan', folder, '--data', data);
    expect(code).toBe(0);
    expect(stdout).toContain(`Imported ${folder} into ${data}`);
    expect(stdout).toMatch(/imported: {3}1 articles\n {2}unchanged: {2}1 files/);
  });

  it('re-scans every source without a folder', async () => {
    const { code, stdout } = await cli('rescan', '--data', data);
    expect(code).toBe(0);
    expect(stdout).toMatch(/unchanged: {2}2 files/);
  });

  it('refuses a folder that is not a source', async () => {
    const { code, stderr } = await cli('rescan', join(work, 'elsewhere'), '--data', data);
    expect(code).toBe(1);
    expect(stderr).toBe(`error: ${join(work, 'elsewhere')} is not a source folder of this archive\n`);
  });
});
