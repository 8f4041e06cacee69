// Russian people, organisations and places: runs of capitalised words classified by the
// words around them (titles, organisation kinds, place prepositions), a first-name lexicon,
// patronymic and surname endings, and the known places seam; names are put in the
// nominative. Fitted on FactRuEval-2016's development texts (bench/ner.ts scores it).
import type { EntitySpan, EntityType } from './entity-types';
import { isRussianPlacePhrase, russianPlace } from './known-places';
import { caseForms, type Gender, patronymicLemma, surnameLemma } from './russian-forms';
import { FIRST_NAMES, NOT_NAMES, ORG_CUES, PERSON_CUES, PLACE_PREPOSITIONS } from './russian-lexicon';
import { isAllCaps, isCapitalised, type Token, tokenize } from './tokens';
import { orgHeadSpan, placeDescriptorSpan, quotedOrgSpan } from './russian-phrases';

const FIRST_NAME_FORMS = new Map<string, string>();
for (const name of FIRST_NAMES.keys())
  for (const form of caseForms(name)) if (!FIRST_NAME_FORMS.has(form)) FIRST_NAME_FORMS.set(form, name);

const SURNAME_END =
  /(ов|ев|ёв|ин|ын|ский|цкий|ская|цкая|ова|ева|ина|ых|их|енко|ук|юк|швили|дзе|ян|янц|ович|ко)(а|у|ым|ом|е|ой|ого|ому|им)?$/;
const ABBREVIATED_PLACES = new Set(['США', 'РФ', 'КНДР', 'ОАЭ', 'ЮАР', 'КНР', 'СССР', 'ЕС']);

/** The spans of people, organisations and places in a Russian text. */
export function extractRussian(text: string): EntitySpan[] {
  const tokens = tokenize(text);
  const spans: EntitySpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase =
      quotedOrgSpan(text, tokens, i) ?? orgHeadSpan(text, tokens, i) ?? placeDescriptorSpan(text, tokens, i);
    if (phrase) {
      spans.push(...phrase.spans);
      i = phrase.next;
      continue;
    }
    if (!opensName(tokens, i)) {
      i++;
      continue;
    }
    const end = runEnd(text, tokens, i);
    spans.push(...classifyRun(text, tokens, i, end));
    i = end;
  }
  return spans;
}

function opensName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !isCapitalised(t.text) || /^\p{N}/u.test(t.text)) return false;
  if (isInitial(tokens, i)) return true;
  return !(t.sentenceStart && NOT_NAMES.has(t.text)) && !NOT_NAMES.has(t.text);
}

/** Tokens i..end-1 are capitalised and joined only by spaces, hyphens or an initial's period. */
function runEnd(text: string, tokens: Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length) {
    const prev = tokens[j - 1] as Token;
    const next = tokens[j] as Token;
    const gap = text.slice(prev.end, next.start);
    const initial = /^\p{Lu}$/u.test(prev.text) && /^\.\s*$/.test(gap);
    if (!initial && !/^[ \u00a0]+$/.test(gap)) break;
    if (!isCapitalised(next.text) || (NOT_NAMES.has(next.text) && !isInitial(tokens, j))) break;
    j++;
  }
  return j;
}

/** A one-letter capital followed by a period and another capitalised word: «В. В. Путин». */
function isInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return /^\p{Lu}$/u.test(t.text) && next !== undefined && isCapitalised(next.text) && next.start - t.end <= 2;
}

function span(type: EntityType, tokens: Token[], from: number, to: number, name: string): EntitySpan {
  return { type, start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end, name };
}

/** Splits a run at known places («Москвы Юрия Лужкова») and classifies each part. */
function classifyRun(text: string, tokens: Token[], from: number, to: number): EntitySpan[] {
  const out: EntitySpan[] = [];
  let start = from;
  for (let k = from; k < to; k++) {
    const place = to - from > 1 ? russianPlace((tokens[k] as Token).text) : undefined;
    if (!place || personEvidence(tokens, from, to)?.startsWith === k) continue;
    if (k > start) out.push(...classifyPart(text, tokens, start, k));
    out.push(span('place', tokens, k, k + 1, place));
    start = k + 1;
  }
  if (start < to) out.push(...classifyPart(text, tokens, start, to));
  return out;
}

interface PersonEvidence {
  startsWith: number;
}

function personEvidence(tokens: Token[], from: number, to: number): PersonEvidence | undefined {
  for (let k = from; k < to; k++) {
    const w = (tokens[k] as Token).text;
    if (FIRST_NAME_FORMS.has(w) || patronymicLemma(w) || /^\p{Lu}$/u.test(w)) return { startsWith: k };
  }
  return undefined;
}

function classifyPart(text: string, tokens: Token[], from: number, to: number): EntitySpan[] {
  const words = tokens.slice(from, to).map((t) => t.text);
  const joined = words.join(' ');
  const before = from > 0 ? (tokens[from - 1] as Token).text.toLowerCase() : '';
  if (words.length === 1) {
    const w = words[0] as string;
    if (ABBREVIATED_PLACES.has(w)) return [span('place', tokens, from, to, w)];
    if (isAllCaps(w)) return [span('org', tokens, from, to, w)];
    const place = russianPlace(w);
    if (place) return [span('place', tokens, from, to, place)];
  } else if (isRussianPlacePhrase(joined)) return [span('place', tokens, from, to, joined)];
  const person = personEvidence(tokens, from, to) !== undefined || PERSON_CUES.test(before);
  if (person) return [span('person', tokens, from, to, personName(words))];
  if (PLACE_PREPOSITIONS.has(before) && !(tokens[from] as Token).sentenceStart)
    return [span('place', tokens, from, to, joined)];
  if (ORG_CUES.test(before)) return [span('org', tokens, from, to, joined)];
  const last = (words[words.length - 1] as string).toLowerCase();
  if (SURNAME_END.test(last) && !(tokens[from] as Token).sentenceStart)
    return [span('person', tokens, from, to, personName(words))];
  if (words.length > 1 && !(tokens[from] as Token).sentenceStart)
    return [span('person', tokens, from, to, personName(words))];
  void text;
  return [];
}

/** «Юрия Лужкова» → «Юрий Лужков»; «Бориса Николаевича Ельцина» → «Борис Николаевич Ельцин». */
export function personName(words: string[]): string {
  let gender: Gender = '?';
  let oblique = false;
  const lemmas = words.map((w) => {
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
  return words.map((w, k) => lemmas[k] ?? (/^\p{Lu}$/u.test(w) ? `${w}.` : surnameLemma(w, gender, oblique))).join(' ');
}
