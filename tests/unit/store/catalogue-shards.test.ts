// The catalogue's articles in shard files (issue 20): spread so no one file holds them all,
// signatures apart and read after open, migrated from the single catalogue.json of
// version 3 (journal replayed first), and readable after a crash in the middle of it.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUE_FILE, CATALOGUE_JOURNAL, CatalogueStore } from '../../../src-main/core/store/catalogue';
import { SHARD_FOLDER, SHARDS, shardOf, shardPath } from '../../../src-main/core/store/catalogue-shards';
import { decodeMentions } from '../../../src-main/core/store/stored-mentions';
import { FaultyIo } from './faulty-io';
import { storedArticle } from './stored-article';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-shards-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const reopen = (warnings: string[] = [], io?: FaultyIo) => CatalogueStore.open(dir, warnings, io);
const signed = (id: string, minhash = `sig-${id}`) => ({ ...storedArticle(id), minhash });
const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`);

async function snapshotted(count: number): Promise<CatalogueStore> {
  const store = await reopen();
  for (const id of ids(count)) store.putArticle(signed(id));
  store.addFolder('/news', '2024-01-01T00:00:00.000Z');
  await store.commit();
  await store.snapshot();
  return store;
}

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;

describe('the catalogue in shards', () => {
  it('keeps no article in catalogue.json, spreads them over every shard, and reads them all back', async () => {
    await snapshotted(400);
    const head = await readJson(join(dir, CATALOGUE_FILE));
    expect(head).toMatchObject({ version: 5, folders: ['/news'], shards: SHARDS });
    expect(head.articles).toBeUndefined();
    const counts = await Promise.all(
      Array.from(
        { length: SHARDS },
        async (_, s) => Object.keys((await readJson(shardPath(dir, 'articles', s))).articles as object).length,
      ),
    );
    expect(counts.reduce((a, b) => a + b)).toBe(400);
    // 400 ids over 32 shards: every shard holds some, none more than a fifth of them.
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeLessThan(80);
    const again = await reopen();
    expect(again.articleCount()).toBe(400);
    expect(again.article('a7')?.title).toBe('Dispatch a7');
  });

  it('writes each id into the shard its hash names, the signature into its own file', async () => {
    await snapshotted(3);
    const shard = shardOf('a1');
    const articles = (await readJson(shardPath(dir, 'articles', shard))).articles as Record<string, object>;
    const signatures = (await readJson(shardPath(dir, 'signatures', shard))).minhash as Record<string, string>;
    expect(articles.a1).toEqual(storedArticle('a1'));
    expect(signatures.a1).toBe('sig-a1');
  });

  it('reads the signatures after open, never over a signature put since', async () => {
    await snapshotted(3);
    const store = await reopen();
    expect(store.article('a1')?.minhash).toBeUndefined();
    store.putArticle(signed('a1', 'newer'));
    await store.loadSignatures();
    expect(store.article('a1')?.minhash).toBe('newer');
    expect(store.article('a2')?.minhash).toBe('sig-a2');
  });

  it('reads the signatures before the file entries are handed to a change', async () => {
    await snapshotted(3);
    const store = await reopen();
    await store.loadFiles();
    expect(store.article('a0')?.minhash).toBe('sig-a0');
  });

  it('keeps the signatures of articles it never read through a snapshot', async () => {
    await snapshotted(3);
    const store = await reopen();
    store.putArticle(signed('a9'));
    await store.snapshot();
    const again = await reopen();
    await again.loadSignatures();
    expect(['a0', 'a1', 'a2', 'a9'].map((id) => again.article(id)?.minhash)).toEqual([
      'sig-a0',
      'sig-a1',
      'sig-a2',
      'sig-a9',
    ]);
  });

  it('sets a corrupt shard aside with a warning and still reads the others', async () => {
    await snapshotted(100);
    const broken = shardOf('a0');
    const path = shardPath(dir, 'articles', broken);
    const lost = Object.keys((await readJson(path)).articles as object).length;
    await writeFile(path, '{"articles":{');
    const warnings: string[] = [];
    const store = await reopen(warnings);
    expect(store.articleCount()).toBe(100 - lost);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/articles-\d\d\.json was corrupt and has been set aside as .*\.corrupt-/);
    expect((await readdir(join(dir, SHARD_FOLDER))).some((f) => f.includes('.corrupt-'))).toBe(true);
  });

  it('says so when a shard is missing, rather than open with fewer articles quietly', async () => {
    await snapshotted(100);
    await rm(shardPath(dir, 'articles', shardOf('a0')));
    const warnings: string[] = [];
    const store = await reopen(warnings);
    expect(store.article('a0')).toBeUndefined();
    expect(warnings[0]).toMatch(/articles-\d\d\.json was missing/);
  });
});

describe('catalogue migration 3 → 4 (and on to 5)', () => {
  /** A version-3 data folder as the app wrote it before shards: every article in catalogue.json, a journal entry after it. */
  async function versionThree(): Promise<void> {
    const articles = Object.fromEntries(ids(50).map((id) => [id, signed(id)]));
    const sources = { '/news': { addedAt: null, lastScanAt: null, watch: true } };
    const head = { version: 3, folders: ['/news'], sources, journalSeq: 4 };
    await writeFile(join(dir, CATALOGUE_FILE), JSON.stringify({ ...head, articles }));
    const later = { seq: 5, articles: { a50: signed('a50'), a3: null, a4: { ...signed('a4'), title: 'Changed' } } };
    await writeFile(join(dir, CATALOGUE_JOURNAL), `${JSON.stringify(later)}\n`);
  }

  it('writes the shards with the journal replayed first, and catalogue.json without articles', async () => {
    await versionThree();
    await reopen();
    const head = await readJson(join(dir, CATALOGUE_FILE));
    expect(head).toMatchObject({ version: 5, folders: ['/news'], journalSeq: 5 });
    expect(head.articles).toBeUndefined();
    const store = await reopen();
    expect(store.articleCount()).toBe(50);
    expect(store.article('a3')).toBeUndefined();
    expect(store.article('a4')?.title).toBe('Changed');
    await store.loadSignatures();
    expect(store.article('a50')?.minhash).toBe('sig-a50');
    expect(store.article('a0')?.minhash).toBe('sig-a0');
  });

  it('leaves a readable archive when the migration stops half-way, and finishes it next time', async () => {
    await versionThree();
    // The disk fills while the later article shards are written: catalogue.json is never replaced.
    const io = new FaultyIo().fill(/articles-2\d\.json\..*tmp$/);
    await expect(reopen([], io)).rejects.toThrow(/ENOSPC/);
    expect((await readJson(join(dir, CATALOGUE_FILE))).version).toBe(3);
    const warnings: string[] = [];
    const store = await reopen(warnings);
    expect(warnings).toEqual([]);
    expect(store.articleCount()).toBe(50);
    expect(store.article('a4')?.title).toBe('Changed');
    expect((await readJson(join(dir, CATALOGUE_FILE))).version).toBe(5);
  });

  it('reads shards written ahead of catalogue.json when a crash came between them', async () => {
    await snapshotted(5);
    const store = await reopen();
    await store.loadFiles();
    store.putArticle({ ...signed('a1'), title: 'After the snapshot' });
    await store.commit();
    const head = await readFile(join(dir, CATALOGUE_FILE));
    store.putArticle({ ...signed('a2'), title: 'Folded' });
    await store.snapshot();
    // As if a crash came after the shards were written, before catalogue.json: it names the older entry.
    await writeFile(join(dir, CATALOGUE_FILE), head);
    const again = await reopen();
    expect(again.article('a1')?.title).toBe('After the snapshot');
    expect(again.article('a2')?.title).toBe('Folded');
    expect(again.articleCount()).toBe(5);
  });
});

describe('catalogue migration 4 → 5', () => {
  const tuples = [
    ['l', 'Дамаск', 3],
    ['p', 'Юрий Лужков', 1],
    ['o', 'Security Council', 2],
  ];

  /** A version-4 data folder: mentions as [type, name, count] tuples in the shards, and in a journal entry after them. */
  async function versionFour(): Promise<void> {
    const store = await snapshotted(40);
    await store.loadSignatures();
    for (let s = 0; s < SHARDS; s++) {
      const path = shardPath(dir, 'articles', s);
      const shard = (await readJson(path)) as { articles: Record<string, Record<string, unknown>> };
      for (const article of Object.values(shard.articles)) article.entities = tuples;
      await writeFile(path, JSON.stringify(shard));
    }
    const head = await readJson(join(dir, CATALOGUE_FILE));
    await writeFile(join(dir, CATALOGUE_FILE), JSON.stringify({ ...head, version: 4 }));
    const later = { seq: Number(head.journalSeq) + 1, articles: { a40: { ...signed('a40'), entities: tuples } } };
    await writeFile(join(dir, CATALOGUE_JOURNAL), `${JSON.stringify(later)}\n`);
  }

  it('turns every article’s mention tuples into the one-string form, the journal’s too, and reads them back alike', async () => {
    await versionFour();
    const store = await reopen();
    expect(store.articleCount()).toBe(41);
    for (const id of ['a0', 'a17', 'a40']) {
      expect(typeof store.article(id)?.entities).toBe('string');
      expect(decodeMentions(store.article(id)?.entities)).toEqual(tuples);
    }
    const again = await reopen();
    expect((await readJson(join(dir, CATALOGUE_FILE))).version).toBe(5);
    expect(decodeMentions(again.article('a5')?.entities)).toEqual(tuples);
  });

  it('leaves mentions it cannot read as tuples as they were, rather than dropping them', async () => {
    await versionFour();
    const path = shardPath(dir, 'articles', shardOf('a1'));
    const shard = (await readJson(path)) as { articles: Record<string, Record<string, unknown>> };
    shard.articles.a1!.entities = [['x', 7]];
    await writeFile(path, JSON.stringify(shard));
    const store = await reopen();
    expect(store.article('a1')?.entities).toEqual([['x', 7]]);
    expect(decodeMentions(store.article('a2')?.entities)).toEqual(tuples);
  });
});
