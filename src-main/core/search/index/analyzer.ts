// Text → index terms, the same way for documents and queries. Each token keeps its
// offsets in the original string so hits can be marked without re-tokenising.
import { stemmer as stemArabic } from '@orama/stemmers/arabic';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { WORD, WordScanner } from './word-scan';

/** Bump when analysis changes: a persisted index built with another version is rebuilt. */
export const ANALYZER_VERSION = 1;

export interface Token {
  /** The index term: normalised, then stemmed by script. */
  term: string;
  /** Normalised but not stemmed; prefix queries also match on it. */
  norm: string;
  /** `[start, end)` in the analysed string. */
  start: number;
  end: number;
}

// Letters, combining marks (Arabic tashkeel, Cyrillic й after NFD) and digits. An
// apostrophe inside a Latin word stays (Syria's, don't); hyphens split (по-прежнему,
// Аль-Яум), and a query word that splits becomes a phrase. The pattern is WORD in
// word-scan.ts; searches find words with its WordScanner.

/**
 * Every word of `text` with its term and offsets. With `initials`, a plain Latin or
 * Cyrillic word whose term cannot start with one of them is not analysed: its token has
 * '' for term and norm (the snippets and headlines of a page stemmed ~3,500 words, most
 * never seen before, to mark a few: issue 20).
 */
export function analyze(text: string, initials?: ReadonlySet<string>): Token[] {
  // A loop rather than spreading tokenize(): V8's generators cost more than the analysis.
  const tokens: Token[] = [];
  for (const w = new WordScanner(text); w.next();) {
    const initial = initials && termInitial(w);
    if (initial !== undefined && !initials!.has(initial)) {
      tokens.push({ term: '', norm: '', start: w.start, end: w.end });
      continue;
    }
    const word = analyzeWord(text.slice(w.start, w.end));
    if (word) tokens.push({ term: word.term, norm: word.norm, start: w.start, end: w.end });
  }
  return tokens;
}

/**
 * The first letter of a plain Latin or Cyrillic word's term and normalised form, without
 * analysing it: normalising lowers its case (ё to е), and the English and Russian stemmers
 * cut endings only. Undefined for any other word (the Arabic stemmer cuts prefixes too).
 */
function termInitial(w: WordScanner): string | undefined {
  if (!w.latinOrCyrillic) return undefined;
  const lower = w.text[w.start]!.toLowerCase();
  return lower === 'ё' ? 'е' : lower;
}

// A word of plain letters alone (WordScanner's `plain`) always keeps a term: analyzeWord
// strips only Arabic marks, tatweel, an article that leaves three letters, and Latin
// marks. Any other word is analysed (remembered in `seen`) to learn if it vanishes.
const isToken = (w: WordScanner): boolean => w.plain || analyzeWord(w.text.slice(w.start, w.end)) !== null;

/** How many tokens analyze() gives for `text`, stemming next to nothing. */
export function countTokens(text: string): number {
  let n = 0;
  for (const w = new WordScanner(text); w.next();) if (isToken(w)) n++;
  return n;
}

/** Where the token numbered `n` (from 0) of `text` starts, as analyze() numbers them; -1 past the last. */
export function tokenStart(text: string, n: number): number {
  let count = 0;
  for (const w = new WordScanner(text); w.next();) if (isToken(w) && count++ === n) return w.start;
  return -1;
}

/** The words of `text` one at a time, for callers that stop at the first one they want. */
export function* tokenize(text: string): Generator<Token> {
  for (const w = new WordScanner(text); w.next();) {
    const word = analyzeWord(text.slice(w.start, w.end));
    if (word) yield { term: word.term, norm: word.norm, start: w.start, end: w.end };
  }
}

// Word frequencies are steep, so most words were seen before: remembering them makes
// analysis over three times faster (corpus bodies, 640k words: 1.7 s to 0.47 s). Cleared
// when full rather than kept in LRU order, which would cost more than it saves.
const seen = new Map<string, { term: string; norm: string } | null>();
const SEEN_LIMIT = 200_000;

/** One word's normalised form and term; null when nothing searchable is left. */
export function analyzeWord(word: string): { term: string; norm: string } | null {
  let known = seen.get(word);
  if (known === undefined) {
    const norm = normalizeWord(word);
    known = norm ? { term: stemNormalized(norm), norm } : null;
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.set(word, known);
  }
  return known;
}

