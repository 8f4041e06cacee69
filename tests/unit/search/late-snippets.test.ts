// A first page cuts only its first screen's snippets; the rest follow by
// archive:searchSnippets (issue 20). Filled in, the page must be exactly the page that
// cut every snippet at once: checked against a second archive of the same files that does.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pendingSnippetIds,
  withSnippets,
  type SearchHit,
  type SearchPage,
  type SearchSort,
} from '../../../src-main/contract/search';
import { ArchiveService } from '../../../src-main/core/service';

const ARTICLES = 60;
const LEAD = 'The ministry said on Tuesday that talks would resume after the holiday, officials added. ';

let work: string;
let split: ArchiveService;
let whole: ArchiveService;

// The searched words sit well past the opening, so a cut snippet never equals the stored one.
function record(i: number): string {
  const date = new Date(Date.UTC(2016, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const words = i % 3 === 0 ? 'pipeline repairs' : 'pipeline';
  const text = `${LEAD.repeat(1 + (i % 4))}Engineers inspected the ${words} near site ${i}. ${LEAD}`;
  return JSON.stringify({ title: `Report ${i}`, date, text });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-late-snippets-'));
  const folder = join(work, 'news');
  await mkdir(folder);
  await writeFile(join(folder, 'news.jsonl'), Array.from({ length: ARTICLES }, (_, i) => record(i)).join('\n'));
  split = await ArchiveService.open({ dataDir: join(work, 'split') });
  whole = await ArchiveService.open({ dataDir: join(work, 'whole') });
  for (const service of [split, whole]) expect((await service.importFolder(folder)).imported).toBe(ARTICLES);
  whole.search.snippetsInlineUpTo = Infinity;
});
afterAll(async () => {
  await Promise.all([split.close(), whole.close()]);
  await rm(work, { recursive: true, force: true });
});

const search = (service: ArchiveService, query: string, sort: SearchSort, offset = 0): Promise<SearchPage> =>
  service.handlers['archive:search']({ query, filters: {}, sort, offset, limit: 50 });

/** The page as the list shows it once archive:searchSnippets has answered. */
async function filledIn(query: string, page: SearchPage): Promise<SearchHit[]> {
  const ids = pendingSnippetIds(page.items);
  return withSnippets(page.items, ids, await split.handlers['archive:searchSnippets']({ query, ids }));
}

describe('snippets after the first page', () => {
  it('cuts the first screen at once and brings the rest as cutting them all would', async () => {
    for (const [query, sort] of [
      ['pipeline', 'date-desc'],
      ['pipelin*', 'relevance'],
      ['"pipeline repairs" OR site', 'date-asc'],
    ] as const) {
      const page = await search(split, query, sort);
      const pending = page.items.filter((hit) => hit.snippetPending);
      expect(pending.length, query).toBe(page.items.length - split.search.snippetsInlineUpTo);
      // Until filled in, a pending row shows its opening, unmarked, and the first screen is cut.
      for (const hit of pending)
        expect(hit).toMatchObject({ snippet: expect.stringMatching(/^The ministry/), titleHits: [], snippetHits: [] });
      for (const hit of page.items.slice(0, split.search.snippetsInlineUpTo)) expect(hit.snippet).toMatch(/^…/);
      expect(await filledIn(query, page), query).toEqual((await search(whole, query, sort)).items);
    }
  });

  it('cuts every snippet of the later pages, which scrolling asks for, and of a search seen before', async () => {
    expect((await search(split, 'site', 'title', 50)).items.some((hit) => hit.snippetPending)).toBe(false);
    const first = await search(split, 'inspected', 'relevance');
    await filledIn('inspected', first);
    // Asked again (paging back, or the same words in a narrower search), the cut snippets are kept.
    const again = await search(split, 'inspected', 'relevance');
    expect(again.items.some((hit) => hit.snippetPending)).toBe(false);
    expect(again.items).toEqual((await search(whole, 'inspected', 'relevance')).items);
  });

  it('leaves nothing pending without words to mark; answers an article without a hit with its opening', async () => {
    expect((await search(split, 'lang:en', 'date-desc')).items.some((hit) => hit.snippetPending)).toBe(false);
    const ids = (await search(split, 'repairs', 'date-desc')).items.map((hit) => hit.id);
    const otherId = (await search(split, 'pipeline -repairs', 'date-desc')).items[0]!.id;
    const other = split.catalogue.article(otherId)!;
    const ask = async (query: string, asked: string[]) =>
      (await split.handlers['archive:searchSnippets']({ query, ids: asked })).snippets;
    const [hit, none, unknown] = await ask('repairs OR report', [ids[0]!, other.id, '0123456789abcdef']);
    expect(hit?.snippet).toContain('repairs');
    expect(hit?.titleHits).toEqual([[0, 6]]);
    expect(none).toEqual({ snippet: other.snippet, snippetHits: [], titleHits: [[0, 6]] });
    expect(unknown).toBeNull();
    expect(await ask('"unclosed', [other.id])).toEqual([{ snippet: other.snippet, snippetHits: [], titleHits: [] }]);
  });
});
