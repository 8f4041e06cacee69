// How well a stretch of the new text matches a highlight's old quote and context, and
// when that is good enough to place the highlight there (anchor.ts decides where to look).
import type { TextAnchor } from '../../contract/userdata';
import { fewestErrors } from './approximate-search';

/** Characters of context kept either side of the quote, as the W3C selector suggests. */
export const CONTEXT_LENGTH = 32;

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
/** A stretch of text the quote may now occupy, with its edit distance to the quote. */
export interface Span {
  start: number;
  end: number;
  errors: number;
}

export interface Scored extends Span {
  /** 1 − errors / quote length. */
  quoteScore: number;
  /** Characters of the old prefix and suffix found again beside the span. */
  prefixAgreed: number;
  suffixAgreed: number;
  /** Hypothesis' weighted score in [0, 1]. */
  total: number;
}

/**
 * Trust a fuzzy placement when its context agrees, or when the quote is long enough
 * to stand alone and barely changed. (The error budget already bounds its errors.)
 */
export function isConfident(anchor: TextAnchor, s: Scored): boolean {
  return contextAgrees(s) || (anchor.quote.length >= LONG_QUOTE && s.quoteScore >= LONG_QUOTE_MIN_SCORE);
}

export function contextAgrees(s: Scored): boolean {
  return Math.max(s.prefixAgreed, s.suffixAgreed) >= STRONG_SIDE || s.prefixAgreed + s.suffixAgreed >= BOTH_SIDES;
}

export function score(text: string, anchor: TextAnchor, span: Span): Scored {
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

/**
 * Characters of `expected` found again in `found`: its length less their edit distance.
 * Both are at most CONTEXT_LENGTH long (nearContext), so this costs a few dozen steps
 * and needs no budget of its own.
 */
function agreedChars(expected: string, found: string): number {
  if (expected.length === 0 || found.length === 0) return 0;
  const errors = fewestErrors(found, expected, expected.length, { steps: Infinity }) ?? expected.length;
  return expected.length - errors;
}
