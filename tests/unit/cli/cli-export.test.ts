import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, cli } from './run-cli';

describe('cli export and restore', { timeout: 120_000 }, () => {
  let work: string;
  let data: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'da-cli-export-'));
    data = join(work, 'data');
    await mkdir(join(work, 'in'));
    await copyFile(SEED, join(work, 'in', 'seed.txt'));
    await writeFile(
      join(work, 'in', 'second.md'),
      '---\ntitle: Convoy reaches Aleppo\ndate: 2016-07-16\n---\n\nAn aid convoy reached the city.\n',
    );
    await cli('import', join(work, 'in'), '--data', data);
    await cli('tag', 'Песков', '--add', 'russia/kremlin', '--data', data);
  }, 60_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('exports the articles under a tag to the CSV file named', async () => {
    const out = join(work, 'kremlin.csv');
    const run = await cli('export', '--csv', out, '--tag', 'russia', '--data', data);
    expect(run).toMatchObject({
      code: 0,
      stdout: `Exported 1 article in ${/\d+\.\d/.exec(run.stdout)?.[0]} s:\n  ${out}\n`,
    });
    const csv = await readFile(out, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('russia/kremlin');
    expect(csv).not.toContain('Convoy reaches Aleppo');
  });

  it('refuses to replace an existing file unless --force is given', async () => {
    const out = join(work, 'taken.md');
    await writeFile(out, 'mine');
    const refused = await cli('export', '--md', out, '--data', data);
    expect(refused).toMatchObject({
      code: 1,
      stderr: `error: ${out} exists; choose another path, or pass --force to replace it\n`,
    });
    expect(await readFile(out, 'utf8')).toBe('mine');
    expect((await cli('export', '--md', out, '--force', '--data', data)).code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('Convoy reaches Aleppo');
  });

  it('writes one file per article into a folder with --per-article', async () => {
    const out = join(work, 'each');
    expect((await cli('export', '--md', out, '--per-article', '--data', data)).code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(
      [
        '2016-07-15_Песков-РФ-готова-к-координации-совместных-усилий-с-США-в-борьбе-с-терроризмом-в.md',
        '2016-07-16_Convoy-reaches-Aleppo.md',
      ].sort(),
    );
  });

  it('says what is wrong with the export flags', async () => {
    const both = await cli('export', '--md', join(work, 'x.md'), '--csv', join(work, 'x.csv'), '--data', data);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^error: export needs exactly one of --pdf, --md, --json, --csv/);
    const picks = await cli('export', '--md', join(work, 'y.md'), '--tag', 'a', '--query', 'b', '--data', data);
    expect(picks.stderr).toMatch(/^error: give at most one of --ids, --tag, --query/);
  });

  it('restores a JSON export into an empty archive with its tags', async () => {
    const backup = join(work, 'backup.json');
    expect((await cli('export', '--json', backup, '--data', data)).code).toBe(0);
    const other = join(work, 'other');
    const restored = await cli('restore', backup, '--data', other);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('articles in the backup: 2 (2 added');
    expect((await cli('tags', '--data', other)).stdout).toContain('russia/kremlin  1');
  });
});
