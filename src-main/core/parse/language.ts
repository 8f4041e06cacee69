import { francRanking } from './franc-ranking';
import { unitClasses } from '../unit-classes';
import { toIso6391 } from './language-codes';

// franc compares trigram profiles: dependable on a few paragraphs, unsteady on a headline
// and a sentence (`Kennedy questions trust of Blair…` scores French first). So the script is
// decided first, and inside a script franc is narrowed and then checked against the few
// letters and function words that settle the common confusions.

/** franc reads at most 2,048 characters, and its cost grows with them; 1,200 decide any real article. */
const SAMPLE = 1200;
/** Fewer letters than this are too few for franc to mean anything. */
const SHORT = 40;
/** Below this many letters franc's Latin-script answer needs function-word support. */
const MEDIUM = 150;
/** franc candidates scoring this close to the best are treated as a tie. */
const NEAR_TIE = 0.9;

const ARABIC_SCRIPT_LANGS = ['arb', 'pes', 'urd', 'pbu', 'skr'];

type Script = 'Latin' | 'Cyrillic' | 'Arabic' | 'Han' | 'Kana' | 'Hangul' | 'Other';

// What each script is, as the regex engine knows it; asked once per distinct character.
const SCRIPT_LETTERS: ReadonlyArray<[Exclude<Script, 'Other'>, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Han', /\p{Script=Han}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
];
const LETTER = /\p{L}/u;
const NO_SCRIPT = SCRIPT_LETTERS.length;
const IS_LETTER = 8;
/** A high surrogate: the class is its pair's, read by code point. */
const SURROGATE = 16;
// Counting with a regex per script cost ~55 µs a record (7 passes, an array of matches
// each): 5.5 s of a 100,000-file import. A character's class never changes, so each BMP
// code unit is classified once, stored as 1 + script index (NO_SCRIPT: none) | IS_LETTER.
const BMP_CLASSES = new Uint8Array(0x10000);

/** ISO 639-1 code of the text's language, or `und`. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE);
  const { script, letters } = dominantScript(text, sample.length);
  if (letters < 3) return 'und';
  switch (script) {
    case 'Han':
      return 'zh';
    case 'Kana':
      return 'ja';
    case 'Hangul':
      return 'ko';
    case 'Cyrillic':
      return cyrillicLanguage(sample, letters);
    case 'Arabic':
      return arabicScriptLanguage(sample, letters);
    case 'Latin':
      return latinLanguage(sample, letters);
    default:
      return letters < SHORT ? 'und' : toIso6391(francRanking(sample)[0]?.[0] ?? 'und');
  }
}

/**
 * detectLanguage of `parts` joined by line breaks, joining only as many as its sample reads:
 * a long report's whole text was joined (and then cut to SAMPLE) for every record.
 */
export function detectLanguageOfParts(parts: readonly string[]): string {
  let count = 0;
  for (let length = -1; count < parts.length && length < SAMPLE; count++) length += parts[count]!.length + 1;
  // join, not +=: a concatenated string is read a character at a time far more slowly than a flat one.
  return detectLanguage(parts.slice(0, count).join('\n'));
}

function dominantScript(text: string, length: number): { script: Script; letters: number } {
  const counts = countScripts(text, length);
  const ranked = (Object.entries(counts) as [Script, number][]).sort((x, y) => y[1] - x[1]);
  let [best, bestCount] = ranked[0] ?? ['Other', 0];
  const letters = ranked.reduce((sum, [, n]) => sum + n, 0);
  // Latin names and brands sprinkle Russian and Arabic copy (`Facebook готовит конкурента
  // Microsoft Teams и Zoom`); a real share of another script means the text is in that one.
  const [second, secondCount] = ranked[1] ?? ['Other', 0];
  if (best === 'Latin' && second !== 'Other' && secondCount >= bestCount * 0.3)
    [best, bestCount] = [second, secondCount];
  // Japanese mixes kanji with kana; any real share of kana makes Han text Japanese.
  if (best === 'Han' && (counts.Kana ?? 0) > bestCount * 0.1) best = 'Kana';
  return { script: best, letters };
}

function classOf(char: string): number {
  const index = SCRIPT_LETTERS.findIndex(([, pattern]) => pattern.test(char));
  const surrogate = char.length === 1 && char.charCodeAt(0) >= 0xd800 && char.charCodeAt(0) <= 0xdbff;
  return 1 + (index < 0 ? NO_SCRIPT : index) + (LETTER.test(char) ? IS_LETTER : 0) + (surrogate ? SURROGATE : 0);
}

/** The class of a code point (see BMP_CLASSES). */
function classAt(point: number): number {
  // Characters beyond the BMP (a few Han) are rare enough to ask the regexes every time.
  if (point > 0xffff) return classOf(String.fromCodePoint(point));
  return BMP_CLASSES[point] || (BMP_CLASSES[point] = classOf(String.fromCharCode(point)));
}

