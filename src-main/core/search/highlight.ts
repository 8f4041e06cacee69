// Where a query's words occur in a text, as character ranges the renderer marks.
// Main computes them so the renderer never needs the analyser.
import type { ArticleBody } from '../../contract/archive';
import type { ArticleHighlights, Range } from '../../contract/search';
import { analyze, countTokens, tokenize, tokenStart, type Token } from './index/analyzer';
import type { HighlightTerms } from './compile-query';
import { phraseStarts } from './evaluate';

export const SNIPPET_LENGTH = 220;
// How much text a snippet shows before its first hit. The list draws the snippet on one
// line of ~70 characters, so a longer lead would push the hit past the visible end.
const LEAD = 28;

export function hasHighlightTerms(hl: HighlightTerms): boolean {
  return hl.terms.size > 0 || hl.prefixes.length > 0 || hl.phrases.length > 0;
}

/** Sorted, non-overlapping ranges of the query's words and phrases in `text`. */
export function highlightRanges(text: string, hl: HighlightTerms): Range[] {
  if (!hasHighlightTerms(hl)) return [];
  return rangesInTokens(analyze(text, initialsOf(hl)), hl);
}

const initials = new WeakMap<HighlightTerms, Set<string> | undefined>();

/**
 * The letters a term or normalised word must start with to be a hit or part of a phrase;
 * undefined (analyse every word) when an empty prefix would make any word a hit.
 */
function initialsOf(hl: HighlightTerms): Set<string> | undefined {
  if (!initials.has(hl)) {
    const words = [...hl.terms, ...hl.prefixes, ...hl.phrases.flat()];
    initials.set(hl, words.includes('') ? undefined : new Set(words.map((w) => w[0]!)));
  }
  return initials.get(hl);
}

function isHit(term: string, norm: string, hl: HighlightTerms): boolean {
  return hl.terms.has(term) || hl.prefixes.some((p) => term.startsWith(p) || norm.startsWith(p));
}

function rangesInTokens(tokens: Token[], hl: HighlightTerms): Range[] {
  const ranges: Range[] = [];
  for (const t of tokens) if (isHit(t.term, t.norm, hl)) ranges.push([t.start, t.end]);
  if (hl.phrases.length) {
    const terms = tokens.map((t) => t.term);
    for (const phrase of hl.phrases) {
      for (const i of phraseStarts(terms, phrase)) ranges.push([tokens[i]!.start, tokens[i + phrase.length - 1]!.end]);
    }
  }
  return mergeRanges(ranges);
}

/** Sorts ranges and joins overlapping ones (a word inside a phrase hit is one hit). */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Range[] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Every hit in an article, for the reader. */
export function articleHighlights(title: string, body: ArticleBody, hl: HighlightTerms): ArticleHighlights {
  return {
    title: highlightRanges(title, hl),
    paragraphs: body.paragraphs.map((p) => highlightRanges(p, hl)),
    related: body.related.map((r) => ({
      title: highlightRanges(r.title, hl),
      excerpt: highlightRanges(r.excerpt, hl),
    })),
  };
}

export interface Snippet {
  text: string;
  ranges: Range[];
}

/**
 * About SNIPPET_LENGTH characters of the body around its first hit, whitespace
 * collapsed as in the stored snippet, cut at word boundaries with an ellipsis where
 * text was left out. Null when the body has no hit (the list then keeps the stored
 * opening snippet). With `firstHit`, the index's position of that hit, the words before
 * it are counted, not analysed; without it, or if the text does not hold a hit there (an
 * index out of step with the text), paragraphs are analysed one at a time up to the first hit.
 */
export function snippetAroundFirstHit(
  paragraphs: readonly string[],
  hl: HighlightTerms,
  firstHit?: number,
): Snippet | null {
  if (!hasHighlightTerms(hl)) return null;
  const placed = firstHit === undefined ? null : hitAt(paragraphs, firstHit, hl);
  if (placed) return snippetAt(paragraphs, placed.k, placed.at, hl);
  for (let k = 0; k < paragraphs.length; k++) {
    const at = firstHitStart(paragraphs[k]!, hl);
    if (at >= 0) return snippetAt(paragraphs, k, at, hl);
  }
  return null;
}

/** The snippet of a hit starting at character `at` of paragraph `k`. */
function snippetAt(paragraphs: readonly string[], k: number, at: number, hl: HighlightTerms): Snippet {
  // Collapsing whitespace changes no word, and the hit starts a word, so in the collapsed
  // paragraph it sits where the collapsed text before it ends: no second analysis.
  const raw = paragraphs[k]!;
  const first = collapsedIndex(raw, at);
  // cutAround reads no further back than LEAD + 1 characters before the hit, nor further on
  // than SNIPPET_LENGTH + 1 after it: only that span of the paragraph is collapsed, not all of
  // it (a whole long paragraph per snippet was 30% of the bytes a search allocated, issue 20).
  const from = Math.max(0, first - LEAD - 1);
  const needed = first + SNIPPET_LENGTH;
  const span = collapsedSpan(raw, from, needed + 1);
  const text = span.length <= needed ? withFollowing(span.text, paragraphs, k, needed, span.length) : span.text;
  return cutAround(text, first - from, k > 0, hl);
}

/** JavaScript's whitespace (what `\s` and trim() take), by UTF-16 code unit. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Walks collapse(raw) a character at a time without building it: `visit` gets each
 * character's index there and where it starts in `raw` (a run of whitespace is one
 * space); a run at either end is none, as trim() drops it. Stops when `visit` says so.
 */
