// A first page comes with the snippets of its first screen cut, the rest marked
// `snippetPending` (issue 20): the list fills them in from archive:searchSnippets.
import { describe, expect, it } from 'vitest';
import type { SearchPage, SearchSnippets } from '../../src-main/contract/search';
import { ResultPages } from '../../src-renderer/src/lib/result-pages.svelte';
import { hit, searchPage } from './search-fixtures';

function later<T>(): { promise: Promise<T>; settle: (value: T) => void } {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((done) => (settle = done));
  return { promise, settle };
}

const settled = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

/** Rows 0-1 cut, rows 2-4 pending, for a search of `word`. */
const firstPage = (word: string): SearchPage =>
  searchPage(
    Array.from({ length: 5 }, (_, n) =>
      hit(n, n < 2 ? { snippet: `…${word} ${n}` } : { snippetPending: true, snippetHits: [] }),
    ),
    5,
  );

const cutFor = (word: string, ids: string[]): SearchSnippets => ({
  // The middle row's body has no hit: its opening comes back, with its headline's marks.
  snippets: ids.map((id, i) =>
    i === 1
      ? { snippet: 'Snippet of dispatch 3', snippetHits: [], titleHits: [[0, 8]] }
      : { snippet: `…${word} in ${id}`, snippetHits: [[1, 1 + word.length]], titleHits: [] },
  ),
});

describe('snippets that follow the first page', () => {
  it('shows the openings meanwhile, then the cut snippets in place, asking once for the pending rows', async () => {
    const answer = later<SearchSnippets>();
    const asked: string[][] = [];
    const pages = new ResultPages(
      async () => firstPage('oil'),
      () => {},
      null,
      (ids) => {
        asked.push(ids);
        return answer.promise;
      },
    );
    pages.reset();
    await settled();
    expect(pages.row(0)?.snippet).toBe('…oil 0');
    expect(pages.row(3)?.snippet).toBe('Snippet of dispatch 3');
    expect(asked).toEqual([[hit(2).id, hit(3).id, hit(4).id]]);
    answer.settle(cutFor('oil', asked[0]!));
    await settled();
    expect(pages.row(2)).toMatchObject({ snippet: `…oil in ${hit(2).id}`, snippetHits: [[1, 4]] });
    expect(pages.row(2)?.snippetPending).toBeUndefined();
    expect(pages.row(3)).toMatchObject({ snippet: 'Snippet of dispatch 3', titleHits: [[0, 8]] });
    expect(pages.row(3)?.snippetPending).toBeUndefined();
    expect(pages.row(4)?.snippet).toBe(`…oil in ${hit(4).id}`);
    expect(pages.row(1)?.snippet).toBe('…oil 1');
  });

  it('drops snippets that arrive for a search the user has already left', async () => {
    const old = later<SearchSnippets>();
    let search = 0;
    const pages = new ResultPages(
      async () => firstPage(search++ === 0 ? 'oil' : 'gas'),
      () => {},
      null,
      (ids) => (search === 1 ? old.promise : Promise.resolve(cutFor('gas', ids))),
    );
    pages.reset();
    await settled();
    pages.reset();
    await settled();
    old.settle(cutFor('oil', [hit(2).id, hit(3).id, hit(4).id]));
    await settled();
    expect(pages.row(2)?.snippet).toBe(`…gas in ${hit(2).id}`);
    expect(pages.row(0)?.snippet).toBe('…gas 0');
  });
});
