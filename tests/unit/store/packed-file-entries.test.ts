// File entries packed one string each in memory, and files.json read a line at a time.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileEntry } from '../../../src-main/core/store/catalogue';
import { FileEntries, FILES_FILE } from '../../../src-main/core/store/file-entries';
import {
  packedMissing,
  packFileEntry,
  unpackFileEntry,
  unpackFileStat,
} from '../../../src-main/core/store/packed-file-entry';

const SHA = 'c4ec9454927e029f5ca77faceb360d352d95af81a4b5b22632a2cb517c513322';

function entry(patch: Partial<FileEntry> = {}): FileEntry {
  return {
    size: 2211,
    mtimeMs: 1105444800000.25,
    sha256: SHA,
    format: 'trec',
    encoding: 'windows-1256',
    recordIds: ['81ceb6c079db9a47', '00ff10a0b0c0d0e0'],
    missing: false,
    ...patch,
  };
}

describe('a packed file entry', () => {
  it('unpacks to the entry it was made from, hash and ids as hex', () => {
    expect(unpackFileEntry(packFileEntry(entry()))).toEqual(entry());
    expect(unpackFileEntry(packFileEntry(entry({ missing: true, recordIds: [] })))).toEqual(
      entry({ missing: true, recordIds: [] }),
    );
  });

  it('keeps the hash and each id as their bytes, a character each', () => {
    const packed = packFileEntry(entry());
    const text = '2211 1105444800000.25 trec windows-1256 0\0';
    expect(packed.length).toBe(text.length + 32 + 2 * 8);
    expect(packed.startsWith(text)).toBe(true);
    expect(packed.charCodeAt(text.length)).toBe(0xc4);
  });

  it('keeps an entry whose hash or ids are not lowercase hex as JSON, unchanged', () => {
    for (const odd of [
      entry({ sha256: 'one' }),
      entry({ sha256: SHA.toUpperCase() }),
      entry({ recordIds: ['a1'] }),
      entry({ encoding: 'x y' }),
    ]) {
      const packed = packFileEntry(odd);
      expect(packed.startsWith('{')).toBe(true);
      expect(unpackFileEntry(packed)).toEqual(odd);
    }
  });

  it('says whether its file is missing without unpacking', () => {
    expect(packedMissing(packFileEntry(entry({ missing: true })))).toBe(true);
    expect(packedMissing(packFileEntry(entry()))).toBe(false);
    expect(packedMissing(packFileEntry(entry({ sha256: 'one', missing: true })))).toBe(true);
  });

  it('packs a file of thousands of records', () => {
    const recordIds = Array.from({ length: 20_000 }, (_, i) => i.toString(16).padStart(16, '0'));
    expect(unpackFileEntry(packFileEntry(entry({ recordIds }))).recordIds).toEqual(recordIds);
  });
});

describe('files.json', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'da-packed-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function loaded(warnings: string[] = []): Promise<FileEntries> {
    const files = new FileEntries(dir, warnings);
    await files.load();
    return files;
  }

  it('is written an entry a line, as JSON that parses whole to the same entries', async () => {
    const files = await loaded();
    files.put('/news/a.txt', entry());
    files.put('/news/"quoted",\nname.txt', entry({ sha256: 'one', recordIds: ['a1'] }));
    await files.write(7);
    const text = await readFile(join(dir, FILES_FILE), 'utf8');
    expect(text.split('\n')).toHaveLength(4);
    expect(JSON.parse(text)).toEqual({
      journalSeq: 7,
      files: { '/news/a.txt': entry(), '/news/"quoted",\nname.txt': entry({ sha256: 'one', recordIds: ['a1'] }) },
    });
    const again = await loaded();
    expect(Object.fromEntries(again.entries())).toEqual(JSON.parse(text).files);
  });

  it('reads more entries than one parse takes, in order', async () => {
    const files = await loaded();
    const paths = Array.from({ length: 1234 }, (_, i) => `/news/${i}.txt`);
    paths.forEach((path, i) => files.put(path, entry({ size: i })));
    await files.write(1);
    const again = await loaded();
    expect([...again.paths()]).toEqual(paths);
    expect(again.get('/news/1233.txt')?.size).toBe(1233);
  });

  it('reads a files.json written on one line before this layout', async () => {
    const old = { journalSeq: 3, files: { '/news/a.txt': entry(), '/news/b.txt': entry({ missing: true }) } };
    await writeFile(join(dir, FILES_FILE), JSON.stringify(old));
    const files = await loaded();
    expect(Object.fromEntries(files.entries())).toEqual(old.files);
    expect(files.missing('/news/b.txt')).toBe(true);
  });

  it('sets aside a files.json cut short, with a warning, and starts from no entries', async () => {
    const files = await loaded();
    for (let i = 0; i < 10; i++) files.put(`/news/${i}.txt`, entry());
    await files.write(1);
    const text = await readFile(join(dir, FILES_FILE), 'utf8');
    await writeFile(join(dir, FILES_FILE), text.slice(0, text.lastIndexOf('\n')));
    const warnings: string[] = [];
    expect((await loaded(warnings)).size).toBe(0);
    expect(warnings.join()).toMatch(/corrupt and has been set aside/);
  });

  it('sets aside a files.json with a damaged line', async () => {
    const files = await loaded();
    for (let i = 0; i < 3; i++) files.put(`/news/${i}.txt`, entry());
    await files.write(1);
    const lines = (await readFile(join(dir, FILES_FILE), 'utf8')).split('\n');
    lines[2] = lines[2]!.slice(0, 20);
    await writeFile(join(dir, FILES_FILE), lines.join('\n'));
    const warnings: string[] = [];
    expect((await loaded(warnings)).size).toBe(0);
    expect(warnings).toHaveLength(1);
  });
});

describe('a packed file entry read for a re-scan', () => {
  it('gives the size, mtime and missing mark, packed or kept as JSON', () => {
    for (const e of [entry(), entry({ missing: true, mtimeMs: -5.5 }), entry({ sha256: 'one', size: 0 })]) {
      expect(unpackFileStat(packFileEntry(e))).toEqual({ size: e.size, mtimeMs: e.mtimeMs, missing: e.missing });
    }
  });
});
