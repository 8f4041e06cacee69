// Russian people, organisations and places: runs of capitalised words classified by the
// words around them (titles, organisation kinds, place prepositions), a first-name lexicon,
// patronymic and surname endings, and the known places seam; names are put in the
// nominative. Fitted on FactRuEval-2016's development texts (bench/ner.ts scores it).
import type { EntitySpan, EntityType } from './entity-types';
import { isRussianPlacePhrase, russianPlace } from './known-places';
import { type Gender, patronymicLemma, surnameLemma } from './russian-forms';
import {
  ABBREVIATED_PLACES,
  COMMON_ABBREVIATIONS,
  LATIN_FIRST_NAMES,
  FIRST_NAME_FORMS,
  FIRST_NAMES,
  NOT_NAMES,
  ORG_WORD,
  ORG_CUES,
  PERSON_CUES,
  PLACE_PREPOSITIONS,
} from './russian-lexicon';
import {
  bodyOfPlaceSpan,
  domainSpan,
  orgAdjectiveSpan,
  orgHeadSpan,
  placeDescriptorSpan,
  quotedOrgSpan,
} from './russian-phrases';
import { isAllCaps, isCapitalised, isGapOf, isSpaces, runEnd, type Token, tokenize } from './tokens';
import { recallSurnames } from './russian-surnames';

const SURNAME_END =
  /(ов|ев|ёв|ин|ын|ский|цкий|ская|цкая|ова|ева|ина|ых|их|енко|ук|юк|швили|дзе|ян|янц|ко)(а|у|ым|ом|е|ой|ого|ому|им)?$/;
const ADJECTIVE_END = /(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ыми|ими|ым|им|ую|юю|ых|их)$/;
const TRAILING_ADJECTIVE = /(?:ой|ая|ую|ые|ых|ое|ого|ому)$/;
const LATIN = /^[A-Za-z][A-Za-z0-9'’-]*$/;

/** The spans of people, organisations and places in a Russian text. */
export function extractRussian(text: string): EntitySpan[] {
  const tokens = tokenize(text);
  const spans: EntitySpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase =
      domainSpan(text, tokens, i) ??
      quotedOrgSpan(text, tokens, i) ??
      orgAdjectiveSpan(text, tokens, i) ??
      orgHeadSpan(text, tokens, i) ??
      bodyOfPlaceSpan(text, tokens, i) ??
      placeDescriptorSpan(text, tokens, i);
    if (phrase) {
      spans.push(...phrase.spans);
      i = phrase.next;
      continue;
    }
    if (!opensName(text, tokens, i)) {
      i++;
      continue;
    }
    const end = phraseInside(text, tokens, i, runOfCapitals(text, tokens, i));
    spans.push(...classifyRun(text, tokens, i, end));
    i = end;
  }
  return [...spans, ...recallSurnames(text, tokens, spans)];
}

/** «Реконструкция Большого театра»: a run of capitals ends where a phrase (an organisation or place) begins. */
function phraseInside(text: string, tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++)
    if (orgAdjectiveSpan(text, tokens, k) ?? orgHeadSpan(text, tokens, k) ?? placeDescriptorSpan(text, tokens, k))
      return k;
  return to;
}

function opensName(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !isCapitalised(t.text) || /^\p{N}/u.test(t.text)) return false;
  if (isInitial(text, tokens, i)) return true;
  // «Представитель ФСБ…»: a title or kind of organisation opening a sentence is a common noun
  const lower = t.text.toLowerCase();
  if (t.sentenceStart && (PERSON_CUES.test(lower) || ORG_CUES.test(lower))) return false;
  return !NOT_NAMES.has(t.text);
}

/** Tokens i..end-1 are capitalised and joined only by spaces or an initial's period. */
function runOfCapitals(text: string, tokens: Token[], i: number): number {
  return runEnd(text, tokens, i, capitalsStep);
}

function capitalsStep(text: string, tokens: Token[], j: number): number {
  const next = (tokens[j] as Token).text;
  const from = (tokens[j - 1] as Token).end;
  const to = (tokens[j] as Token).start;
  if (isGapOf(text, from, to, 0x2e) && /^(?:com|ru|net|org|info|ua)$/.test(next)) return 1; // «Lenta.ru»
  // «Corriere della Sera», «Harles und Jentzsch»: a Latin particle between Latin capitals
  const after = tokens[j + 1]?.text ?? '';
  if (
    isGapOf(text, from, to, 0x20) &&
    /^(?:of|the|de|della|del|di|da|du|des|la|le|und|and|for|van|von)$/.test(next) &&
    LATIN.test(after) &&
    isCapitalised(after)
  )
    return 2;
  if (!isInitial(text, tokens, j - 1) && !isSpaces(text, from, to)) return 0;
  return !isCapitalised(next) || (NOT_NAMES.has(next) && !isInitial(text, tokens, j)) ? 0 : 1;
}

/** A one-letter capital, a period and another capitalised word: «В. В. Путин», «В.Путин». */
function isInitial(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return (
    /^\p{Lu}$/u.test(t.text) &&
    text[t.end] === '.' &&
    next !== undefined &&
    isCapitalised(next.text) &&
    next.start - t.end <= 2
  );
}

function span(type: EntityType, tokens: Token[], from: number, to: number, name: string): EntitySpan {
  return { type, start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end, name };
}