/**
 * Characters of each script, and letters in none of them (`Other`), in the scripts' order,
 * among the first `length` of `text`: read in the whole text, not a slice of it, whose every
 * character is reached through its parent (1 µs of a record's 3.5).
 */
function countScripts(text: string, length: number): Partial<Record<Script, number>> {
  const perScript = new Int32Array(NO_SCRIPT + 1);
  let letters = 0;
  for (let i = 0; i < length; i++) {
    // charCodeAt and the table inline: codePointAt and a call per character were 4% of a
    // parse worker's time (bench/prepare-stages.ts). A surrogate pair is read whole, but
    // not across the end, where the sample cuts it.
    let cls = BMP_CLASSES[text.charCodeAt(i)]!;
    if (cls === 0 || (cls & SURROGATE) !== 0) {
      const point = i + 1 < length ? text.codePointAt(i)! : text.charCodeAt(i);
      if (point > 0xffff) i++;
      cls = classAt(point);
    }
    perScript[(cls & (IS_LETTER - 1)) - 1]!++;
    if (cls & IS_LETTER) letters++;
  }
  const counts: Partial<Record<Script, number>> = {};
  let inScripts = 0;
  SCRIPT_LETTERS.forEach(([script], index) => {
    const n = perScript[index]!;
    if (n > 0) counts[script] = n;
    inScripts += n;
  });
  // As before: letters less every character of a listed script, marks and digits included.
  const other = letters - inScripts;
  if (other > 0) counts.Other = other;
  return counts;
}

// franc confuses short Russian with Ukrainian or Bulgarian, so it only chooses among the
// Cyrillic languages whose own letters occur in the text; with none of them it is Russian.
// Ukrainian, Bulgarian and Serbian have no ы, э or ё, so those letters rule them out.
const CYRILLIC_MARKERS: ReadonlyArray<[string, RegExp]> = [
  ['ukr', /[іїєґ]/iu],
  ['bel', /ў.*і|і.*ў/isu],
  // Russian writes ъ only before е, ё, ю, я (`объявила`); Bulgarian writes it anywhere (`във`).
  ['bul', /ъ[^еёюя]/iu],
  ['srp', /[јљњђћџ]/iu],
  ['kaz', /[әңөұүһ]/iu],
  ['uzn', /[ўқғҳ]/iu],
];
const LACK_Y_AND_E = new Set(['ukr', 'bul', 'srp']);

function cyrillicLanguage(sample: string, letters: number): string {
  const russianLetters = /[ыэё]/iu.test(sample);
  const others = CYRILLIC_MARKERS.filter(
    ([code, marker]) => marker.test(sample) && !(russianLetters && LACK_Y_AND_E.has(code)),
  );
  if (others.length === 0) return 'ru';
  if (letters < SHORT) return others.length === 1 ? toIso6391(others[0]![0]) : 'ru';
  const code = francRanking(sample, ['rus', ...others.map(([c]) => c)])[0]?.[0] ?? 'rus';
  return toIso6391(code === 'und' ? 'rus' : code);
}

// Persian, Urdu and Pashto write ی and ک where Arabic writes ي and ك, so without those
// letters the text is Arabic whatever franc says about a short sample.
function arabicScriptLanguage(sample: string, letters: number): string {
  if (!/[\u06a9\u06cc]/u.test(sample) || letters < SHORT) return 'ar';
  const code = francRanking(sample, ARABIC_SCRIPT_LANGS)[0]?.[0] ?? 'arb';
  return toIso6391(code);
}

// The most frequent function words: on a headline and a sentence they out-vote franc's
// trigram near-ties (BBC `Public show for Reynolds portrait…` scores Dutch 1.0, English 0.99).
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  eng: new Set(
    'the of and to a an in is was were for on that with as has had have are by at from it its his her she he they them their who will said after be been can not but this about up could would'.split(
      ' ',
    ),
  ),
  spa: new Set('el la de que y en los las del por con una para es se al lo'.split(' ')),
  fra: new Set('le la les de des du et est en un une que pour dans sur au qui pas'.split(' ')),
  deu: new Set('der die das und ist nicht den dem mit von zu auf für ein eine sich im'.split(' ')),
  por: new Set('o os de que e do da em um uma para com não dos das no na'.split(' ')),
  ita: new Set('il di che e la per un una del della non sono con gli le nel è'.split(' ')),
  nld: new Set('de het een en van is dat op te in zijn niet met voor die'.split(' ')),
};

