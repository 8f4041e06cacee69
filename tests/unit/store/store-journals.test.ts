// The catalogue's journal and the body shards' logs: what an import commits batch by
// batch is on disk, survives a restart, and is folded into snapshots without loss.
import { appendFile, copyFile, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CATALOGUE_JOURNAL, CatalogueStore } from '../../../src-main/core/store/catalogue';
import { recordPieces } from '../../../src-main/core/store/catalogue-journal';
import { storedArticle } from './stored-article';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-journals-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const article = storedArticle;

const reopen = (warnings: string[] = []) => CatalogueStore.open(dir, warnings);

describe('the catalogue journal', () => {
  it('keeps committed changes across a restart without rewriting catalogue.json', async () => {
    const store = await reopen();
    store.putArticle(article('a1', 'Talks resume'));
    store.addFolder('/news');
    await store.commit();
    expect((await readdir(dir)).sort()).toEqual([CATALOGUE_JOURNAL]);
    const again = await reopen();
    expect(again.article('a1')?.title).toBe('Talks resume');
    expect(again.data.folders).toEqual(['/news']);
  });

  it('replays removals and later versions in the order they were committed', async () => {
    const store = await reopen();
    store.putArticle(article('a1', 'First'));
    store.putArticle(article('a2', 'Gone soon'));
    await store.commit();
    store.putArticle(article('a1', 'Second'));
    store.removeArticle('a2');
    await store.commit();
    const again = await reopen();
    expect(Object.keys(again.data.articles)).toEqual(['a1']);
    expect(again.article('a1')?.title).toBe('Second');
  });

  it('folds the journal into catalogue.json on a snapshot and skips entries the snapshot holds', async () => {
    const store = await reopen();
    store.putArticle(article('a1', 'Old'));
    await store.commit();
    const journal = join(dir, CATALOGUE_JOURNAL);
    await copyFile(journal, `${journal}.before`);
    store.putArticle(article('a1', 'New'));
    await store.snapshot();
    expect((await stat(journal)).size).toBe(0);
    // As if a crash came between the snapshot and the journal's reset.
    await copyFile(`${journal}.before`, journal);
    expect((await reopen()).article('a1')?.title).toBe('New');
  });

  it('writes a snapshot that parses, without the article, when the article is removed while the snapshot is written', async () => {
    const store = await reopen();
    for (let i = 0; i < 2_001; i++) store.putArticle(article(`a${i}`, `Dispatch ${i}`));
    const pieces = recordPieces(store.data.articles);
    const written: string[] = ['{"articles":{'];
    // The first piece of articles: the piece with the last one is not serialised yet.
    written.push(pieces.next().value as string);
    store.removeArticle('a2000');
    written.push(...pieces, '}}');
    const parsed = JSON.parse(written.join('')) as { articles: Record<string, unknown> };
    expect(Object.keys(parsed.articles)).toHaveLength(2_000);
    expect(parsed.articles.a2000).toBeUndefined();
  });

  it('drops a line cut short by a crash, quietly, and keeps the entries before it', async () => {
    const store = await reopen();
    store.putArticle(article('a1', 'Kept'));
    await store.commit();
    await appendFile(join(dir, CATALOGUE_JOURNAL), '{"seq":2,"articles":{"a2":{"id":"a2","ti');
    const warnings: string[] = [];
    const again = await reopen(warnings);
    expect(Object.keys(again.data.articles)).toEqual(['a1']);
    expect(warnings).toEqual([]);
  });

  it('sets a journal damaged in the middle aside, says so, and keeps what came before the damage', async () => {
    const store = await reopen();
    store.putArticle(article('a1', 'Kept'));
    await store.commit();
    await appendFile(join(dir, CATALOGUE_JOURNAL), 'not json\n{"seq":3,"articles":{}}\n');
    const warnings: string[] = [];
    const again = await reopen(warnings);
    expect(again.article('a1')?.title).toBe('Kept');
    expect(warnings[0]).toMatch(
      /catalogue's journal was damaged\. It is kept unchanged as .*catalogue\.journal\.damaged-/,
    );
    expect((await reopen()).article('a1')?.title).toBe('Kept');
  });
});

const body = (text: string) => ({ paragraphs: [text], related: [] });
const ID = 'ab00000000000001';

describe('the body shard logs', () => {
  it('reads a body back before its flush, and after a restart once flushed', async () => {
    const bodies = new BodyStore(dir, []);
    bodies.put(ID, body('one'));
    expect(await bodies.get(ID)).toEqual(body('one'));
    await bodies.flush();
    expect(await new BodyStore(dir, []).get(ID)).toEqual(body('one'));
  });

  it('removes a body for good once the removal is flushed', async () => {
    const bodies = new BodyStore(dir, []);
    bodies.put(ID, body('one'));
    await bodies.flush();
    await bodies.remove(ID);
    expect(await bodies.get(ID)).toBeUndefined();
    await bodies.flush();
    expect(await new BodyStore(dir, []).get(ID)).toBeUndefined();
  });

  it('folds a log made mostly of replaced bodies into the shard snapshot when the shard loads', async () => {
    const bodies = new BodyStore(dir, []);
    for (let i = 0; i < 100; i++) {
      bodies.put(ID, body(`version ${i}`));
      await bodies.flush();
    }
    expect(await new BodyStore(dir, []).get(ID)).toEqual(body('version 99'));
    expect(JSON.parse(await readFile(join(dir, 'bodies/ab.json'), 'utf8'))).toEqual({ [ID]: body('version 99') });
    expect((await stat(join(dir, 'bodies/ab.log'))).size).toBe(0);
  });

  it('cuts off a line a crash left half-written before appending after it', async () => {
    const bodies = new BodyStore(dir, []);
    bodies.put(ID, body('one'));
    await bodies.flush();
    await appendFile(join(dir, 'bodies/ab.log'), '["ab00000000000002",{"paragra');
    const next = new BodyStore(dir, []);
    next.put('ab00000000000003', body('three'));
    await next.flush();
    const warnings: string[] = [];
    const reread = new BodyStore(dir, warnings);
    expect(await reread.get(ID)).toEqual(body('one'));
    expect(await reread.get('ab00000000000003')).toEqual(body('three'));
    expect(warnings).toEqual([]);
  });
});
