// Near-duplicate fingerprints of an article's text (issue 19 §3): MinHash over word
// shingles, by one-permutation hashing. Every shingle is hashed once and lands in one of
// SIGNATURE_BINS bins by its hash; a bin keeps its smallest hash. The share of equal bins
// of two signatures estimates the Jaccard similarity of their shingle sets (Li, Owen and
// Zhang 2012; empty bins filled from the next full bin to the right, as in Shrivastava
// 2017's densification, so short texts compare too). K independent hash functions would
// cost K hashes per shingle, and the import's budget for threads is 15% of its time.
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../fnv1a';
import { isSurrogate, unitClasses } from '../unit-classes';

/** Bins of a signature: 64 give a Jaccard estimate within ±0.06 (one sigma) at 0.5. */
export const SIGNATURE_BINS = 64;
/** Words per shingle: 3 keeps a swapped word from sharing much, and copies of a story share most of theirs. */
export const SHINGLE_WORDS = 3;
/** Texts shorter than this many words get no signature: a headline alone or a one-line alert is no story to match. */
export const MIN_WORDS = 20;

/**
 * Words of a text in any script: lower-cased, marks (Arabic harakat, accents after NFD) and
 * the tatweel dropped, so a copy that spells them otherwise still matches.
 */
export function wordsOf(text: string): string[] {
  const plain = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\p{M}\u0640]/gu, '');
  return plain.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** 32-bit FNV-1a of a word's UTF-16 units. */
function wordHash(word: string): number {
  return fnv1a(word) >>> 0;
}

// Each UTF-16 unit's part in a word, asked of the regexes once (unit-classes.ts).
const IN_WORD = 1;
const DROPPED = 2;
const BETWEEN = 3;
const roleOf = unitClasses((char) =>
  /[\p{M}\u0640]/u.test(char) ? DROPPED : /[\p{L}\p{N}]/u.test(char) ? IN_WORD : BETWEEN,
);

/**
 * `wordsOf(text).map(wordHash)` in one pass over the normalised text, with no word strings
 * and no second pass to drop marks: the signature was 7% of the parse worker's time (issue 20).
 *
 * The text is read as it is up to its first character outside ASCII, and normalised only
 * from the space before it: NFKD and the marks leave ASCII as it is, and at a space no
 * decomposition reorders and lower case looks no further (its one use of context, the final
 * sigma, stops at a space), so the text's NFKD and lower case are the two parts' own, joined.
 * Most of bc20k's English is ASCII, or is until a curly quote or a `£`, and two whole copies
 * of every text were made (wordHashes of fa-kes' records 80 → 68 ms, reuters21578's 20 → 16, sana's and bbc's a few % less).
 * A text with surrogate pairs (a few Han, emoji) takes the regex path, which reads code points.
 */
export function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  // Where the normalised part would start, and the hashes pushed before it.
  let from = 0;
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      hashes.length = kept;
      return normalisedWordHashes(text, from, hashes);
    }
    const unit = ASCII_WORD_UNIT[code]!;
    if (unit !== 0) {
      h = Math.imul(h ^ unit, FNV_PRIME);
      inWord = true;
      continue;
    }
    if (inWord) hashes.push(h >>> 0);
    h = FNV_OFFSET;
    inWord = false;
    if (ASCII_SPACE[code] !== 0) {
      from = i;
      kept = hashes.length;
    }
  }
  if (inWord) hashes.push(h >>> 0);
  return hashes;
}

/** ASCII's part in a word as the normalised text has it: letters lower-cased, and digits; 0 between words. */
const ASCII_WORD_UNIT = Uint8Array.from({ length: 0x80 }, (_, code) =>
  roleOf(code) === IN_WORD ? String.fromCharCode(code).toLowerCase().charCodeAt(0) : 0,
);

/** ASCII whitespace, where the normalised part may start. */
const ASCII_SPACE = Uint8Array.from({ length: 0x80 }, (_, code) => (/\s/.test(String.fromCharCode(code)) ? 1 : 0));

/** `hashes` (the words before `from`) and the word hashes of the text from `from` on, normalised. */
function normalisedWordHashes(text: string, from: number, hashes: number[]): number[] {
  const plain = (from === 0 ? text : text.slice(from)).normalize('NFKD').toLowerCase();
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < plain.length; i++) {
    const code = plain.charCodeAt(i);
    if (isSurrogate(code)) return wordsOf(text).map(wordHash);
    const role = roleOf(code);
    if (role === IN_WORD) {
      h = Math.imul(h ^ code, FNV_PRIME);
      inWord = true;
    } else if (role === BETWEEN && inWord) {
      hashes.push(h >>> 0);
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) hashes.push(h >>> 0);
  return hashes;
}

/** murmur3's finaliser: spreads a combined shingle hash over all 32 bits. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The signature of a text: per bin the low 16 bits of its smallest shingle hash (b-bit
 * MinHash: two unequal bins collide by chance once in 65,536, and the signature is 128
 * bytes); null when the text has fewer than MIN_WORDS words.
 */
export function signatureOf(text: string): Uint16Array | null {
  const hashes = wordHashes(text);
  if (hashes.length < MIN_WORDS) return null;
  const mins = new Uint32Array(SIGNATURE_BINS).fill(0xffffffff);
  const full = new Uint8Array(SIGNATURE_BINS);
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i++) {
    const h = mix(Math.imul(Math.imul(hashes[i]!, 31) + hashes[i + 1]!, 31) + hashes[i + 2]!);
    // The high bits choose the bin, the rest rank within it, so the two are independent.
    const bin = h >>> 26;
    const rank = h & 0x3ffffff;
    if (rank < mins[bin]!) mins[bin] = rank;
    full[bin] = 1;
  }
  return densify(mins, full);
}

/** Each empty bin takes the next full bin's value to its right (circularly), salted by the distance, so two texts fill alike. */
function densify(mins: Uint32Array, full: Uint8Array): Uint16Array {
  const out = new Uint16Array(SIGNATURE_BINS);
  for (let bin = 0; bin < SIGNATURE_BINS; bin++) {
    let from = bin;
    let hops = 0;
    while (!full[from]) {
      from = (from + 1) % SIGNATURE_BINS;
      hops++;
    }
    out[bin] = mix(mins[from]! + Math.imul(hops, 0x9e3779b9)) & 0xffff;
  }
  return out;
}

/** Estimated Jaccard similarity of the two texts' shingle sets: the share of equal bins. */
export function similarity(a: Uint16Array, b: Uint16Array, aAt = 0, bAt = 0): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_BINS; i++) if (a[aAt + i] === b[bAt + i]) same++;
  return same / SIGNATURE_BINS;
}

/** The signature as stored on the article: base64 of its little-endian bytes (172 characters). */
export function encodeSignature(signature: Uint16Array): string {
  const bytes = Buffer.alloc(SIGNATURE_BINS * 2);
  for (let i = 0; i < SIGNATURE_BINS; i++) bytes.writeUInt16LE(signature[i]!, i * 2);
  return bytes.toString('base64');
}

/** A stored signature back; null for one of another length (a damaged or older record). */
export function decodeSignature(stored: string): Uint16Array | null {
  const bytes = Buffer.from(stored, 'base64');
  if (bytes.length !== SIGNATURE_BINS * 2) return null;
  const out = new Uint16Array(SIGNATURE_BINS);
  // Bytes read by index rather than readUInt16LE, whose checks per call made this ~a third of the thread index's put() (profile of a 100k import).
  for (let i = 0; i < SIGNATURE_BINS; i++) out[i] = bytes[2 * i]! | (bytes[2 * i + 1]! << 8);
  return out;
}
