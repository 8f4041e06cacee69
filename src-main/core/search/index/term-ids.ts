// An article's index terms as numbers, read off its texts without slicing out a string per
// word. Analysing (appendTerms: a regex match, a memo lookup per word, an array of terms)
// and then numbering each term for the segment (PendingSegment's Map lookup per token) was
// about a third of the main thread's CPU in an import (20,000 files, cpu profile of
// bench/import-profile.ts). Here a word is found by its chars in a table of the words met,
// which gives its term's id at once; a term is analysed once per word and numbered once
// per dictionary and segment (PendingSegment.addIds). bench/term-ids.ts: 18,761 articles
// indexed and sealed in 1.8 s rather than 2.7 s, the same segments.
//
// Done on the main thread, not in the parse workers, though they have the texts first:
// moving it there (ids sent with each file, and each term the first time a worker met it)
// took 2.3-2.9 s off the main thread at 20,000 files but added 3.7-3.9 s to the two workers
// (bench/import-profile.ts, runs in turn at load 8-12), which were the longer threads already.
import { analyzeWord } from './analyzer';
import type { IndexDoc } from './index-doc';
import { WordScanner } from './word-scan';

/** Ends a text (the title, a paragraph): the next one starts a position further on, so no phrase spans two. */
export const TEXT_END = -1;
/** Ends a field; the fields come in INDEX_FIELDS order. */
export const FIELD_END = -2;

/** One article's terms: ids into `dictionary`, each text closed by TEXT_END and each field by FIELD_END. */
export interface ArticleTerms {
  dictionary: readonly string[];
  ids: Int32Array;
}

/** Past this many terms a new dictionary is started, so it does not grow without end (analyzer.ts's memo is as large). */
const MAX_TERMS = 200_000;
/** Words remembered with their term's id; cleared when full, as analyzer.ts's own memo is. */
const MAX_WORDS = 200_000;

/** The texts of an article's fields, in INDEX_FIELDS order. */
export function docTexts(doc: IndexDoc): readonly (readonly string[])[] {
  return [[doc.title], doc.body, [doc.place], [doc.agency]];
}

/** Numbers terms in the order first met; its dictionary lists them by id. */
export class TermEncoder {
  #dictionary: string[] = [];
  #termIds = new Map<string, number>();
  #words = new WordTable();
  #ids = new Int32Array(1 << 12);
  #length = 0;

  /** `maxTerms`: how many terms a dictionary takes before a new one starts (smaller in tests). */
  constructor(private readonly maxTerms = MAX_TERMS) {}

  /** The article's terms; the ids are overwritten by the next call. */
  encode(doc: IndexDoc): ArticleTerms {
    if (this.#dictionary.length >= this.maxTerms) {
      // A new array: PendingSegment knows a dictionary by identity.
      this.#dictionary = [];
      this.#termIds = new Map();
      this.#words = new WordTable();
    }
    this.#length = 0;
    for (const texts of docTexts(doc)) {
      for (let i = 0; i < texts.length; i++) {
        this.#appendText(texts[i]!);
        this.#push(i + 1 < texts.length ? TEXT_END : FIELD_END);
      }
      if (texts.length === 0) this.#push(FIELD_END);
    }
    // A view, not a copy: PendingSegment.addIds reads it at once, and an ArrayBuffer per article costs more.
    return { dictionary: this.#dictionary, ids: this.#ids.subarray(0, this.#length) };
  }

  #appendText(text: string): void {
    const words = this.#words;
    for (const w = new WordScanner(text); w.next();) {
      const hash = w.hash;
      let id = words.find(text, w.start, w.end, hash);
      if (id === undefined) {
        id = this.#termId(text.slice(w.start, w.end));
        words.add(text, w.start, w.end, hash, id);
      }
      if (id >= 0) this.#push(id);
    }
  }

  /** The id of the word's term, -1 when nothing searchable is left of it. */
  #termId(word: string): number {
    const term = analyzeWord(word)?.term;
    if (term === undefined) return -1;
    let id = this.#termIds.get(term);
    if (id === undefined) {
      id = this.#dictionary.length;
      this.#termIds.set(term, id);
      this.#dictionary.push(term);
    }
    return id;
  }

  #push(value: number): void {
    if (this.#length === this.#ids.length) {
      const grown = new Int32Array(this.#ids.length * 2);
      grown.set(this.#ids);
      this.#ids = grown;
    }
    this.#ids[this.#length++] = value;
  }
}

let encoder: TermEncoder | null = null;

/** An article's terms, numbered by this thread's one encoder. */
export function articleTerms(doc: IndexDoc): ArticleTerms {
  return (encoder ??= new TermEncoder()).encode(doc);
}

/**
 * Words met, with their term's id, found by their chars where they stand in the text: a
 * Map needs each word sliced out as a string first. A slot holds the word's hash, its id and
 * where its chars are in one pool, so a lookup touches two places in memory rather than
 * five (slots, hashes, ids, the words array, the word string): 2.3 s to 1.9 s of thread CPU
 * over the texts of bc20k's 20,001 articles as the parse had just made them.
 */
class WordTable {
  /** Per slot: hash, id, where the chars start in #chars, length + 1 (0: a free slot). */
  #slots = new Int32Array(4 * 1024);
  #chars = new Uint16Array(1 << 16);
  #used = 0;
  #count = 0;

  /** The id of the word at [start, end) of `text`, undefined when not met. */
  find(text: string, start: number, end: number, hash: number): number | undefined {
    const slots = this.#slots;
    const mask = (slots.length >> 2) - 1;
    const length = end - start;
    for (let s = (hash & mask) << 2; ; s = (s + 4) & (mask << 2)) {
      const stored = slots[s + 3]! - 1;
      if (stored < 0) return undefined;
      if (slots[s] === hash && stored === length && this.#same(slots[s + 2]!, text, start, length)) return slots[s + 1];
    }
  }

  add(text: string, start: number, end: number, hash: number, id: number): void {
    if (this.#count >= MAX_WORDS) this.#clear();
    if (2 * (this.#count + 1) > this.#slots.length >> 2) this.#grow();
    const length = end - start;
    if (this.#used + length > this.#chars.length) {
      const grown = new Uint16Array(Math.max(2 * this.#chars.length, this.#used + length));
      grown.set(this.#chars.subarray(0, this.#used));
      this.#chars = grown;
    }
    const at = this.#used;
    for (let i = 0; i < length; i++) this.#chars[at + i] = text.charCodeAt(start + i);
    this.#used += length;
    this.#count++;
    this.#place(hash, id, at, length);
  }

  #same(at: number, text: string, start: number, length: number): boolean {
    const chars = this.#chars;
    for (let i = 0; i < length; i++) if (chars[at + i] !== text.charCodeAt(start + i)) return false;
    return true;
  }

  #place(hash: number, id: number, at: number, length: number): void {
    const slots = this.#slots;
    const mask = (slots.length >> 2) - 1;
    let s = (hash & mask) << 2;
    while (slots[s + 3] !== 0) s = (s + 4) & (mask << 2);
    slots[s] = hash;
    slots[s + 1] = id;
    slots[s + 2] = at;
    slots[s + 3] = length + 1;
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Int32Array(old.length * 2);
    for (let s = 0; s < old.length; s += 4)
      if (old[s + 3] !== 0) this.#place(old[s]!, old[s + 1]!, old[s + 2]!, old[s + 3]! - 1);
  }

  #clear(): void {
    this.#slots.fill(0);
    this.#used = 0;
    this.#count = 0;
  }
}
