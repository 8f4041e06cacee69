// The render bench's synthetic articles: small JSON Lines records with a dateline
// (so the agency facet has values), spread evenly over 2000–2022 (so the timeline has a
// bar a month), each with its own words: with only numbers differing, the story threads
// joined 19,623 of 20,000 articles into one thread, which no newsroom's folder does.

/**
 * Articles per JSON Lines file: many files let the import's parse workers share the work,
 * and each stays well inside the parser's per-file time budget on a loaded machine
 * (10,000 lines went over it at load average 19: "took too long to read").
 */
export const RENDER_FILE_LINES = 1_000;

const DATELINES = ['Damascus, SANA', 'London, Reuters', 'Paris, AFP', 'Moscow, TASS', 'Beirut, AP'];
const WORDS = (
  'harvest grain wheat market bank budget tariff border army police court judge minister council election ' +
  'vote strike union factory port railway bridge flood drought storm fire hospital school teacher doctor ' +
  'farmer miner pilot ship cargo oil gas pipeline reactor satellite museum festival stadium league coach ' +
  'treaty summit envoy refugee camp aid convoy ceasefire protest rally parliament senate mayor governor ' +
  'tax inflation wage pension loan debt export import currency bond share profit loss merger deal'
).split(' ');
const FIRST = Date.UTC(2000, 0, 1);
const SPAN_MS = Date.UTC(2023, 0, 1) - FIRST;

export interface RenderArticle {
  title: string;
  date: string;
  text: string;
}

/** Word `k` of article `i`: an integer hash (two xor-shift-multiply rounds), so neighbouring articles share few words. */
function word(i: number, k: number): string {
  let h = Math.imul(i ^ (k << 24) ^ (i >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return WORDS[((h ^ (h >>> 16)) >>> 0) % WORDS.length]!;
}

/** Article `i` of `n`: its date is its share of the 23 years, so any N fills the same timeline. */
export function renderArticle(i: number, n: number): RenderArticle {
  const date = new Date(FIRST + Math.floor((SPAN_MS * i) / n)).toISOString().slice(0, 10);
  const words = Array.from({ length: 14 }, (_, k) => word(i, k));
  return {
    title: `Dispatch ${i}: ${words.slice(0, 4).join(' ')}`,
    date,
    text: `${DATELINES[i % DATELINES.length]} – Report ${i} on the ${words.slice(4, 8).join(', ')}. The ${words.slice(8, 11).join(' and ')} rose by ${i % 13} percent as the ${words.slice(11).join(' ')} met.`,
  };
}
