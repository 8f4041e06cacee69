// Finding a highlight again after its article's text changed on re-import. The anchor
// is a W3C TextQuoteSelector (quote plus context) and a TextPositionSelector (offsets
// into bodyText); see contract/userdata.ts. The order follows issue 4 and the
// Hypothesis client's text-quote anchoring (src/annotator/anchoring/match-quote.ts):
// old offsets, then the exact quote, then a fuzzy match of quote and context. Every
// step prefers orphaning to a guess: a highlight on the wrong words misleads the
// reader, an orphan only asks to be placed again.
//
// The work is bounded whatever the anchor and the text (audit finding 7: a backup's
// anchor in a text of one repeated letter hung its restore). Only the CONTEXT_LENGTH
// characters of context nearest the quote count, as the app writes them; the exact step
// looks at a bounded number of occurrences, nearest first; the fuzzy step
// (approximate-search.ts) finds starts for a few ends only and spends at most a budget
// of steps, past which the highlight is orphaned.
import type { TextAnchor } from '../../contract/userdata';
import { CONTEXT_LENGTH, contextAgrees, isConfident, score, type Scored, type Span } from './anchor-score';
import { approximateSearch, type SearchBudget } from './approximate-search';

export { CONTEXT_LENGTH } from './anchor-score';

/**
 * Quotes shorter than this are placed exactly or not at all: with a quarter of 7
 * characters allowed to differ, `Assad` finds `Asad`, `Aleppo` finds `Alepp,` and
 * `said` finds anything; the chance of a right fuzzy match is not worth a wrong one.
 */
const MIN_FUZZY_QUOTE = 8;
/** A fuzzy quote may differ by at most a quarter of its length: a word changed in a clause, not a sentence rewritten. */
const MAX_ERROR_RATE = 0.25;
/**
 * The error budget never exceeds this, whatever the quote's length. The search costs
 * O(text × errors / 32); measured on a 50,000-character text, a 4,000-character quote
 * re-anchors in about 40 ms and an 8,000-character one in about 90 ms, while a cap of
 * 2,048 took a 20,000-character quote to 370 ms. Quotes up to 4,096 characters keep
 * their whole quarter; a longer highlight that changed by over 1,024 characters is
 * better made again than stretched over a rewritten passage.
 */
const MAX_ERRORS = 1024;
/**
 * Steps (a 32-character block of pattern against a character of text) one re-anchoring
 * may spend on fuzzy search: about 0.5 s at 10 ns a step. A real edit costs far less:
 * text × errors / 32, so a 50,000-character text and a 4,000-character quote take
 * about 4 million. Only text that repeats itself for the whole length of the quote
 * drives the search to text × quote / 32, and that is what this cuts off.
 */
export const ANCHOR_STEPS = 50_000_000;
/**
 * How many of the best fuzzy matches get their start found and scored: in real text the
 * matches with the fewest errors are a handful of neighbouring ends; only text that
 * repeats itself has more, and there the nearest are as good as any.
 */
const QUOTE_MATCHES = 8;
const CONTEXT_REGIONS = 2;
const QUOTE_MATCHES_IN_REGION = 4;
/**
 * Occurrences of the quote the exact step may look at, nearest the old place first, and
 * characters of quote it may compare finding them (each occurrence of a long quote
 * repeated end to end costs its length). Ten thousand looks take about 10 ms; a quote
 * that occurs more often is placed among its nearest occurrences or not at all.
 */
const EXACT_LOOKS = 10_000;
const EXACT_SCAN_CHARS = 10_000_000;

export type Reanchored = { placement: 'position' | 'quote' | 'fuzzy'; anchor: TextAnchor } | { placement: 'orphaned' };

/**
 * The anchor for text[start, end). Throws RangeError for an empty or out-of-range
 * span: callers validate user input first, so this is a programmer or IPC error.
 */
