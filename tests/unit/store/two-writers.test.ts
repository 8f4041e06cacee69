// Two writers of one file, as two processes on one data folder were (issue 16, finding 4):
// both wrote through the same temp file, so one's bytes landed in the other's file and
// its rename failed. Each write now has a temp file of its own.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicJsonFile } from '../../../src-main/core/store/atomic-json-file';
import { FaultyIo } from './faulty-io';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-writers-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('two writers of one file', () => {
  it('both finish, and leave the whole of one of their writes', async () => {
    const io = new FaultyIo().queue(/\.tmp$/, { slowMs: 100 });
    const path = join(dir, 'data.json');
    const first = new AtomicJsonFile<{ by: string }>(path, io);
    const second = new AtomicJsonFile<{ by: string }>(path, io);
    const long = { by: 'first'.repeat(1000) };
    await Promise.all([first.write(long), second.write({ by: 'second' })]);
    expect([long, { by: 'second' }]).toContainEqual(JSON.parse(await readFile(path, 'utf8')));
  });

  it('leave no temp file behind when a write fails', async () => {
    const io = new FaultyIo().fill(/\.tmp$/);
    await expect(new AtomicJsonFile(join(dir, 'data.json'), io).write({ n: 1 })).rejects.toThrow(/ENOSPC/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('remove the temp files writers that are gone left, at their first write, and keep those of a running one', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const running = process.ppid;
    await writeFile(join(dir, `.data.json.${gone}-7.tmp`), '{"half":');
    await writeFile(join(dir, `.data.json.${running}-3.tmp`), '{"half":');
    await writeFile(join(dir, '.data.json.tmp'), '{"half":');
    await new AtomicJsonFile(join(dir, 'data.json')).write({ n: 1 });
    expect((await readdir(dir)).sort()).toEqual([`.data.json.${running}-3.tmp`, 'data.json']);
  });
});
