// Finding a highlight again after its article's text changed on re-import. The anchor
// is a W3C TextQuoteSelector (quote plus context) and a TextPositionSelector (offsets
// into bodyText); see contract/userdata.ts. The order follows issue 4 and the
// Hypothesis client's text-quote anchoring (src/annotator/anchoring/match-quote.ts):
// old offsets, then the exact quote, then a fuzzy match of quote and context. Every
// step prefers orphaning to a guess: a highlight on the wrong words misleads the
// reader, an orphan only asks to be placed again.
import search from 'approx-string-match';
import type { TextAnchor } from '../../contract/userdata';

/** Characters of context kept either side of the quote, as the W3C selector suggests. */
export const CONTEXT_LENGTH = 32;

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
 * How much context must agree, counted in characters found again (a side's length
 * less its edit distance), for a match of a quote that is not long to be trusted:
 * one side whole but for 4 edits, or 44 of the 64 characters of both sides. Chosen
 * on the corpus: in 155 articles (BBC, factRuEval, two Arabic sets) the context of a
 * random point was compared with that of every other point of its article (277,000
 * pairs). Unrelated BBC and factRuEval points agreed on at most 39 characters (median
 * of the per-article maximum: about 26); none passed this rule in the BBC, and in
 * factRuEval only where a name phrase repeats (`президентом Виктором Януковичем`),
 * while a mean similarity of 0.5 (Hypothesis' weights would suggest it) let 99 pairs
 * in 6 articles through. The Arabic pairs that pass are mostly passages their sites
 * print twice, where either place is right. A real edit keeps one side whole (a
 * paragraph inserted before the quote) or most of both (a word changed each side).
 */
const STRONG_SIDE = CONTEXT_LENGTH - 4;
const BOTH_SIDES = 44;
/**
 * A quote this long (two context windows) is evidence by itself, so it may be placed
 * with its context gone (the paragraph moved), provided it barely changed.
 */
const LONG_QUOTE = 2 * CONTEXT_LENGTH;
const LONG_QUOTE_MIN_SCORE = 0.9;
/** Hypothesis' weights: the quote counts most, position only breaks ties. */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const WEIGHT_TOTAL = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

export type Reanchored = { placement: 'position' | 'quote' | 'fuzzy'; anchor: TextAnchor } | { placement: 'orphaned' };

/** A stretch of text the quote may now occupy, with its edit distance to the quote. */
interface Span {
  start: number;
  end: number;
  errors: number;
}

interface Scored extends Span {
  /** 1 − errors / quote length. */
  quoteScore: number;
  /** Characters of the old prefix and suffix found again beside the span. */
  prefixAgreed: number;
  suffixAgreed: number;
  /** Hypothesis' weighted score in [0, 1]. */
  total: number;
}

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

/** Where `anchor` lies in `text` now, with a fresh anchor described from `text`, or orphaned. */
export function reanchor(text: string, anchor: TextAnchor): Reanchored {
  const { quote, start } = anchor;
  if (text.length === 0 || quote.length === 0) return { placement: 'orphaned' };
  if (Number.isInteger(start) && start >= 0 && text.slice(start, start + quote.length) === quote) {
    return { placement: 'position', anchor: describeAnchor(text, start, start + quote.length) };
  }
  const exact = nearestExactQuote(text, anchor);
  if (exact) return { placement: 'quote', anchor: describeAnchor(text, exact.start, exact.end) };
  const fuzzy = quote.length >= MIN_FUZZY_QUOTE ? bestFuzzyMatch(text, anchor) : null;
  if (!fuzzy) return { placement: 'orphaned' };
  const placed = describeAnchor(text, fuzzy.start, fuzzy.end);
  return { placement: placed.quote === quote ? 'quote' : 'fuzzy', anchor: placed };
}

/**
 * Of the exact occurrences whose context bears them out, the one nearest the old
 * start; equally near ones (before and after) are told apart by their context. A long
 * quote without context is left to the fuzzy step, where an edited copy that kept
 * its context can outscore it.
 */
function nearestExactQuote(text: string, anchor: TextAnchor): Scored | null {
  const found: Scored[] = [];
  for (let at = text.indexOf(anchor.quote); at !== -1; at = text.indexOf(anchor.quote, at + 1)) {
    const scored = score(text, anchor, { start: at, end: at + anchor.quote.length, errors: 0 });
    if (contextAgrees(scored)) found.push(scored);
  }
  const distance = (s: Scored): number => Math.abs(s.start - anchor.start);
  const agreed = (s: Scored): number => s.prefixAgreed + s.suffixAgreed;
  found.sort((a, b) => distance(a) - distance(b) || agreed(b) - agreed(a));
  return found[0] ?? null;
}

/**
 * The best-scoring approximate match, if confident. approx-string-match reports only
 * the matches with the fewest errors, so a quote whose old wording survives elsewhere
 * would hide its edited self; a second search for quote-with-context finds the edited
 * place, and the quote is then looked for inside that region.
 */
function bestFuzzyMatch(text: string, anchor: TextAnchor): Scored | null {
  const candidates = [...approximate(text, anchor.quote, 0), ...withinContext(text, anchor)];
  let best: Scored | null = null;
  for (const candidate of candidates) {
    const scored = score(text, anchor, snapToPairs(text, candidate));
    if (!best || scored.total > best.total) best = scored;
  }
  return best && isConfident(anchor, best) ? best : null;
}

function withinContext(text: string, anchor: TextAnchor): Span[] {
  if (anchor.prefix.length + anchor.suffix.length === 0) return [];
  const regions = search(
    text,
    anchor.prefix + anchor.quote + anchor.suffix,
    errorBudget(anchor.prefix.length + anchor.quote.length + anchor.suffix.length),
  );
  return regions.flatMap((region) => approximate(text.slice(region.start, region.end), anchor.quote, region.start));
}

/** Approximate matches of `quote` in `text`, with offsets moved by `offset`. */
function approximate(text: string, quote: string, offset: number): Span[] {
  return search(text, quote, errorBudget(quote.length)).map((m) => ({
    start: m.start + offset,
    end: m.end + offset,
    errors: m.errors,
  }));
}

function errorBudget(length: number): number {
  return Math.min(MAX_ERRORS, Math.floor(length * MAX_ERROR_RATE));
}

/**
 * Trust a fuzzy placement when its context agrees, or when the quote is long enough
 * to stand alone and barely changed. (The error budget already bounds its errors.)
 */
function isConfident(anchor: TextAnchor, s: Scored): boolean {
  return contextAgrees(s) || (anchor.quote.length >= LONG_QUOTE && s.quoteScore >= LONG_QUOTE_MIN_SCORE);
}

function contextAgrees(s: Scored): boolean {
  return Math.max(s.prefixAgreed, s.suffixAgreed) >= STRONG_SIDE || s.prefixAgreed + s.suffixAgreed >= BOTH_SIDES;
}

function score(text: string, anchor: TextAnchor, span: Span): Scored {
  const { prefix, suffix, quote } = anchor;
  const prefixAgreed = agreedChars(prefix, text.slice(Math.max(0, span.start - prefix.length), span.start));
  const suffixAgreed = agreedChars(suffix, text.slice(span.end, span.end + suffix.length));
  const quoteScore = 1 - span.errors / quote.length;
  // An empty prefix or suffix says nothing against a candidate, as in Hypothesis.
  const prefixScore = prefix.length > 0 ? prefixAgreed / prefix.length : 1;
  const suffixScore = suffix.length > 0 ? suffixAgreed / suffix.length : 1;
  const positionScore = 1 - Math.abs(span.start - anchor.start) / Math.max(text.length, 1);
  const weighted =
    WEIGHT.quote * quoteScore +
    WEIGHT.prefix * prefixScore +
    WEIGHT.suffix * suffixScore +
    WEIGHT.position * positionScore;
  return { ...span, quoteScore, prefixAgreed, suffixAgreed, total: weighted / WEIGHT_TOTAL };
}

/** Characters of `expected` found again in `found`: its length less their edit distance. */
function agreedChars(expected: string, found: string): number {
  if (expected.length === 0 || found.length === 0) return 0;
  const errors = search(found, expected, expected.length)[0]?.errors ?? expected.length;
  return expected.length - errors;
}

/** approx-string-match counts UTF-16 code units, so a match may end inside a surrogate pair; widen it to whole characters. */
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
