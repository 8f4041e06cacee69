// Word tokens with their UTF-16 offsets, the unit every language's rules in entities/ work on.
// A token keeps inner hyphens and apostrophes («Нью-Йорк», «O'Brien») and a trailing period
// is left outside, so an initial («В.») is a one-letter token followed by '.'.
import { isSurrogate, unitClasses } from '../unit-classes';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** True when the token opens a sentence (first in the text, or after . ! ? … or a line break). */
  sentenceStart: boolean;
}

/** What a token is; tokenize() finds the same words by a table scan (tokens.test.ts compares them). */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;

/** Splits `text` into word tokens; punctuation and spaces are the gaps between them. */
export function tokenize(text: string): Token[] {
  // The regex, through matchAll, was a third of the tokenizer's time (bench/prepare-stages.ts,
  // cpu profile); the scan reads a table of units, and reads each gap once for its marks as
  // it passes (a second pass over the gaps and a regex test of the whole text for surrogates
  // were a fifth of it). Letters outside the BMP (a surrogate pair) are rare in news text:
  // such a text is left to the regex whole.
  const tokens: Token[] = [];
  const n = text.length;
  let mark = SENTENCE_END; // the first token opens a sentence
  let gapStart = 0;
  for (let i = 0; i < n;) {
    const code = text.charCodeAt(i);
    if (!isWordUnit(code)) {
      if (isSurrogate(code)) return tokenizeByRegex(text);
      if (code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x0a) mark = SENTENCE_END;
      else if (code === 0x2e && mark === NO_MARK) mark = PERIOD;
      i++;
      continue;
    }
    const start = i;
    i = wordUnitsEnd(text, i);
    // An inner hyphen or apostrophe joins the word after it: «Нью-Йорк», «O'Brien».
    while (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordUnit(text.charCodeAt(i + 1)))
      i = wordUnitsEnd(text, i + 1);
    const sentenceStart = mark === SENTENCE_END || (mark === PERIOD && !isInitialGap(tokens, text, gapStart, start));
    tokens.push({ text: text.slice(start, i), start, end: i, sentenceStart });
    mark = NO_MARK;
    gapStart = i;
  }
  return tokens;
}

function tokenizeByRegex(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const last = tokens.length === 0 ? 0 : tokens[tokens.length - 1]!.end;
    const gap = gapMarks(text, last, start);
    const sentenceStart =
      tokens.length === 0 || gap === SENTENCE_END || (gap === PERIOD && !isInitialGap(tokens, text, last, start));
    tokens.push({ text: m[0], start, end: start + m[0].length, sentenceStart });
  }
  return tokens;
}

const WORD_UNIT = 2;
const wordUnitClass = unitClasses((char) => (/[\p{L}\p{M}\p{N}]/u.test(char) ? WORD_UNIT : 1));
const isWordUnit = (code: number): boolean => wordUnitClass(code) === WORD_UNIT;
/** ' ’ - ‐ */
const isJoiner = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010;

function wordUnitsEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWordUnit(text.charCodeAt(i))) i++;
  return i;
}

const NO_MARK = 0;
const PERIOD = 1;
const SENTENCE_END = 2;

/**
 * What the gap `text[from, to)` holds: one of ! ? … or a line break (SENTENCE_END), else a
 * period (PERIOD), else neither. Read in place: a slice and a regex per token were the
 * tokenizer's main cost.
 */
function gapMarks(text: string, from: number, to: number): number {
  let found = NO_MARK;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x0a) return SENTENCE_END;
    if (c === 0x2e) found = PERIOD;
  }
  return found;
}

/** A period right after a one-letter capital (the gap `text[from, to)`) is an initial's, not a sentence's end. */
function isInitialGap(tokens: Token[], text: string, from: number, to: number): boolean {
  const prev = tokens[tokens.length - 1];
  return prev !== undefined && /^\p{Lu}$/u.test(prev.text) && /^\.\s*$/.test(text.slice(from, to));
}

/** The text between two tokens (punctuation and spaces). */
export function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/**
 * True when `text[from, to)` is one or more spaces or no-break spaces (`/^[ \u00a0]+$/`).
 * Read in place: the rules ask it of the gap after every token, and a slice and a regex each
 * time were a fifth of the Russian rules' time (cpu profile, bc20k).
 */
export function isSpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0xa0) return false;
  }
  return true;
}

/** True when tokens i and i + 1 are parted by spaces only; token i + 1 must exist. */
export const spacedAfter = (text: string, tokens: Token[], i: number): boolean =>
  isSpaces(text, tokens[i]!.end, tokens[i + 1]!.start);

/** True when `text[from, to)` is exactly `char` (one UTF-16 unit). */
export const isGapOf = (text: string, from: number, to: number, char: number): boolean =>
  to - from === 1 && text.charCodeAt(from) === char;

// Each unit's case, asked of the regex engine once: a regex per call was the largest single
// cost of names extraction, itself the largest share of the parse worker
// (bench/import-profile.ts at 20,000 files). Surrogate pairs still ask the regexes.
const UPPER = 1;
const UPPER_DIGIT_OR_HYPHEN = 2;
const KNOWN = 4;
const unitClass = unitClasses(
  (char) => KNOWN | (/\p{Lu}/u.test(char) ? UPPER : 0) | (/[\p{Lu}\p{N}-]/u.test(char) ? UPPER_DIGIT_OR_HYPHEN : 0),
);

/** True when the word begins with an upper-case letter (`/^\p{Lu}/u`). */
export function isCapitalised(word: string): boolean {
  if (word.length === 0) return false;
  const code = word.charCodeAt(0);
  return isSurrogate(code) ? /^\p{Lu}/u.test(word) : (unitClass(code) & UPPER) !== 0;
}

/**
 * isCapitalised(token.text), read from the text at the token's start: the loops over every
 * token (English names, surnames recalled) then never touch the token's own string, whose
 * load was much of their time in the parse worker (cpu profile of bench/prepare-stages.ts).
 */
export function isCapitalisedAt(text: string, token: Token): boolean {
  const code = text.charCodeAt(token.start);
  return isSurrogate(code) ? /^\p{Lu}/u.test(token.text) : (unitClass(code) & UPPER) !== 0;
}

/** True for «NATO», «STS-124»: two or more upper-case letters, and nothing but them, digits and hyphens. */
export function isAllCaps(word: string): boolean {
  if (word.length < 2) return false;
  let upper = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (isSurrogate(code)) return /^[\p{Lu}\p{N}-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
    const cls = unitClass(code);
    if (!(cls & UPPER_DIGIT_OR_HYPHEN)) return false;
    if (cls & UPPER) upper++;
  }
  return upper >= 2;
}

/**
 * The end of a run of tokens from `i`: `step(text, tokens, j)` says how many tokens from j
 * join the run (0 ends it). The step reads the gap before token j in place (isSpaces,
 * isGapOf), and is a plain function, not a closure made per run: a slice of the gap per
 * step and a closure per run were an allocation per capitalised word (heap sampling, bc20k).
 */
export function runEnd(
  text: string,
  tokens: Token[],
  i: number,
  step: (text: string, tokens: Token[], j: number) => number,
): number {
  let j = i + 1;
  while (j < tokens.length) {
    const n = step(text, tokens, j);
    if (n === 0) break;
    j += n;
  }
  return j;
}