/** The terms of `text`, for the index (MiniSearch's tokenizer plus term processor in one). */
export function analyzeTerms(text: string): string[] {
  const terms: string[] = [];
  appendTerms(text, terms);
  return terms;
}

/**
 * Appends the terms of `text` to `out`, as analyze() would give them but without offsets:
 * the import's hot path. `match` hands back plain strings, where matchAll, the generator
 * and a Token per word cost 6 s of a 100,000-article import.
 */
export function appendTerms(text: string, out: string[]): void {
  const words = text.match(WORD);
  if (!words) return;
  for (const w of words) {
    const word = analyzeWord(w);
    if (word) out.push(word.term);
  }
}

const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g; // tashkeel, Quranic marks, tatweel
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ → ا
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
// The article with an optional conjunction (و, ف) or preposition (ب, ل as لل). The Snowball
// stemmer strips ال itself but not وال/فال, and strips a leading و only from words without
// the article, so الوزير and وزير would stem apart. Stripping it first makes the stemmer see
// the same bare word either way. At least three letters must remain (الله, ألف stay whole).
const ARABIC_ARTICLE = /^[وف]?(?:ال|بال|لل)(?=\p{L}{3})/u;
const LATIN_MARKS = /\p{M}/gu;
const HAS_LATIN = /\p{Script=Latin}/u;

/** Case, compatibility forms, ё, Arabic diacritics and letter variants folded; '' for nothing left. */
export function normalizeWord(word: string): string {
  let w = word.normalize('NFKC').toLowerCase().replace(/’/g, "'");
  if (/[\u0600-\u06ff]/.test(w)) {
    w = w
      .replace(ARABIC_MARKS, '')
      .replace(ARABIC_ARTICLE, '') // before unifying alef: the article's alef is always bare, إلكتروني has none
      .replace(ALEF_FORMS, 'ا')
      .replace(/ی/g, 'ي') // Persian yeh and kaf, common in Arabic typed on Persian layouts
      .replace(/ک/g, 'ك');
  } else if (HAS_LATIN.test(w)) {
    w = w.normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC');
  }
  return w
    .replace(/ё/g, 'е')
    .replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .replace(/'s$|'$/, '');
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /^[a-z0-9']*[a-z][a-z0-9']*$/;

/** Stems a normalised word with the Snowball stemmer of its script; other scripts pass as they are. */
export function stemNormalized(norm: string): string {
  if (CYRILLIC.test(norm)) return stemRussian(norm);
  if (ARABIC.test(norm)) return stemArabic(norm);
  if (LATIN.test(norm)) return stemLatin(norm);
  return norm;
}

/**
 * Porter2, plus a small rule so a demonym meets its country, which Porter2 keeps apart
 * (syrian/syria, iraqi/iraq; it even cuts israeli to isra). Applied at index and query
 * time alike:
 * - a word ending in -i (5+ letters) or -is (6+) whose base without that ending is
 *   already its own stem becomes the base: Iraqi(s) → iraq, Israeli(s) → israel,
 *   Kuwaiti → kuwait, Saudis → saud;
 * - then a stem of 5+ letters ending in -an drops the n: Syrian(s) and Syria → syria,
 *   Russian → russia, American → america, Pakistan and Pakistani → pakista.
 * On the corpus vocabulary this joins 114 groups Porter2 keeps apart. Besides demonyms
 * they are mostly Arabic name variants (Jaafar/Jaafari, Golan/Golani); the ordinary
 * words it joins are few: Willis/will, Francis/France, Annan/Anna, Roman/Roma,
 * Martini/Martin, median/media; woman → woma and human → huma meet nothing new.
 * It misses demonyms that change their stem (Iranian/Iran, Ukrainian/Ukraine,
 * Egyptian/Egypt, Lebanese/Lebanon).
 */
export function stemLatin(word: string): string {
  const base =
    word.length >= 6 && word.endsWith('is')
      ? word.slice(0, -2)
      : word.length >= 5 && word.endsWith('i')
        ? word.slice(0, -1)
        : null;
  const stem = base !== null && stemEnglish(base) === base ? base : stemEnglish(word);
  return stem.length >= 5 && stem.endsWith('an') ? stem.slice(0, -1) : stem;
}