function latinLanguage(sample: string, letters: number): string {
  const words = functionWordCounts(sample.toLowerCase());
  const { hits } = words;
  const byWords = functionWordWinner(hits, words.length);
  const wordsSay = byWords ? toIso6391(byWords.code) : null;
  if (letters < SHORT) return wordsSay ?? 'und';
  // Function words are a third of running prose; when a long text's share is that clear, the
  // answer is settled and franc's trigram pass (about a millisecond per record) is skipped.
  if (wordsSay && words.length >= 40 && (byWords?.share ?? 0) >= 0.2) return wordsSay;
  const ranked = francRanking(sample);
  const top = ranked[0]?.[0] ?? 'und';
  const tied = ranked.filter(([, score]) => score >= NEAR_TIE).map(([code]) => toIso6391(code));
  if (wordsSay && tied.includes(wordsSay)) return wordsSay;
  // franc's answer must be borne out by that language's own function words: always where we
  // have a list (Reuters earnings tables, `Shr 64 cts vs 55 cts Net 14.0 mln…`, score French),
  // and for any language on a line or two (fa-kes `Russian strikes kill 34 civilians in
  // Syrias Deir Ezzor Monitor AFP…` scores Swedish).
  if ((top in FUNCTION_WORDS || letters < MEDIUM) && hitsOf(hits, top) < 2) return 'und';
  return toIso6391(top);
}

/** The languages with function words, in FUNCTION_WORDS' order: the order breaks ties. */
const LANGUAGES = Object.keys(FUNCTION_WORDS);

/** For each function word, the languages (their places in LANGUAGES) it is one of. */
const FUNCTION_WORD_LANGUAGES = new Map<string, number[]>();
for (const [index, code] of LANGUAGES.entries()) {
  for (const word of FUNCTION_WORDS[code]!)
    FUNCTION_WORD_LANGUAGES.set(word, [...(FUNCTION_WORD_LANGUAGES.get(word) ?? []), index]);
}

/** Function words of `code` counted in `hits`; 0 for a language without a list. */
function hitsOf(hits: Int32Array, code: string): number {
  const index = LANGUAGES.indexOf(code);
  return index < 0 ? 0 : hits[index]!;
}

/** The longest function word: a longer word is none, and is not looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORD_LANGUAGES.keys()].map((w) => w.length));

const LETTER_UNIT = 2;
const letterUnit = unitClasses((char) => (LETTER.test(char) ? LETTER_UNIT : 1));

/**
 * The words of `lower` (its runs of letters, as `/\p{L}+/gu` finds them): how many, and how
 * many are function words of each language (by its place in LANGUAGES). A scan over a table
 * of letters that makes a string only of words short enough to be a function word: the
 * regex's array of every word, each looked up, was 2% of the parse worker's time (cpu
 * profile, 20,000 files; every Latin-script record comes here). Counted in an array, not a
 * Map by language code through a closure (a third of this function's time in a profile of
 * 14,222 records). Text with surrogate pairs goes through the regex.
 */
function functionWordCounts(lower: string): { length: number; hits: Int32Array } {
  const hits = new Int32Array(LANGUAGES.length);
  if (/[\ud800-\udfff]/.test(lower)) {
    const words = lower.match(/\p{L}+/gu) ?? [];
    for (const word of words) countFunctionWord(hits, word);
    return { length: words.length, hits };
  }
  let length = 0;
  for (let i = 0; i < lower.length;) {
    if (letterUnit(lower.charCodeAt(i)) !== LETTER_UNIT) {
      i++;
      continue;
    }
    const start = i;
    while (i < lower.length && letterUnit(lower.charCodeAt(i)) === LETTER_UNIT) i++;
    length++;
    if (i - start <= LONGEST_FUNCTION_WORD) countFunctionWord(hits, lower.slice(start, i));
  }
  return { length, hits };
}

function countFunctionWord(hits: Int32Array, word: string): void {
  const languages = FUNCTION_WORD_LANGUAGES.get(word);
  if (languages) for (let k = 0; k < languages.length; k++) hits[languages[k]!]!++;
}

/**
 * The language (ISO 639-3) whose function words make up a clear share of the text, or null.
 * The first and second by share, ties to the earlier language, as a stable sort gives them.
 */
function functionWordWinner(hits: Int32Array, wordCount: number): { code: string; share: number } | null {
  if (wordCount < 4) return null;
  let first = 0;
  let second = -1;
  for (let index = 1; index < hits.length; index++) {
    if (hits[index]! > hits[first]!) {
      second = first;
      first = index;
    } else if (second < 0 || hits[index]! > hits[second]!) second = index;
  }
  const share = hits[first]! / wordCount;
  if (share * wordCount < 2 || share < 0.08) return null;
  return second >= 0 && (hits[second]! / wordCount) * 1.5 > share ? null : { code: LANGUAGES[first]!, share };
}