export function describeAnchor(text: string, start: number, end: number): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= end || end > text.length) {
    throw new RangeError(`Anchor [${start}, ${end}) is not a non-empty span of a ${text.length}-character text`);
  }
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsPair(text, from)) from += 1;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsPair(text, to)) to -= 1;
  return { start, end, quote: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

/**
 * Where `anchor` lies in `text` now, with a fresh anchor described from `text`, or
 * orphaned. The fuzzy step spends at most ANCHOR_STEPS, and no more than `budget`
 * holds, which it is charged with: a caller placing many anchors (a restore) bounds
 * them all by passing one budget.
 */
export function reanchor(text: string, given: TextAnchor, budget: SearchBudget = { steps: ANCHOR_STEPS }): Reanchored {
  const anchor = nearContext(given);
  const { quote, start } = anchor;
  if (text.length === 0 || quote.length === 0) return { placement: 'orphaned' };
  if (Number.isInteger(start) && start >= 0 && text.slice(start, start + quote.length) === quote) {
    return { placement: 'position', anchor: describeAnchor(text, start, start + quote.length) };
  }
  const exact = nearestExactQuote(text, anchor);
  if (exact) return { placement: 'quote', anchor: describeAnchor(text, exact.start, exact.end) };
  const fuzzy = quote.length >= MIN_FUZZY_QUOTE ? boundedFuzzyMatch(text, anchor, budget) : null;
  if (!fuzzy) return { placement: 'orphaned' };
  const placed = describeAnchor(text, fuzzy.start, fuzzy.end);
  return { placement: placed.quote === quote ? 'quote' : 'fuzzy', anchor: placed };
}

/**
 * The anchor with only the context the app writes: the thresholds below were measured on
 * CONTEXT_LENGTH characters a side, and a longer context (a backup may carry 200) would
 * both pass them too easily and cost more to compare.
 */
function nearContext(anchor: TextAnchor): TextAnchor {
  const { prefix, suffix } = anchor;
  if (prefix.length <= CONTEXT_LENGTH && suffix.length <= CONTEXT_LENGTH) return anchor;
  return { ...anchor, prefix: prefix.slice(-CONTEXT_LENGTH), suffix: suffix.slice(0, CONTEXT_LENGTH) };
}

/**
 * Of the exact occurrences whose context bears them out, the one nearest the old
 * start; equally near ones (before and after) are told apart by their context. A long
 * quote without context is left to the fuzzy step, where an edited copy that kept
 * its context can outscore it. Occurrences are visited nearest first, so the search
 * stops at the first one that agrees, and gives up after a bounded number.
 */
function nearestExactQuote(text: string, anchor: TextAnchor): Scored | null {
  const { quote } = anchor;
  const from = Math.min(Math.max(0, Number.isInteger(anchor.start) ? anchor.start : 0), text.length);
  const distance = (at: number): number => Math.abs(at - from);
  const agreed = (s: Scored): number => s.prefixAgreed + s.suffixAgreed;
  let after = text.indexOf(quote, from);
  let before = from > 0 ? text.lastIndexOf(quote, from - 1) : -1;
  let best: Scored | null = null;
  const looks = Math.max(1, Math.min(EXACT_LOOKS, Math.floor(EXACT_SCAN_CHARS / quote.length)));
  for (let look = 0; look < looks && (after !== -1 || before !== -1); look++) {
    // The nearer side first; on a tie the earlier occurrence, which wins on equal context as it always did.
    const takeBefore = before !== -1 && (after === -1 || distance(before) <= distance(after));
    const at = takeBefore ? before : after;
    if (best && distance(at) > distance(best.start)) break;
    const scored = score(text, anchor, { start: at, end: at + quote.length, errors: 0 });
    if (contextAgrees(scored) && (!best || agreed(scored) > agreed(best))) best = scored;
    if (takeBefore) before = before > 0 ? text.lastIndexOf(quote, before - 1) : -1;
    else after = text.indexOf(quote, after + 1);
  }
  return best;
}

/** bestFuzzyMatch within ANCHOR_STEPS and the caller's budget, which is charged what it spent. */
function boundedFuzzyMatch(text: string, anchor: TextAnchor, budget: SearchBudget): Scored | null {
  const own: SearchBudget = { steps: Math.min(ANCHOR_STEPS, budget.steps) };
  const before = own.steps;
  try {
    return bestFuzzyMatch(text, anchor, own);
  } finally {
    budget.steps -= before - own.steps;
  }
}

/**
 * The best-scoring approximate match, if confident. The search reports only the
 * matches with the fewest errors, so a quote whose old wording survives elsewhere
 * would hide its edited self; a second search for quote-with-context finds the edited
 * place, and the quote is then looked for inside that region. Null also when the
 * search would spend more than its budget.
 */
function bestFuzzyMatch(text: string, anchor: TextAnchor, budget: SearchBudget): Scored | null {
  const near = Number.isInteger(anchor.end) ? anchor.end : 0;
  const quoted = approximate(text, anchor.quote, 0, { near, limit: QUOTE_MATCHES, budget });
  const context = withinContext(text, anchor, budget);
  if (!quoted || !context) return null;
  let best: Scored | null = null;
  for (const candidate of [...quoted, ...context]) {
    const scored = score(text, anchor, snapToPairs(text, candidate));
    if (!best || scored.total > best.total) best = scored;
  }
  return best && isConfident(anchor, best) ? best : null;
}

function withinContext(text: string, anchor: TextAnchor, budget: SearchBudget): Span[] | null {
  if (anchor.prefix.length + anchor.suffix.length === 0) return [];
  const pattern = anchor.prefix + anchor.quote + anchor.suffix;
  const near = (Number.isInteger(anchor.end) ? anchor.end : 0) + anchor.suffix.length;
  const regions = approximateSearch(text, pattern, errorBudget(pattern.length), {
    near,
    limit: CONTEXT_REGIONS,
    budget,
  });
  if (!regions) return null;
  const spans: Span[] = [];
  for (const region of regions) {
    const inner = { near: near - anchor.suffix.length - region.start, limit: QUOTE_MATCHES_IN_REGION, budget };
    const found = approximate(text.slice(region.start, region.end), anchor.quote, region.start, inner);
    if (!found) return null;
    spans.push(...found);
  }
  return spans;
}

/** Approximate matches of `quote` in `text`, with offsets moved by `offset`; null past the budget. */
function approximate(
  text: string,
  quote: string,
  offset: number,
  options: { near: number; limit: number; budget: SearchBudget },
): Span[] | null {
  const found = approximateSearch(text, quote, errorBudget(quote.length), options);
  return found && found.map((m) => ({ start: m.start + offset, end: m.end + offset, errors: m.errors }));
}

function errorBudget(length: number): number {
  return Math.min(MAX_ERRORS, Math.floor(length * MAX_ERROR_RATE));
}

/** The search counts UTF-16 code units, so a match may end inside a surrogate pair; widen it to whole characters. */
function snapToPairs(text: string, span: Span): Span {
  const start = splitsPair(text, span.start) ? span.start - 1 : span.start;
  const end = splitsPair(text, span.end) ? span.end + 1 : span.end;
  return { start, end, errors: span.errors };
}

/** Offset `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
