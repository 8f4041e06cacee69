// A surname, once a text has named the person in full («Барак Обама»), names that person on
// its own later in any case («Обамы», «Обаме»): the rules see a lone capitalised word too
// seldom to call it a person without this.
import type { EntitySpan } from './entity-types';
import { isAllCaps, isCapitalisedAt, type Token } from './tokens';

const ENDING = /(?:а|я|у|ю|ы|и|е|ой|ей|ом|ем|ым|им|ого|ому)$/;
/** A surname without its Russian case ending, so «Обамы» and «Обаме» meet «Обама». */
export const surnameStem = (w: string): string => (w.length > 4 ? w.replace(ENDING, '') : w);

/**
 * A word's first two units as one number. A surname's stem keeps at least two (three
 * letters, less a three-letter ending, is the shortest), and a word's stem is its start, so
 * a word can meet a surname only if their heads are equal: the others skip isAllCaps and the
 * ending's regex, which were most of this function's 4% of names extraction (cpu profile).
 */
const headOf = (w: string): number => w.charCodeAt(0) * 0x10000 + (w.length > 1 ? w.charCodeAt(1) : 0x10000);
/** headOf(token.text), read from the text (isCapitalisedAt says why). */
const headAt = (text: string, t: Token): number =>
  text.charCodeAt(t.start) * 0x10000 + (t.end - t.start > 1 ? text.charCodeAt(t.start + 1) : 0x10000);

/**
 * Lone capitalised words, outside every span found so far, that decline a person's surname.
 * `tokens` are the text's tokens in order, or any of them in order that holds every capitalised one.
 */
export function recallSurnames(text: string, tokens: Token[], spans: EntitySpan[]): EntitySpan[] {
  const surnames = new Map<string, string>();
  for (const s of spans) {
    if (s.type !== 'person') continue;
    // The last word by its space, not by split(): an array per person was this function's largest cost (cpu profile).
    const space = s.name.lastIndexOf(' ');
    const last = s.name.slice(space + 1);
    if (space >= 0 && last.length > 2 && !last.endsWith('.')) surnames.set(surnameStem(last), s.name);
  }
  if (surnames.size === 0) return [];
  const heads = new Set([...surnames.keys()].map(headOf));
  const covered = coverage(spans);
  const found: EntitySpan[] = [];
  for (const t of tokens) {
    // Capitals first: one table read turns away four words in five (English wire copy) before the Set.
    if (!isCapitalisedAt(text, t) || !heads.has(headAt(text, t)) || isAllCaps(t.text)) continue;
    // The surname first: scanning every span for every capitalised word grew with the text's length squared.
    const name = surnames.get(surnameStem(t.text));
    if (name && !covered(t.start, t.end))
      found.push({ type: 'person', start: t.start, end: t.end, name: name.slice(name.lastIndexOf(' ') + 1) });
  }
  return found;
}

/**
 * Whether a span holds `[start, end)`, asked in order of `start` (the tokens' order): a
 * pointer through the spans by start and the furthest end so far. Every span for every
 * surname's word was 3.3 million comparisons a pass over bc20k's English articles.
 */
function coverage(spans: EntitySpan[]): (start: number, end: number) => boolean {
  const byStart = spans.slice().sort((a, b) => a.start - b.start);
  let next = 0;
  let furthest = -1;
  return (start, end) => {
    for (; next < byStart.length && byStart[next]!.start <= start; next++)
      furthest = Math.max(furthest, byStart[next]!.end);
    return furthest >= end;
  };
}
