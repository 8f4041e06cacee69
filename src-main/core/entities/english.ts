// English people, organisations and places: runs of capitalised words classified by a title
// before them (President, Minister, Mr…), an organisation word inside them (Ministry, Party,
// Inc…), a place preposition or the known places seam.
import type { EntitySpan, EntityType } from './entity-types';
import { isEnglishPlace } from './known-places';
import { recallSurnames } from './russian-surnames';
import {
  isAllCaps,
  isCapitalised as capitalised,
  isCapitalisedAt,
  isSpaces,
  runEnd,
  type Token,
  tokenize,
} from './tokens';

/** «al-Assad», «bin Salman»: an Arabic surname's article or «bin» does not make it lower case. */
const isCapitalised = (w: string): boolean => capitalised(w) || isArticledName(w);
/**
 * «al-Assad», «el-Sisi», «ash-Sharaa». Most words are not capitalised: only those starting
 * with a or e and with a hyphen third or fourth can be such names, so the rest (and, at, as,
 * are…) skip the regex.
 */
const isArticledName = (w: string): boolean =>
  (w.charCodeAt(0) === 97 || w.charCodeAt(0) === 101) &&
  (w.charCodeAt(2) === 45 || w.charCodeAt(3) === 45) &&
  /^(?:al|el|ad|as|ash|ar)-\p{Lu}/u.test(w);

const TITLES = new Set(
  'Prime Vice Foreign Defence Defense Interior Deputy Former President Minister Premier King Queen Prince Princess Sheikh Emir Sultan Mr Mrs Ms Dr Gen General Col Colonel Lt Sgt Capt Captain Admiral Senator Sen Rep Governor Gov Mayor Chancellor Secretary Pope Ayatollah Imam Judge Justice Spokesman Spokeswoman Ambassador Chairman Chairwoman Director Chief Leader Commander Lord Lady Sir'.split(
    ' ',
  ),
);
// A Set, not an anchored regex of alternatives: the same words, a hash look-up instead of a regex run per word.
const ORG_WORDS = new Set(
  'Inc Corp Corporation Ltd LLC Co Company Party Ministry Department Council Agency Bank University Association Organization Organisation Union Front Army Forces Force Committee Commission Group News Times Post Press Institute Foundation Court Parliament Congress Senate Assembly Authority Federation League Movement Brigade Brigades Office Service Police Network Airlines Airways Reuters Club Fund Board Government Democrats Republicans Conservatives Tories Labour Chamber Chambers Nations Taliban Hamas Hezbollah'.split(
    ' ',
  ),
);
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'at', 'near', 'across', 'into', 'outside', 'inside']);
/** In any case; the length first (two to seven letters), as lower-casing every word before a name was a string each. */
const isPlacePreposition = (w: string): boolean =>
  w.length >= 2 && w.length <= 7 && PLACE_PREPOSITIONS.has(w.toLowerCase());
const NOT_NAMES = new Set(
  'The A An In On At For From To Of And But Or If When While After Before He She They We I It This That These Those His Her Their Its Our There Here What Who Why How As By With Without Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December According However Meanwhile Also'.split(
    ' ',
  ),
);
const JOINERS = new Set(['of', 'for', 'de', 'al', 'bin', 'ibn', 'van', 'von', 'der', 'la', 'le', 'the']);

/** The spans of people, organisations and places in an English text. */
export function extractEnglish(text: string): EntitySpan[] {
  const tokens = tokenize(text);
  const spans: EntitySpan[] = [];
  // Every token that may open a run and every token of a run, in order: all the capitalised
  // words, so recallSurnames reads a fifth of the tokens rather than walk them all again.
  const capitals: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!opensRun(text, t)) {
      i++;
      continue;
    }
    if (NOT_NAMES.has(t.text) || (TITLES.has(t.text) && i + 1 < tokens.length)) {
      capitals.push(t);
      i++;
      continue;
    }
    const end = runOfCapitals(text, tokens, i);
    for (let k = i; k < end; k++) capitals.push(tokens[k] as Token);
    const found = classify(tokens, i, end);
    if (found) spans.push(found);
    i = end;
  }
  // «Lavrov told reporters» after «Foreign Minister Sergei Lavrov»: the surname alone is him.
  return [...spans, ...recallSurnames(text, capitals, spans)];
}

/** isCapitalised(t.text), its capital read from the text (isCapitalisedAt says why). */
function opensRun(text: string, t: Token): boolean {
  return isCapitalisedAt(text, t) || isArticledName(t.text);
}

/** Capitalised words joined by spaces, an abbreviation's period, or «of»/«bin» between capitals. */
function runOfCapitals(text: string, tokens: Token[], i: number): number {
  return runEnd(text, tokens, i, capitalsStep);
}

function capitalsStep(text: string, tokens: Token[], j: number): number {
  const prev = tokens[j - 1] as Token;
  const next = tokens[j] as Token;
  if (!joinsName(text, prev, next.start)) return 0;
  if (JOINERS.has(next.text) && isCapitalised((tokens[j + 1] as Token | undefined)?.text ?? '')) return 2;
  return !isCapitalised(next.text) || NOT_NAMES.has(next.text) ? 0 : 1;
}

/**
 * The gap after `prev` up to `to` is spaces, or the period of an abbreviation (a word of three
 * letters at most: «U.S.», «Gen.») and any spaces: `/^(?:[ \u00a0]+|\.\s+|\.)$/`, read in place.
 */
function joinsName(text: string, prev: Token, to: number): boolean {
  return text.charCodeAt(prev.end) === 0x2e
    ? prev.text.length <= 3 && /^\.\s*$/.test(text.slice(prev.end, to))
    : isSpaces(text, prev.end, to);
}

function classify(tokens: Token[], start: number, to: number): EntitySpan | undefined {
  // «Industry Secretary Patricia Hewitt»: the name is what follows the last title word
  let from = start;
  for (let k = to - 2; k >= start; k--)
    if (TITLES.has((tokens[k] as Token).text)) {
      from = k + 1;
      break;
    }
  // «Party Leader …» and «Russian Foreign Ministry»: a title word inside an organisation's name is part of it.
  if (from > start && tokens.slice(start, to).some((t) => ORG_WORDS.has(t.text))) from = start;
  if (!isCapitalised((tokens[from] as Token).text)) return undefined; // «Secretary of State»
  const words = new Array<string>(to - from);
  for (let k = from; k < to; k++) words[k - from] = (tokens[k] as Token).text;
  const name = words.length === 1 ? (words[0] as string) : words.join(' ');
  const before = from > 0 ? (tokens[from - 1] as Token).text : '';
  const titled = from > start || TITLES.has(before);
  const type = typeOf(words, name, before, titled, (tokens[from] as Token).sentenceStart);
  return type && { type, start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end, name };
}

// Not a closure in classify: tsx (the benches and dev workers) wraps each closure it makes in
// a naming call, 0.6 s of the 20,000-file parse profile for this one.
function typeOf(
  words: string[],
  name: string,
  before: string,
  titled: boolean,
  sentenceStart: boolean,
): EntityType | undefined {
  if (isEnglishPlace(name)) return 'place';
  if (words.some((w) => ORG_WORDS.has(w)) || (words.length === 1 && isAllCaps(name))) return 'org';
  if (titled) return 'person';
  if (isPlacePreposition(before) && words.length <= 3) return 'place';
  if (words.length >= 2 && words.length <= 4 && !sentenceStart) return 'person';
  return undefined;
}
