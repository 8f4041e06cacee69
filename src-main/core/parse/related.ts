// The scraped "related articles" block that follows a marker line such as
// `Check Also` (the seed) or `اقرأ أيضاً`. It is kept apart from the body, as
// `related: {title, excerpt}[]`, and never becomes body text.
import type { RelatedItem } from '../../contract/records';

// Compared after normalisation (see `markerKey`): lower case, Arabic diacritics
// removed, hamza/madda alef folded to bare alef, trailing colon or dots dropped.
const MARKERS = new Set([
  'check also',
  'read more',
  'read also',
  'see also',
  'читайте также',
  'смотрите также',
  'شاهد ايضا',
  'اقرا ايضا',
]);

// Every line of a text is asked, so this must stay linear on any line: the look-behind
// starts the trailing-run match only where a run begins. Without it a 100 KB line of spaces
// or dots was rescanned from each of its characters and took 10 s (audit finding 1).
function markerKey(line: string): string {
  return line
    .replace(/[\u064B-\u065F\u0670]/gu, '')
    .replace(/[أإآ]/gu, 'ا')
    .replace(/(?<![\s:.…])[\s:.…]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** True when a whole line is a related-articles marker (`Check Also`, `Читайте также`, `شاهد أيضاً`…). */
export function isRelatedMarker(line: string): boolean {
  return MARKERS.has(markerKey(line));
}

/** Splits lines at the first marker line: what comes before is the dispatch, what follows the related items. */
export function splitRelated(lines: readonly string[]): { main: string[]; related: RelatedItem[] } {
  const at = lines.findIndex(isRelatedMarker);
  if (at < 0) return { main: [...lines], related: [] };
  return { main: lines.slice(0, at), related: relatedItems(lines.slice(at + 1)) };
}

const ELLIPSIS_END = /(?:…|\.\.\.)\s*$/u;
const SENTENCE_END = /[.!?…:;»”"]\s*$/u;

/** A line that reads like the next item's headline: short and not ending a sentence. */
function looksLikeHeadline(line: string): boolean {
  return line.length <= 200 && !SENTENCE_END.test(line);
}

/**
 * Title = first line after the marker, excerpt = the lines after it. A new item
 * starts once the current one has an excerpt that ended (scraped teasers end in
 * `…`) or when a headline-like line follows a finished sentence.
 */
function relatedItems(lines: readonly string[]): RelatedItem[] {
  const items: { title: string; excerpt: string[] }[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const current = items.at(-1);
    const last = current?.excerpt.at(-1);
    const startsNew =
      !current ||
      (last !== undefined && (ELLIPSIS_END.test(last) || (SENTENCE_END.test(last) && looksLikeHeadline(line))));
    if (startsNew) items.push({ title: line, excerpt: [] });
    else current.excerpt.push(line);
  }
  return items.map((item) => ({ title: item.title, excerpt: item.excerpt.join(' ') }));
}