function walkCollapsed(raw: string, visit: (index: number, at: number) => boolean): { index: number; at: number } {
  const n = raw.length;
  let i = 0;
  while (i < n && isSpace(raw.charCodeAt(i))) i++;
  let index = 0;
  while (i < n) {
    let next = i + 1;
    if (isSpace(raw.charCodeAt(i))) {
      while (next < n && isSpace(raw.charCodeAt(next))) next++;
      if (next === n) break; // the trailing run: trimmed
    }
    if (!visit(index, i)) return { index, at: i };
    index++;
    i = next;
  }
  return { index, at: i };
}

/** Where the character at `at` of `raw` (not whitespace) sits in collapse(raw). */
function collapsedIndex(raw: string, at: number): number {
  return walkCollapsed(raw, (_, i) => i < at).index;
}

/** collapse(raw).slice(from, to), and collapse(raw)'s length when it is below `to` (else `to`). */
function collapsedSpan(raw: string, from: number, to: number): { text: string; length: number } {
  let start = -1;
  const end = walkCollapsed(raw, (index, i) => {
    if (index === from) start = i;
    return index < to;
  });
  // The raw characters from the span's first to past its last, whitespace runs made one space.
  const text = start < 0 ? '' : raw.slice(start, end.at).replace(/\s+/g, ' ');
  return { text, length: end.index };
}

/**
 * The paragraph and character offset of body position `position` (the index numbers a
 * body's tokens from 0, one number left between paragraphs), if a query word or the
 * start of a phrase is there; null otherwise. At 100k articles, analysing every word
 * before each page row's hit was most of a search's time (issue 20): here only the hit's
 * own words are analysed.
 */
function hitAt(paragraphs: readonly string[], position: number, hl: HighlightTerms): { k: number; at: number } | null {
  let start = 0;
  for (let k = 0; k < paragraphs.length; k++) {
    const end = start + countTokens(paragraphs[k]!);
    if (position < start) return null;
    if (position < end) {
      const at = tokenStart(paragraphs[k]!, position - start);
      return at >= 0 && startsHit(paragraphs[k]!.slice(at), hl) ? { k, at } : null;
    }
    start = end + 1;
  }
  return null;
}

/** Whether `text` opens with a query word or a phrase. */
function startsHit(text: string, hl: HighlightTerms): boolean {
  const longest = Math.max(1, ...hl.phrases.map((p) => p.length));
  const terms: string[] = [];
  for (const t of tokenize(text)) {
    if (terms.length === 0 && isHit(t.term, t.norm, hl)) return true;
    terms.push(t.term);
    if (terms.length === longest) break;
  }
  return hl.phrases.some((phrase) => phrase.every((term, i) => terms[i] === term));
}

/**
 * The paragraph (collapsed: `length` long in whole, of which `paragraph` is the end), then
 * up to three after it collapsed and joined by spaces, but only until the text runs past
 * `needed`: cutAround never reads further, and the list's first page otherwise collapsed
 * whole paragraphs a hundred times over.
 */
function withFollowing(
  paragraph: string,
  paragraphs: readonly string[],
  k: number,
  needed: number,
  length = paragraph.length,
): string {
  const parts: string[] = [];
  for (let j = k + 1; j < Math.min(k + 4, paragraphs.length) && length <= needed; j++) {
    parts.push(collapse(paragraphs[j]!));
    length += 1 + parts.at(-1)!.length;
  }
  const following = parts.join(' ');
  return following ? `${paragraph} ${following}` : paragraph;
}

/**
 * Where the text's first hit (a word or a phrase) starts, or -1. Stops as soon as no
 * later token could start an earlier hit: a page of 100 snippets otherwise analyses
 * whole paragraphs. A phrase is seen only at its last word, so once a hit is found the
 * scan goes on for the longest phrase's length less one.
 */
function firstHitStart(text: string, hl: HighlightTerms): number {
  const longest = Math.max(1, ...hl.phrases.map((p) => p.length));
  const recent: string[] = [];
  const starts: number[] = [];
  let best = -1;
  let bestIndex = Infinity;
  let index = 0;
  for (const t of tokenize(text)) {
    // A phrase that starts before the best hit ends by token bestIndex + longest - 2.
    if (index > bestIndex + longest - 2) break;
    recent.push(t.term);
    starts.push(t.start);
    if (best < 0 && isHit(t.term, t.norm, hl)) [best, bestIndex] = [t.start, index];
    for (const phrase of hl.phrases) {
      const from = recent.length - phrase.length;
      if (from < 0 || !phrase.every((term, k) => recent[from + k] === term)) continue;
      if (best < 0 || starts[from]! < best) [best, bestIndex] = [starts[from]!, index - phrase.length + 1];
    }
    index++;
  }
  return best;
}

function cutAround(text: string, hitStart: number, textBefore: boolean, hl: HighlightTerms): Snippet {
  let start = Math.max(0, hitStart - LEAD);
  if (start > 0) start = wordStartAfter(text, start);
  let end = Math.min(text.length, start + SNIPPET_LENGTH - 2);
  if (end < text.length) end = wordEndBefore(text, end, hitStart);
  const lead = start > 0 || textBefore ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const snippet = `${lead}${text.slice(start, end).trim()}${tail}`;
  return { text: snippet, ranges: highlightRanges(snippet, hl) };
}

function wordStartAfter(text: string, at: number): number {
  const space = text.indexOf(' ', at - 1);
  return space < 0 || space > at + 20 ? at : space + 1;
}

function wordEndBefore(text: string, at: number, notBefore: number): number {
  const space = text.lastIndexOf(' ', at);
  return space <= notBefore ? at : space;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
