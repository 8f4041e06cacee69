// The file entries in files.json, apart from catalogue.json: read only when asked for,
// journalled with the catalogue, migrated from the old layout, and crash-safe.
import { appendFile, copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveService } from '../../../src-main/core/service';
import {
  CATALOGUE_FILE,
  CATALOGUE_JOURNAL,
  CatalogueStore,
  type FileEntry,
} from '../../../src-main/core/store/catalogue';
import { shardOf, shardPath } from '../../../src-main/core/store/catalogue-shards';
import { FILES_FILE } from '../../../src-main/core/store/file-entries';
import type { FileIo } from '../../../src-main/core/store/file-io';
import { FaultyIo } from './faulty-io';
import { storedArticle } from './stored-article';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-files-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const reopen = (warnings: string[] = [], io?: FileIo) => CatalogueStore.open(dir, warnings, io);

function entry(sha256: string, recordIds: string[] = []): FileEntry {
  return { size: 10, mtimeMs: 1, sha256, format: 'text', encoding: 'utf-8', recordIds, missing: false };
}

const article = storedArticle;

/** A store holding one article and one file entry, snapshotted to catalogue.json and files.json. */
async function snapshotted(io?: FileIo): Promise<CatalogueStore> {
  const store = await reopen([], io);
  store.putArticle(article('a1'));
  store.putFile('/news/a.txt', entry('one', ['a1']));
  await store.commit();
  await store.snapshot();
  return store;
}

describe('file entries', () => {
  it('are not read when the catalogue opens', async () => {
    await snapshotted();
    await writeFile(join(dir, FILES_FILE), 'not json');
    const warnings: string[] = [];
    const store = await reopen(warnings);
    expect(store.article('a1')).toBeDefined();
    expect(warnings).toEqual([]);
    expect(() => store.file('/news/a.txt')).toThrow(/not loaded/);
  });

  it('are read by loadFiles, once, with the file changes the journal holds since', async () => {
    const first = await snapshotted();
    first.putFile('/news/b.txt', entry('two'));
    first.removeFile('/news/a.txt');
    await first.commit();
    const store = await reopen();
    await Promise.all([store.loadFiles(), store.loadFiles()]);
    expect(Object.fromEntries(store.fileEntries())).toEqual({ '/news/b.txt': entry('two') });
  });

  it('are read again on the next loadFiles when a read failed', async () => {
    await snapshotted();
    const path = join(dir, FILES_FILE);
    await rename(path, `${path}.kept`);
    // A folder in its place: reading it fails with EISDIR, neither missing nor corrupt.
    await mkdir(path);
    const store = await reopen();
    await expect(store.loadFiles()).rejects.toThrow(/EISDIR/);
    await rm(path, { recursive: true });
    await rename(`${path}.kept`, path);
    await store.loadFiles();
    expect([...store.filePaths()]).toEqual(['/news/a.txt']);
  });

  it('stay out of catalogue.json and its article shards', async () => {
    await snapshotted();
    const catalogue = JSON.parse(await readFile(join(dir, CATALOGUE_FILE), 'utf8')) as Record<string, unknown>;
    const shard = JSON.parse(await readFile(shardPath(dir, 'articles', shardOf('a1')), 'utf8')) as Record<
      string,
      unknown
    >;
    const files = JSON.parse(await readFile(join(dir, FILES_FILE), 'utf8')) as { files: Record<string, FileEntry> };
    expect(catalogue.files).toBeUndefined();
    expect(shard.files).toBeUndefined();
    expect(Object.keys(shard.articles as object)).toEqual(['a1']);
    expect(files.files).toEqual({ '/news/a.txt': entry('one', ['a1']) });
  });

  it('keep the journalled file changes when a snapshot is taken before they were loaded', async () => {
    const first = await snapshotted();
    first.putFile('/news/b.txt', entry('two'));
    await first.commit();
    const second = await reopen();
    second.putArticle(article('a2'));
    await second.snapshot();
    const store = await reopen();
    await store.loadFiles();
    expect([...store.filePaths()].sort()).toEqual(['/news/a.txt', '/news/b.txt']);
    expect(store.article('a2')).toBeDefined();
  });

  it('skip journal entries files.json already holds when a crash came before catalogue.json was written', async () => {
    const store = await snapshotted();
    store.putFile('/news/a.txt', entry('old'));
    await store.commit();
    const journal = join(dir, CATALOGUE_JOURNAL);
    await copyFile(journal, `${journal}.before`);
    await copyFile(join(dir, CATALOGUE_FILE), `${join(dir, CATALOGUE_FILE)}.before`);
    store.putFile('/news/a.txt', entry('new'));
    await store.snapshot();
    // As if the crash came after files.json was renamed into place: catalogue.json and the journal as before.
    await copyFile(`${journal}.before`, journal);
    await copyFile(`${join(dir, CATALOGUE_FILE)}.before`, join(dir, CATALOGUE_FILE));
    const again = await reopen();
    await again.loadFiles();
    expect(again.file('/news/a.txt')?.sha256).toBe('new');
  });

  it('drop a file change cut short by a crash, quietly, and keep the ones before it', async () => {
    const store = await snapshotted();
    store.putFile('/news/b.txt', entry('two'));
    await store.commit();
    await appendFile(join(dir, CATALOGUE_JOURNAL), '{"seq":3,"files":{"/news/c.txt":{"size":1');
    const warnings: string[] = [];
    const again = await reopen(warnings);
    await again.loadFiles();
    expect([...again.filePaths()].sort()).toEqual(['/news/a.txt', '/news/b.txt']);
    expect(warnings).toEqual([]);
  });

  it('are left unchanged on disk when writing files.json fails, and the snapshot fails', async () => {
    const io = new FaultyIo();
    const store = await snapshotted(io);
    store.putFile('/news/b.txt', entry('two'));
    await store.commit();
    // A full disk makes writing its temp file fail.
    io.fill(/files\.json\..*tmp$/);
    await expect(store.snapshot()).rejects.toThrow();
    const again = await reopen();
    await again.loadFiles();
    expect([...again.filePaths()].sort()).toEqual(['/news/a.txt', '/news/b.txt']);
    expect(again.article('a1')).toBeDefined();
  });

  it('set a corrupt files.json aside with a warning, and start from no file entries', async () => {
    await snapshotted();
    await writeFile(join(dir, FILES_FILE), '{"files":{');
    const warnings: string[] = [];
    const store = await reopen(warnings);
    await store.loadFiles();
    expect(Object.fromEntries(store.fileEntries())).toEqual({});
    expect(warnings[0]).toMatch(/list of imported files was corrupt and has been set aside as .*files\.json\.corrupt-/);
  });

  it('are ignored when catalogue.json is gone: the files they list have no articles any more', async () => {
    await snapshotted();
    await rm(join(dir, CATALOGUE_FILE));
    await rm(join(dir, CATALOGUE_JOURNAL));
    const store = await reopen();
    await store.loadFiles();
    expect(Object.fromEntries(store.fileEntries())).toEqual({});
  });
});

