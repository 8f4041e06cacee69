// Approximate matching at a bounded cost, for re-anchoring highlights (anchor.ts).
//
// Myers' bit-parallel algorithm, as approx-string-match 2.0.0 implements it (MIT,
// Robert Knight; its findMatchEnds and advanceBlock are kept here nearly line for
// line), finds where the lowest-error matches of a pattern end in about
// text × errors / 32 steps. The library then finds every such match's start with a
// search of its own, and in a text that repeats itself (a row of dashes, or a hostile
// backup's `aaaa…`) every position is such a match: a 4,000-character quote in a
// 20,000-character run took 38 s, and restoring a backup built that way did not finish
// (audit finding 7). Here starts are found only for the few ends nearest where the
// caller expects the match, and every step is counted against a budget the caller
// gives: a search that would pass it gives up and returns null.

/** A match of the pattern: text[start, end) with `errors` edits. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/** Steps (one 32-character block of the pattern against one character of text) a caller may still spend. */
export interface SearchBudget {
  steps: number;
}

const WORD = 32;

/** Pattern positions holding each character, one bit per position, in 32-position blocks. */
function positionMasks(
  pattern: string,
  blocks: number,
): { ascii: Uint32Array[]; other: Map<number, Uint32Array>; none: Uint32Array } {
  const none = new Uint32Array(blocks);
  const ascii: Uint32Array[] = new Array<Uint32Array>(256).fill(none);
  const other = new Map<number, Uint32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let mask = code < 256 ? ascii[code] : other.get(code);
    if (!mask || mask === none) {
      mask = new Uint32Array(blocks);
      if (code < 256) ascii[code] = mask;
      else other.set(code, mask);
    }
    mask[Math.floor(i / WORD)]! |= 1 << (i % WORD);
  }
  return { ascii, other, none };
}

interface Columns {
  P: Uint32Array;
  M: Uint32Array;
  lastRowMask: Uint32Array;
}

/** One block of one column (Myers 1999, fig. 8, branch-free as in Šošić 2014); returns the horizontal delta out. */
function advanceBlock(ctx: Columns, peq: Uint32Array, b: number, hIn: number): number {
  let pV = ctx.P[b]!;
  let mV = ctx.M[b]!;
  const hInIsNegative = hIn >>> 31;
  const eq = peq[b]! | hInIsNegative;
  const xV = eq | mV;
  const xH = (((eq & pV) + pV) ^ pV) | eq;
  let pH = mV | ~(xH | pV);
  let mH = pV & xH;
  const hOut = oneIfNotZero(pH & ctx.lastRowMask[b]!) - oneIfNotZero(mH & ctx.lastRowMask[b]!);
  pH <<= 1;
  mH <<= 1;
  mH |= hInIsNegative;
  pH |= oneIfNotZero(hIn) - hInIsNegative;
  pV = mH | ~(xV | pH);
  mV = pH & xV;
  ctx.P[b] = pV;
  ctx.M[b] = mV;
  return hOut;
}

function oneIfNotZero(n: number): number {
  return ((n | -n) >> 31) & 1;
}

/**
 * Where the matches of `pattern` with the fewest errors (at most `maxErrors`) end, and
 * that number of errors; null when the budget runs out first. Myers 1999, fig. 9.
 */
