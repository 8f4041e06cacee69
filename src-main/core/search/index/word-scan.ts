// The analyser's words (analyzer.ts: WORD, [\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*) found
// by a scan over char codes with a table of their classes. The Unicode-property regex read
// ~20 MB/s in V8; the snippets of a page at 100k counted the words of ~400 KB of bodies
// with it, a third of a search's time (issue 20). Text with surrogate pairs (letters
// outside the BMP) goes through the regex itself.
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../../fnv1a';

/** The pattern the scan must agree with (word-scan.test.ts checks it does). */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

const LETTER_OR_MARK = 1;
const DIGIT = 2;
/** Letters whose words analyzeWord always keeps a term of (see analyzer.ts: countTokens). */
const PLAIN = 4;
/** Latin letters, digits and Cyrillic: words of these alone are cut by the stemmers at their end only. */
const LATIN_OR_CYRILLIC = 16;
/** Half of a surrogate pair: from there on the regex takes over. */
const SURROGATE = 8;
const WORD_CHAR = LETTER_OR_MARK | DIGIT;

let classes: Uint8Array | null = null;

/** Each BMP code unit's classes, from the same property escapes as WORD: built once, a few ms (archive-search.ts builds it in its warm-up). */
export function classTable(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(0x10000);
  // Every BMP char at its own index; surrogates, which cannot stand alone, as spaces.
  const all = Array.from({ length: 0x10000 }, (_, c) =>
    c >= 0xd800 && c <= 0xdfff ? ' ' : String.fromCharCode(c),
  ).join('');
  const mark = (pattern: RegExp, bit: number): void => {
    for (const m of all.matchAll(pattern)) for (let c = m.index; c < m.index + m[0].length; c++) table[c]! |= bit;
  };
  mark(/[\p{L}\p{M}]+/gu, LETTER_OR_MARK);
  mark(/\p{N}+/gu, DIGIT);
  mark(/[a-zA-Z0-9\u0400-\u04ff\u0621-\u063a\u0641-\u064a]+/g, PLAIN);
  mark(/[a-zA-Z0-9\u0400-\u04ff]+/g, LATIN_OR_CYRILLIC);
  table.fill(SURROGATE, 0xd800, 0xe000);
  return (classes = table);
}

/** The words of a text one at a time, without allocating: `start`, `end` and `plain` describe the current one. */
export class WordScanner {
  start = 0;
  end = 0;
  /** Every char of the word is a plain letter or digit (PLAIN): it cannot vanish in analysis. */
  plain = false;
  /** Every char is a Latin letter, a digit or Cyrillic (so also `plain`). */
  latinOrCyrillic = false;
  /**
   * FNV-1a of the word's UTF-16 units, taken as the scan reads them: term-ids.ts finds a
   * word by it, and hashing it in a second pass over the chars was ~a fifth of indexing's
   * word lookups (#appendText, the largest item of an import's main thread).
   */
  hash = 0;
  readonly #table = classTable();
  /** Set at the first surrogate: the regex finds the words from the one it is in on. */
  #regex: RegExp | null = null;

  constructor(readonly text: string) {}

  /** Moves to the next word; false when there is none. */
  next(): boolean {
    if (this.#regex) return this.#nextByRegex(this.#regex);
    const found = this.#nextByTable();
    if (found !== null) return found;
    // The table scan and the regex agree up to here, so the regex goes on from the last word's end.
    this.#regex = new RegExp(WORD);
    return this.#nextByRegex(this.#regex);
  }

  /** The next word, false for none, null at a surrogate. */
  #nextByTable(): boolean | null {
    const { text } = this;
    const table = this.#table;
    const n = text.length;
    let i = this.end;
    let k = 0;
    while (i < n && ((k = table[text.charCodeAt(i)]!) & WORD_CHAR) === 0) {
      if (k === SURROGATE) return null;
      i++;
    }
    if (i >= n) return false;
    const start = i;
    let all = PLAIN | LATIN_OR_CYRILLIC;
    let h = FNV_OFFSET;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      k = table[c]!;
      if ((k & WORD_CHAR) === 0) break;
      all &= k;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    // An apostrophe followed by a letter or mark joins what follows: Syria's, don't.
    while (i + 1 < n && isApostrophe(text.charCodeAt(i)) && (table[text.charCodeAt(i + 1)]! & LETTER_OR_MARK) !== 0) {
      all = 0;
      h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
      for (i += 1; i < n && (table[text.charCodeAt(i)]! & LETTER_OR_MARK) !== 0; i++)
        h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    }
    // A letter outside the BMP right after the word, or after an apostrophe there, may belong to it.
    const after = isApostrophe(text.charCodeAt(i)) ? i + 1 : i;
    if (after < n && table[text.charCodeAt(after)] === SURROGATE) return null;
    this.start = start;
    this.end = i;
    this.plain = (all & PLAIN) !== 0;
    this.latinOrCyrillic = (all & LATIN_OR_CYRILLIC) !== 0;
    this.hash = h;
    return true;
  }

  #nextByRegex(regex: RegExp): boolean {
    regex.lastIndex = this.end;
    const m = regex.exec(this.text);
    if (!m) return false;
    this.start = m.index;
    this.end = m.index + m[0].length;
    this.plain = false;
    this.latinOrCyrillic = false;
    this.hash = fnv1a(this.text, this.start, this.end);
    return true;
  }
}

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
