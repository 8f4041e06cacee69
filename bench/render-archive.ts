// The render bench's synthetic articles: small JSON Lines records with a dateline
// (so the agency facet has values), spread evenly over 2000–2022 (so the timeline has a
// bar a month), the same shape tests/e2e/large-archive.spec.ts imports at 100k.

/** Articles per JSON Lines file: many files let the import's parse workers share the work. */
export const RENDER_FILE_LINES = 10_000;

const DATELINES = ['Damascus, SANA', 'London, Reuters', 'Paris, AFP', 'Moscow, TASS', 'Beirut, AP'];
const FIRST = Date.UTC(2000, 0, 1);
const SPAN_MS = Date.UTC(2023, 0, 1) - FIRST;

export interface RenderArticle {
  title: string;
  date: string;
  text: string;
}

/** Article `i` of `n`: its date is its share of the 23 years, so any N fills the same timeline. */
export function renderArticle(i: number, n: number): RenderArticle {
  const date = new Date(FIRST + Math.floor((SPAN_MS * i) / n)).toISOString().slice(0, 10);
  return {
    title: `Dispatch ${i} on the harvest in province ${i % 97}`,
    date,
    text: `${DATELINES[i % DATELINES.length]} – Report ${i} says the harvest in province ${i % 97} rose by ${i % 13} percent this season.`,
  };
}