function matchEnds(
  text: string,
  pattern: string,
  maxErrors: number,
  budget: SearchBudget,
): { ends: number[]; errors: number } | null {
  if (pattern.length === 0) return { ends: [], errors: 0 };
  let limit = Math.min(maxErrors, pattern.length);
  const bMax = Math.ceil(pattern.length / WORD) - 1;
  const ctx: Columns = {
    P: new Uint32Array(bMax + 1),
    M: new Uint32Array(bMax + 1),
    lastRowMask: new Uint32Array(bMax + 1),
  };
  ctx.lastRowMask.fill(1 << 31);
  ctx.lastRowMask[bMax] = 1 << ((pattern.length - 1) % WORD);
  const { ascii, other, none } = positionMasks(pattern, bMax + 1);
  let y = Math.max(0, Math.ceil(limit / WORD) - 1);
  const score = new Uint32Array(bMax + 1);
  for (let b = 0; b <= y; b++) score[b] = (b + 1) * WORD;
  score[bMax] = pattern.length;
  for (let b = 0; b <= y; b++) {
    ctx.P[b] = ~0;
    ctx.M[b] = 0;
  }
  const ends: number[] = [];
  for (let j = 0; j < text.length; j++) {
    budget.steps -= y + 2;
    if (budget.steps < 0) return null;
    const code = text.charCodeAt(j);
    const peq = code < 256 ? ascii[code]! : (other.get(code) ?? none);
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advanceBlock(ctx, peq, b, carry);
      score[b]! += carry;
    }
    if (score[y]! - carry <= limit && y < bMax && (peq[y + 1]! & 1 || carry < 0)) {
      y++;
      ctx.P[y] = ~0;
      ctx.M[y] = 0;
      const remainder = pattern.length % WORD;
      const blockScore = y === bMax && remainder !== 0 ? remainder : WORD;
      score[y] = score[y - 1]! + blockScore - carry + advanceBlock(ctx, peq, y, carry);
    } else {
      while (y > 0 && score[y]! >= limit + WORD) y--;
    }
    if (y === bMax && score[y]! <= limit) {
      // Only the fewest errors are kept: a better match drops the ones found before it.
      if (score[y]! < limit) ends.length = 0;
      ends.push(j + 1);
      limit = score[y]!;
    }
  }
  return { ends, errors: limit };
}

/** The fewest edits that turn `pattern` into a part of `text`, if at most `maxErrors`; null also when the budget runs out. */
export function fewestErrors(text: string, pattern: string, maxErrors: number, budget: SearchBudget): number | null {
  const found = matchEnds(text, pattern, maxErrors, budget);
  return found && found.ends.length > 0 ? found.errors : null;
}

/**
 * The matches of `pattern` in `text` with the fewest errors (at most `maxErrors`), as
 * approx-string-match's `search` reports them, but no more than the `limit` whose ends
 * lie nearest `near`, in text order. Null when the budget runs out.
 */
export function approximateSearch(
  text: string,
  pattern: string,
  maxErrors: number,
  options: { near: number; limit: number; budget: SearchBudget },
): ApproximateMatch[] | null {
  const found = matchEnds(text, pattern, maxErrors, options.budget);
  if (!found) return null;
  const matches: ApproximateMatch[] = [];
  for (const end of nearest(found.ends, options.near, options.limit)) {
    const start = matchStart(text, pattern, end, found.errors, options.budget);
    if (start === null) return null;
    matches.push({ start, end, errors: found.errors });
  }
  return matches;
}

/**
 * Where the match ending at `end` starts: the pattern reversed, searched in the text
 * before `end` reversed, taking the longest match as approx-string-match does.
 */
function matchStart(text: string, pattern: string, end: number, errors: number, budget: SearchBudget): number | null {
  const from = Math.max(0, end - pattern.length - errors);
  const found = matchEnds(reverse(text.slice(from, end)), reverse(pattern), errors, budget);
  if (!found) return null;
  let start = end;
  for (const reversedEnd of found.ends) start = Math.min(start, end - reversedEnd);
  return start;
}

/** Of the ascending `values`, the `limit` nearest `target`, ascending. */
function nearest(values: readonly number[], target: number, limit: number): number[] {
  if (values.length <= limit) return [...values];
  let hi = values.findIndex((v) => v >= target);
  if (hi === -1) hi = values.length;
  let lo = hi - 1;
  while (hi - lo - 1 < limit) {
    const takeLow = lo >= 0 && (hi >= values.length || target - values[lo]! <= values[hi]! - target);
    if (takeLow) lo--;
    else hi++;
  }
  return values.slice(lo + 1, hi);
}

/** UTF-16 code units reversed, as approx-string-match reverses them (a surrogate pair comes out swapped; only offsets are read back). */
function reverse(s: string): string {
  return s.split('').reverse().join('');
}
