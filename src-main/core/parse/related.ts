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
  return !longerThanMarkers(line) && MARKERS.has(markerKey(line));
}

const LONGEST_MARKER = Math.max(...[...MARKERS].map((m) => m.length));

/**
 * True when `line` keeps more characters than any marker has, whatever markerKey takes
 * away: it drops only Arabic marks, spaces and a trailing run of `:.…`, and lower case is
 * never shorter. Every line of every text comes here, and most are paragraphs: markerKey's
 * six passes over each were 1% of the parse worker's time (cpu profile, 20,000 files).
 */
function longerThanMarkers(line: string): boolean {
  let kept = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const dropped =
      (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x3a || c === 0x2e || c === 0x2026 || WHITE.test(line[i]!);
    if (!dropped && ++kept > LONGEST_MARKER) return true;
  }
  return false;
}

const WHITE = /\s/u;

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
