import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NODE_FILE_IO, WRITE_AT_ONCE_BYTES, writeAll } from '../../../src-main/core/store/file-io';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'da-file-io-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('NODE_FILE_IO', () => {
  it('makes a small write at once, before its promise is awaited, so only the fsync waits for the thread pool', async () => {
    const path = join(dir, 'journal');
    const file = await NODE_FILE_IO.open(path, 'a');
    const written = file.write(Buffer.from('{"seq":1}\n'));
    expect(readFileSync(path, 'utf8')).toBe('{"seq":1}\n');
    expect(await written).toBe(10);
    await file.sync();
    await file.close();
  });

  it('appends after what the file holds, and writes a large buffer whole through the thread pool', async () => {
    const path = join(dir, 'big');
    await writeFile(path, 'head\n');
    const big = Buffer.alloc(WRITE_AT_ONCE_BYTES + 10, 0x61);
    const file = await NODE_FILE_IO.open(path, 'a');
    await writeAll(file, big);
    await file.sync();
    await file.close();
    const bytes = await readFile(path);
    expect(bytes.length).toBe(5 + big.length);
    expect(bytes.subarray(0, 5).toString()).toBe('head\n');
    expect(bytes.subarray(5).equals(big)).toBe(true);
  });

  it('closes once: a second close does nothing, and a write after it fails rather than reach another file', async () => {
    const path = join(dir, 'closed');
    const file = await NODE_FILE_IO.open(path, 'a');
    await file.close();
    await file.close();
    await expect(file.write(Buffer.from('x'))).rejects.toMatchObject({ code: 'EBADF' });
    expect(await readFile(path, 'utf8')).toBe('');
  });

  it("fails 'wx' on a file that is there, and 'w' empties one", async () => {
    const path = join(dir, 'x');
    await writeFile(path, 'old contents');
    await expect(NODE_FILE_IO.open(path, 'wx')).rejects.toMatchObject({ code: 'EEXIST' });
    const file = await NODE_FILE_IO.open(path, 'w');
    await writeAll(file, Buffer.from('new'));
    await file.close();
    expect(await readFile(path, 'utf8')).toBe('new');
  });
});
