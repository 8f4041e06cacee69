// The first page of a search is ordered on its own (top-k by score, a stopped walk of the
// date order) and its facet counts can follow it (issue 20). Both must give exactly what
// ordering every hit and counting with the page gave: checked here on a generated archive
// for many queries and every sort.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_SORTS, type FacetFilters, type SearchPage, type SearchSort } from '../../../src-main/contract/search';
import { ArchiveService } from '../../../src-main/core/service';

const ARTICLES = 600;
const WORDS = ['oil', 'gas', 'army', 'harvest', 'council', 'election', 'border', 'market', 'rain', 'talks'];
const DATELINES = ['Damascus, SANA', 'Aleppo, SANA', 'Moscow, TASS', 'Beirut, Reuters', 'Cairo, AP'];

let work: string;
let service: ArchiveService;

/** A fixed pseudo-random sequence, so the archive is the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function record(i: number, next: () => number): string {
  const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)]!;
  // Few words, repeated a varying number of times: many distinct scores, and many ties too.
  const body = Array.from({ length: 3 + Math.floor(next() * 12) }, () => pick(WORDS)).join(' ');
  // Two articles a day at most, some days shared: date ties that the id order must settle alike.
  const date = new Date(Date.UTC(2015, 0, 1) + Math.floor(i / 2) * 86_400_000).toISOString().slice(0, 10);
  return JSON.stringify({ title: `${pick(WORDS)} report ${i}`, date, text: `${pick(DATELINES)} – ${body}.` });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-first-page-'));
  const folder = join(work, 'news');
  await mkdir(folder);
  const next = random(20);
  await writeFile(join(folder, 'news.jsonl'), Array.from({ length: ARTICLES }, (_, i) => record(i, next)).join('\n'));
  service = await ArchiveService.open({ dataDir: join(work, 'data') });
  const summary = await service.importFolder(folder);
  expect(summary.imported).toBe(ARTICLES);
});
afterAll(async () => {
  await service.close();
  await rm(work, { recursive: true, force: true });
});

const page = (query: string, filters: FacetFilters, sort: SearchSort, offset: number, limit: number) =>
  service.handlers['archive:search']({ query, filters, sort, offset, limit });
const ids = (p: SearchPage): string[] => p.items.map((hit) => hit.id);

const QUERIES: [string, FacetFilters][] = [
  ['oil', {}],
  ['gas OR army', {}],
  ['harvest council', {}],
  ['oil -gas', {}],
  ['"border talks"', {}],
  ['mark*', {}],
  ['report', {}],
  ['lang:en', {}],
  ['', {}],
  ['rain', { agency: ['SANA'] }],
  ['', { place: ['Moscow'] }],
  ['election', { date: '2015-03-01..2015-09-30' }],
];

describe('the first page of a search', () => {
  it('holds the same rows in the same order as ordering every hit, for every query and sort', async () => {
    let compared = 0;
    for (const [query, filters] of QUERIES)
      for (const sort of SEARCH_SORTS) {
        // Asked first, the short pages are cut from the first rows alone; the long one then orders every hit.
        const first = await page(query, filters, sort, 0, 10);
        const second = await page(query, filters, sort, 10, 15);
        const all = await page(query, filters, sort, 0, 500);
        expect(all.total, `${query} ${sort}`).toBe(first.total);
        expect(ids(first), `${query} ${sort}`).toEqual(ids(all).slice(0, 10));
        expect(ids(second), `${query} ${sort}`).toEqual(ids(all).slice(10, 25));
        if (all.total > 25) compared++;
      }
    // Most cases have more hits than the short pages show, or nothing was partial.
    expect(compared).toBeGreaterThan(QUERIES.length * 2);
  });

  it('orders relevance by score, newest first between equal scores', async () => {
    const { items } = await page('oil OR gas', {}, 'relevance', 0, 500);
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1]!, items[i]!];
      expect(a.score).toBeGreaterThanOrEqual(b.score);
      if (a.score === b.score) expect((a.date ?? '') >= (b.date ?? '')).toBe(true);
    }
  });

  it('lists every hit for select-all in the order the pages show them', async () => {
    await page('army', {}, 'relevance', 0, 5);
    const { ids: all } = await service.handlers['archive:ids']({ query: 'army', filters: {}, sort: 'relevance' });
    expect(all).toEqual(ids(await page('army', {}, 'relevance', 0, 500)));
  });
});

describe('counts that follow the page', () => {
  it('leaves the facets and timeline of a page with many matches to archive:searchCounts, which counts as the page would have', async () => {
    service.search.countsInlineUpTo = 50;
    try {
      for (const [query, filters] of QUERIES) {
        const late = await page(query, filters, 'date-desc', 0, 10);
        const counts = await service.handlers['archive:searchCounts']({ query, filters, sort: 'date-desc' });
        service.search.countsInlineUpTo = Infinity;
        // Another sort is another cached result: counted with its page, as before issue 20.
        const inline = await page(query, filters, 'title', 0, 10);
        service.search.countsInlineUpTo = 50;
        expect(inline.countsPending).toBeUndefined();
        expect(counts).toEqual({ total: inline.total, facets: inline.facets, timeline: inline.timeline });
        if (!late.countsPending) continue;
        expect(late.total).toBe(inline.total);
        expect(Object.values(late.facets).every((values) => values.length === 0)).toBe(true);
        expect(late.timeline).toBeNull();
      }
      expect((await page('report', {}, 'date-desc', 0, 10)).countsPending).toBe(true);
    } finally {
      service.search.countsInlineUpTo = Infinity;
    }
  });

  it('comes with the page when the matches are few', async () => {
    service.search.countsInlineUpTo = 50;
    try {
      const few = await page('"border talks"', { agency: ['TASS'] }, 'relevance', 0, 10);
      expect(few.total).toBeLessThanOrEqual(50);
      expect(few.countsPending).toBeUndefined();
      expect(few.timeline).not.toBeNull();
    } finally {
      service.search.countsInlineUpTo = Infinity;
    }
  });

  it('answers a query that does not parse with its error and no counts', async () => {
    const counts = await service.handlers['archive:searchCounts']({ query: '"open', filters: {}, sort: 'date-desc' });
    expect(counts.total).toBe(0);
    expect(counts.timeline.counts).toEqual([]);
  });
});
