import { mkdtemp, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INDEX_FILE, IndexFile, type SearchStores } from '../../../../src-main/core/search/index/index-file';
import { phraseIds } from '../small-archive';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-index-file-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function put(stores: SearchStores, id: string, body: string): void {
  stores.index.put({ id, title: '', body: [body], place: '', agency: '' }, `stamp-${id}`);
  stores.texts.put(id, [body]);
}

const segmentFiles = async (): Promise<string[]> =>
  (await readdir(dir)).filter((f) => f.startsWith('search-segment-')).sort();

async function savedWith(bodies: Record<string, string>): Promise<IndexFile> {
  const file = new IndexFile(dir);
  const stores = await file.create();
  for (const [id, body] of Object.entries(bodies)) put(stores, id, body);
  await file.save(stores);
  return file;
}

describe('the index on disk', () => {
  it('loads what was saved: words, phrases and stamps', async () => {
    await savedWith({ a: 'the trade deficit widened', b: 'deficit of trade' });
    const loaded = await new IndexFile(dir).load();
    expect([...loaded!.index.match(['deficit']).keys()].sort()).toEqual(['a', 'b']);
    expect(phraseIds(loaded!.index, ['trade', 'deficit'], ['body'], ['a', 'b'])).toEqual(['a']);
    expect(loaded!.index.stampOf('b')).toBe('stamp-b');
  });

  it('adds a segment file for articles indexed since the last save, leaving the older one as it was', async () => {
    const file = await savedWith({ a: 'oil' });
    const [first] = await segmentFiles();
    const stores = (await file.load())!;
    put(stores, 'b', 'wheat');
    await file.save(stores);
    expect(await segmentFiles()).toEqual([first, 'search-segment-2.bin']);
    expect([...(await new IndexFile(dir).load())!.index.match(['wheat']).keys()]).toEqual(['b']);
  });

  it('merges the segment files into one when a save finds many articles removed', async () => {
    const file = await savedWith({ a: 'oil', b: 'oil' });
    const stores = (await file.load())!;
    stores.index.remove('a');
    put(stores, 'c', 'oil');
    await file.save(stores);
    expect(await segmentFiles()).toEqual(['search-segment-2.bin']);
    expect([...(await new IndexFile(dir).load())!.index.match(['oil']).keys()].sort()).toEqual(['b', 'c']);
  });

  it('treats an index saved in another format as missing', async () => {
    await writeFile(join(dir, INDEX_FILE), JSON.stringify({ format: 101, stamps: {}, index: {} }));
    expect(await new IndexFile(dir).load()).toBeNull();
  });

  it('treats an index whose segment file was cut short as missing', async () => {
    await savedWith({ a: 'oil' });
    const [segment] = await segmentFiles();
    await truncate(join(dir, segment!), 20);
    expect(await new IndexFile(dir).load()).toBeNull();
  });
});

describe('segments an import seals', () => {
  /** Stores that seal every two articles, as an import does every 10,000. */
  async function sealingEveryTwo(file: IndexFile): Promise<SearchStores> {
    const stores = await file.create();
    stores.index.sealDocs = 2;
    return stores;
  }

  it('are written to their files and let go of, and a search reads their postings back', async () => {
    const file = new IndexFile(dir);
    const stores = await sealingEveryTwo(file);
    ['oil rose', 'gas fell', 'oil fell', 'wheat', 'oil'].forEach((body, i) => put(stores, `a${i}`, body));
    await file.spilled();
    expect(await segmentFiles()).toEqual(['search-segment-1.bin', 'search-segment-2.bin']);
    expect(stores.index.segments.map((s) => s.spilled)).toEqual([true, true]);
    expect([...stores.index.match(['oil']).keys()].sort()).toEqual(['a0', 'a2', 'a4']);
    expect(phraseIds(stores.index, ['oil', 'fell'], ['body'], ['a0', 'a1', 'a2'])).toEqual(['a2']);
    expect(stores.index.segments.slice(0, 2).map((s) => s.spilled)).toEqual([false, false]);
  });

  it('are named by the next save as written, and load from it', async () => {
    const file = new IndexFile(dir);
    const stores = await sealingEveryTwo(file);
    ['oil rose', 'gas fell', 'oil fell'].forEach((body, i) => put(stores, `a${i}`, body));
    await file.spilled();
    await file.save(stores);
    expect(await segmentFiles()).toEqual(['search-segment-1.bin', 'search-segment-2.bin']);
    const loaded = (await new IndexFile(dir).load())!;
    expect([...loaded.index.match(['oil']).keys()].sort()).toEqual(['a0', 'a2']);
  });

  it('left unnamed by a crash are removed by the next save, which numbers past them', async () => {
    const crashed = new IndexFile(dir);
    const stores = await sealingEveryTwo(crashed);
    ['oil', 'gas'].forEach((body, i) => put(stores, `a${i}`, body));
    await crashed.spilled();
    expect(await segmentFiles()).toEqual(['search-segment-1.bin']);
    const file = new IndexFile(dir);
    expect(await file.load()).toBeNull();
    const fresh = await file.create();
    put(fresh, 'b', 'wheat');
    await file.save(fresh);
    expect(await segmentFiles()).toEqual(['search-segment-2.bin']);
    expect([...(await new IndexFile(dir).load())!.index.match(['wheat']).keys()]).toEqual(['b']);
  });
});