describe('catalogue migration 2 → 3', () => {
  const files = { '/news/a.txt': entry('one', ['a1']), '/news/b.txt': entry('two', []) };

  /** A version-2 store: files inside catalogue.json, and a journal entry after it. */
  async function oldLayout(): Promise<void> {
    const sources = { '/news': { addedAt: null, lastScanAt: null, watch: true } };
    await writeFile(
      join(dir, CATALOGUE_FILE),
      JSON.stringify({
        version: 2,
        folders: ['/news'],
        sources,
        journalSeq: 1,
        files,
        articles: { a1: article('a1') },
      }),
    );
    const later = {
      seq: 2,
      articles: { a2: article('a2') },
      files: { '/news/c.txt': entry('three', ['a2']), '/news/b.txt': null },
    };
    await writeFile(join(dir, CATALOGUE_JOURNAL), `${JSON.stringify(later)}\n`);
  }

  it('moves the file entries, with the journal replayed over them, into files.json', async () => {
    await oldLayout();
    await reopen();
    const stored = JSON.parse(await readFile(join(dir, FILES_FILE), 'utf8')) as { files: Record<string, FileEntry> };
    expect(stored.files).toEqual({ '/news/a.txt': files['/news/a.txt'], '/news/c.txt': entry('three', ['a2']) });
  });

  it('leaves catalogue.json at the current version without files, and loses no article or folder', async () => {
    await oldLayout();
    await reopen();
    const store = await reopen();
    const catalogue = JSON.parse(await readFile(join(dir, CATALOGUE_FILE), 'utf8')) as Record<string, unknown>;
    expect(catalogue).toMatchObject({ version: 5, folders: ['/news'] });
    expect(catalogue.files).toBeUndefined();
    expect(Object.keys(store.data.articles).sort()).toEqual(['a1', 'a2']);
    await store.loadFiles();
    expect([...store.filePaths()].sort()).toEqual(['/news/a.txt', '/news/c.txt']);
  });
});

describe('the archive service', () => {
  it('answers the first list page without reading the file entries, and reads them for the stats', async () => {
    await snapshotted();
    const service = await ArchiveService.open({ dataDir: dir });
    const page = await service.handlers['archive:search']({
      query: '',
      filters: {},
      sort: 'date-desc',
      offset: 0,
      limit: 100,
    });
    expect(page.items.map((hit) => hit.id)).toEqual(['a1']);
    expect(() => service.catalogue.fileEntries()).toThrow(/not loaded/);
    expect((await service.stats()).files).toBe(1);
    await service.search.ready;
    await service.close();
  });
});