/** Splits a run at known places and where a person's name begins («КНР Ху Цзиньтао»). */
function classifyRun(text: string, tokens: Token[], from: number, to: number): EntitySpan[] {
  // «Архитектор Ираклий Лолашвили», «Пресс-служба Кадырова»: a common noun capitalised by the sentence
  const head = (tokens[from] as Token).text;
  if (to - from > 1 && (PERSON_CUES.test(head.toLowerCase()) || ORG_CUES.test(head.toLowerCase())))
    return classifyRun(text, tokens, from + 1, to);
  // «ФИДЕ Илюмжинов»: an abbreviation before a name stands apart
  if (to - from > 1 && isAllCaps(head) && !isAllCaps((tokens[from + 1] as Token).text))
    return [...classifyPart(tokens, from, from + 1), ...classifyRun(text, tokens, from + 1, to)];
  const personAt = personStart(text, tokens, from, to);
  if (personAt !== undefined && personAt > from)
    return [...classifyRun(text, tokens, from, personAt), ...classifyRun(text, tokens, personAt, to)];
  if (personAt === from) {
    // «Роман Коноплев Русской (церкви)»: an adjective after the surname starts another name
    const beforeLast = tokens[to - 2]?.text ?? '';
    const afterSurname = !FIRST_NAME_FORMS.has(beforeLast) && !patronymicLemma(beforeLast);
    const end = to - from > 2 && afterSurname && TRAILING_ADJECTIVE.test((tokens[to - 1] as Token).text) ? to - 1 : to;
    return [span('person', tokens, from, end, personName(words(tokens, from, end)))];
  }
  const out: EntitySpan[] = [];
  let start = from;
  for (let k = from; k < to && to - from > 1; k++) {
    const place =
      russianPlace((tokens[k] as Token).text) ??
      (ABBREVIATED_PLACES.has((tokens[k] as Token).text) ? (tokens[k] as Token).text : undefined);
    if (!place || (k > from && ADJECTIVE_END.test((tokens[k - 1] as Token).text))) continue;
    if (k > start) out.push(...classifyPart(tokens, start, k));
    out.push(span('place', tokens, k, k + 1, place));
    start = k + 1;
  }
  if (start < to) out.push(...classifyPart(tokens, start, to));
  return out;
}

const words = (tokens: Token[], from: number, to: number): string[] => tokens.slice(from, to).map((t) => t.text);

/** Where a first name, patronymic or initial shows a person's name begins in the run. */
function personStart(text: string, tokens: Token[], from: number, to: number): number | undefined {
  for (let k = from; k < to; k++) {
    const w = (tokens[k] as Token).text;
    if (FIRST_NAME_FORMS.has(w) || isInitial(text, tokens, k)) return k;
    if (patronymicLemma(w)) return Math.max(from, k - 1);
  }
  return undefined;
}

function classifyPart(tokens: Token[], from: number, to: number): EntitySpan[] {
  const ws = words(tokens, from, to);
  const joined = ws.join(' ');
  const before = from > 0 ? (tokens[from - 1] as Token).text.toLowerCase() : '';
  const first = tokens[from] as Token;
  if (ws.length === 1) {
    const w = ws[0] as string;
    if (ABBREVIATED_PLACES.has(w)) return [span('place', tokens, from, to, w)];
    if (COMMON_ABBREVIATIONS.has(w) || (isAllCaps(w) && /\d/.test(w))) return []; // «СМИ», «STS-124»: no one's name
    if (isAllCaps(w) || ORG_WORD.test(w)) return [span('org', tokens, from, to, w)];
    const place = russianPlace(w);
    if (place) return [span('place', tokens, from, to, place)];
  } else if (isRussianPlacePhrase(joined)) return [span('place', tokens, from, to, russianPlace(joined) ?? joined)];
  // names in Latin script inside Russian copy are mostly media and companies: «La Stampa», «NEWSru.com»
  if (ws.length > 1 && LATIN_FIRST_NAMES.has(ws[0] as string) && ws.every((w) => LATIN.test(w)))
    return [span('person', tokens, from, to, joined)];
  if (ws.every((w) => LATIN.test(w) || /^(?:com|ru|net|org|info|ua)$/.test(w)))
    return [span('org', tokens, from, to, ws.join(' ').replace(/ (com|ru|net|org|info|ua)$/, '.$1'))];
  if (PERSON_CUES.test(before)) return [span('person', tokens, from, to, personName(ws))];
  if (PLACE_PREPOSITIONS.has(before) && !first.sentenceStart) return [span('place', tokens, from, to, joined)];
  if (ORG_CUES.test(before)) return [span('org', tokens, from, to, joined)];
  if (ADJECTIVE_END.test(first.text.toLowerCase())) return [];
  const last = (ws[ws.length - 1] as string).toLowerCase();
  if (SURNAME_END.test(last) && (!first.sentenceStart || ws.length > 1))
    return [span('person', tokens, from, to, personName(ws))];
  if (ws.length > 1 && ws.length < 4 && !first.sentenceStart) return [span('person', tokens, from, to, personName(ws))];
  return [];
}

/** «Юрия Лужкова» → «Юрий Лужков»; «Бориса Николаевича Ельцина» → «Борис Николаевич Ельцин». */
export function personName(ws: string[]): string {
  let gender: Gender = '?';
  let oblique = false;
  const lemmas = ws.map((w) => {
    const first = FIRST_NAME_FORMS.get(w);
    if (first) {
      gender = FIRST_NAMES.get(first) ?? '?';
      oblique ||= first !== w;
      return first;
    }
    const patronymic = patronymicLemma(w);
    if (patronymic) {
      gender = patronymic.gender;
      oblique ||= patronymic.lemma !== w;
      return patronymic.lemma;
    }
    return undefined;
  });
  return ws.map((w, k) => lemmas[k] ?? (/^\p{Lu}$/u.test(w) ? `${w}.` : surnameLemma(w, gender, oblique))).join(' ');
}
