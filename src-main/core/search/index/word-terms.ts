// The index terms of a text's words, remembered by the words' UTF-16 units: the import's
// hot path (fieldTokens, every title and paragraph). A word is found by WordScanner and
// looked up here by a hash of its units read in place, so a word seen before costs no
// substring and no Map look-up. With `text.match` and a Map keyed by the word strings,
// those two were most of the tokens' time (bench/prepare-stages.ts `tokens`, cpu profile
// over 20,000 files: 5.5 M words, 65 k distinct; the Map's string hashing and the
// substrings' garbage cost over twice the analysis they saved).
import { analyzeWord } from './analyzer';
import { WordScanner } from './word-scan';

/** Slots of the table, a power of two; cleared when half full rather than grown, as analyzer.ts clears its `seen`. */
const SLOTS = 1 << 17;
const MASK = SLOTS - 1;

let words: (string | undefined)[] = new Array<string | undefined>(SLOTS);
let terms: (string | null)[] = new Array<string | null>(SLOTS);
const hashes = new Int32Array(SLOTS);
let filled = 0;

/**
 * Appends the terms of `text` to `out`, as analyzer.ts appendTerms gives them: the same
 * words (WordScanner agrees with its WORD), each analysed by analyzeWord.
 */
export function appendWordTerms(text: string, out: string[]): void {
  for (const w = new WordScanner(text); w.next();) {
    const term = termAt(text, w.start, w.end);
    if (term !== null) out.push(term);
  }
}

/** The term of the word `text[start, end)`; null when analysis leaves nothing searchable. */
function termAt(text: string, start: number, end: number): string | null {
  // FNV-1a over the units: the word's own hash, read where it lies.
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const length = end - start;
  for (let slot = h & MASK; ; slot = (slot + 1) & MASK) {
    const word = words[slot];
    if (word === undefined) return remember(text.slice(start, end), h);
    if (hashes[slot] === h && word.length === length && text.startsWith(word, start)) return terms[slot]!;
  }
}

function remember(word: string, h: number): string | null {
  if (filled * 2 >= SLOTS) {
    words = new Array<string | undefined>(SLOTS);
    terms = new Array<string | null>(SLOTS);
    filled = 0;
  }
  let slot = h & MASK;
  while (words[slot] !== undefined) slot = (slot + 1) & MASK;
  const term = analyzeWord(word)?.term ?? null;
  words[slot] = word;
  terms[slot] = term;
  hashes[slot] = h;
  filled++;
  return term;
}
