import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, cli } from './run-cli';

describe('cli tags', { timeout: 60_000 }, () => {
  let work: string;
  let data: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'da-cli-tags-'));
    data = join(work, 'data');
    await mkdir(join(work, 'in'));
    await copyFile(SEED, join(work, 'in', 'seed.txt'));
    await cli('import', join(work, 'in'), '--data', data);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('tags every article a query matches, and lists the tag tree', async () => {
    const tagged = await cli('tag', 'Песков', '--add', 'russia/kremlin', '--add', 'un', '--data', data);
    expect(tagged).toMatchObject({ code: 0, stdout: '1 of 1 matching articles changed\n' });
    const { stdout } = await cli('tags', '--data', data);
    expect(stdout.split('\n').map((l) => l.replace(/ \(\w+\)$/, ''))).toEqual([
      'russia  1',
      '  russia/kremlin  1',
      'un  1',
      '',
    ]);
    expect((await cli('search', 'tag:russia', '--data', data)).stderr).toBe('1 hits\n');
  });

  it('says so when no article matches, and tags nothing', async () => {
    const { code, stderr } = await cli('tag', 'Vladivostok', '--add', 'x', '--data', data);
    expect(code).toBe(1);
    expect(stderr).toBe('no article matches; nothing tagged\n');
  });

  it('refuses a tag command with nothing to add or remove', async () => {
    const { code, stderr } = await cli('tag', '', '--data', data);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: tag needs --add T or --remove T/);
  });
});
