// Russian names that are phrases rather than runs of capitals: a quoted name after the
// kind of organisation («компания „Газпром“», «партия «Единая Россия»»), an institution
// named by its head word («Министерство иностранных дел», «Конгресса США»), and a place
// named with its kind («Тверской площади», «штат Аризона»).
import type { EntitySpan } from './entity-types';
import { russianPlace } from './known-places';
import { ABBREVIATED_PLACES, FIRST_NAME_FORMS, ORG_CUES } from './russian-lexicon';
import { isAllCaps, isCapitalised, isGapOf, spacedAfter, type Token } from './tokens';

export interface Phrase {
  spans: EntitySpan[];
  /** The index of the first token after the phrase. */
  next: number;
}

const OPEN_QUOTE = /[«"“„]\s*$/;
const CLOSE_QUOTE = /^\s*[»"”“]/;

const ORG_HEADS =
  /^(?:министерств|госдум|дум|совет|комисси|палат|бундестаг|кнессет|синод|правительств|сенат|конгресс|парламент|кремл|пентагон|генпрокуратур|прокуратур|центробанк|евросоюз|еврокомисси|европарламент|госдеп|госдепартамент|минфин|минобороны|минюст|минздрав|минтранс|минэнерго|минкультуры|минобрнауки|минэкономразвития|верховн|конституционн|следственн|федеральн|государственн|генштаб|генеральн|всемирн|международн|национальн|европейск|объединенн|объединённ|академи|университет|гостиниц|банк|партия|фонд|служб|комитет|агентств|суд|мэри|администраци)/;
const GENITIVE_TAIL =
  /(ых|их|ого|его|ой|ей|ы|и|а|я|ов|ев|ия|ии|ств|ний|ских|ской|ского|ного|ной|дел|дел|безопасности|развития)$/u;
// «Госдума приняла»: a verb after the head is not part of the name
const PAST_VERB = /^\p{Ll}{3,}(?:ла|ли|ло|ал|ил|ял)$/u;
const PLACE_KINDS =
  /^(?:площад[ьиюей]+|улиц[аыеуой]+|проспект[аеуом]*|област[ьиюей]+|кра[йяюе]|район[аеуом]*|рек[аиеуой]+|озер[аоеу]|мор[яеюм]|остров[аеуом]*|острова|гор[аыуе]|город[аеуом]*|сел[аоуе]|деревн[яиеюй]+|республик[аиеуой]+|штат[аеуом]*|провинци[яиейю]+|округ[аеуом]*|бульвар[аеуом]*|переул[окке]+|шоссе|набережн[аяойуюе]+|залив[аеуом]*|пролив[аеуом]*|океан[аеуом]*|полуостров[аеуом]*|пустын[яиеюй]+|долин[аыеуой]+|регион[аеуом]*|столиц[аыеуой]+|аэропорт[аеуом]*|вокзал[аеуом]*|мост[аеуом]*|парк[аеуом]*)$/;
const ORG_NOUNS =
  /^(?:театр|завод|альянс|архив|ассамбле|комисси|союз|совет|фронт|банк|университет|институт|парти|движени|комитет|суд|служб|агентств|компани|организаци|фонд|бирж|палат|академи|парламент|правительств|министерств|корпораци|холдинг|концерн|музе|госпитал|больниц|школ|лице|гимнази|колледж|церк|собор|федераци|ассоциаци|объединени|клуб|лиг|управлени|департамент|дум|синод|сенат|конгресс|прокуратур|комбинат|фабрик|издательств|телеканал|радио|газет|журнал|центр)/;
const ADJECTIVE = /(ая|ой|ий|ый|ое|ую|ого|ому|ым|ом|ей|ее|яя|юю)$/;

const tok = (tokens: Token[], i: number): Token => tokens[i] as Token;
const gap = (text: string, tokens: Token[], i: number): string =>
  text.slice(tok(tokens, i).end, tok(tokens, i + 1).start);

/** `ORG_CUE «Name»` or a quoted name of capitalised words: an organisation. */
export function quotedOrgSpan(text: string, tokens: Token[], i: number): Phrase | undefined {
  // The cheap tests first: this runs at every token, and most are neither after a quote nor a cue.
  const cue =
    i + 1 < tokens.length && OPEN_QUOTE.test(gap(text, tokens, i)) && ORG_CUES.test(tok(tokens, i).text.toLowerCase());
  if (!cue && (i === 0 || !isCapitalised(tok(tokens, i).text) || !OPEN_QUOTE.test(gap(text, tokens, i - 1))))
    return undefined;
  const first = cue ? i + 1 : i;
  let last = first;
  while (last + 1 < tokens.length && last - first < 6 && !CLOSE_QUOTE.test(gap(text, tokens, last))) {
    if (/[.!?;\n]/.test(gap(text, tokens, last))) return undefined;
    last++;
  }
  const after = last + 1 < tokens.length ? gap(text, tokens, last) : text.slice(tok(tokens, last).end);
  if (!CLOSE_QUOTE.test(after) || last - first >= 6) return undefined;
  const words = tokens.slice(first, last + 1);
  if (!cue && words.some((w) => !isCapitalised(w.text) && !/^\p{N}/u.test(w.text))) return undefined;
  const name = text.slice(tok(tokens, first).start, tok(tokens, last).end);
  return { spans: [{ type: 'org', start: tok(tokens, i).start, end: tok(tokens, last).end, name }], next: last + 1 };
}

/** An institution named by a capitalised head word and its lower-case genitive tail. */
export function orgHeadSpan(text: string, tokens: Token[], i: number): Phrase | undefined {
  const head = tok(tokens, i).text;
  if (!isCapitalised(head) || !ORG_HEADS.test(head.toLowerCase())) return undefined;
  let last = i;
  const inner: EntitySpan[] = [];
  while (last + 1 < tokens.length && last - i < 4 && spacedAfter(text, tokens, last)) {
    const next = tok(tokens, last + 1);
    const place = russianPlace(next.text) ?? (ABBREVIATED_PLACES.has(next.text) ? next.text : undefined);
    if (place && isCapitalised(next.text)) inner.push({ type: 'place', start: next.start, end: next.end, name: place });
    else if (isAllCaps(next.text)) {
      last++;
      break;
    } else if (isCapitalised(next.text)) {
      const owner = ownerTail(text, tokens, last);
      inner.push(...owner.inner);
      last = owner.last;
      break;
    } else if (next.text.length < 3 || !GENITIVE_TAIL.test(next.text) || PAST_VERB.test(next.text)) break;
    last++;
    if (place) break;
  }
  if (
    last === i &&
    !/^(?:госдум|дум|конгресс|сенат|парламент|синод|бундестаг|кнессет|меджлис|кремл|пентагон|генпрокуратур|центробанк|евросоюз|еврокомисси|европарламент|госдеп|минфин|минобороны|минюст|минздрав)/.test(
      head.toLowerCase(),
    )
  )
    return undefined;
  const name = text.slice(tok(tokens, i).start, tok(tokens, last).end);
  return {
    spans: [{ type: 'org', start: tok(tokens, i).start, end: tok(tokens, last).end, name }, ...inner],
    next: last + 1,
  };
}

/** «Тверской площади», «Северо-Кавказском федеральном округе»; «штат Аризона», «город Москва». */
export function placeDescriptorSpan(text: string, tokens: Token[], i: number): Phrase | undefined {
  if (i + 1 >= tokens.length || !spacedAfter(text, tokens, i)) return undefined;
  const a = tok(tokens, i);
  const b = tok(tokens, i + 1);
  if (isCapitalised(a.text) && ADJECTIVE.test(a.text) && !isAllCaps(a.text)) {
    let k = i + 1;
    while (
      k < i + 3 &&
      k + 1 < tokens.length &&
      ADJECTIVE.test(tok(tokens, k).text) &&
      !isCapitalised(tok(tokens, k).text)
    )
      k++;
    const kind = tok(tokens, k);
    if (PLACE_KINDS.test(kind.text) && !isCapitalised(kind.text))
      return {
        spans: [{ type: 'place', start: a.start, end: kind.end, name: text.slice(a.start, kind.end) }],
        next: k + 1,
      };
  }
  if (isCapitalised(a.text) && ADJECTIVE.test(a.text) && isCapitalised(b.text) && russianPlace(b.text))
    return {
      spans: [{ type: 'place', start: a.start, end: b.end, name: `${a.text} ${russianPlace(b.text) ?? b.text}` }],
      next: i + 2,
    };
  // «столице Чеченской республики»: the capital is the start of the next place's name
  const c = tokens[i + 2];
  if (c && ADJECTIVE.test(b.text) && PLACE_KINDS.test(c.text)) return undefined;
  if (
    !isCapitalised(a.text) &&
    PLACE_KINDS.test(a.text) &&
    isCapitalised(b.text) &&
    !isAllCaps(b.text) &&
    !FIRST_NAME_FORMS.has(b.text)
  ) {
    const name = russianPlace(b.text) ?? b.text;
    return { spans: [{ type: 'place', start: a.start, end: b.end, name }], next: i + 2 };
  }
  return undefined;
}

/** «Lenta.ru», «infox.ru»: a site named by its domain is an organisation, whatever its case. */
export function domainSpan(text: string, tokens: Token[], i: number): Phrase | undefined {
  const next = tokens[i + 1];
  if (
    !next ||
    !isGapOf(text, tok(tokens, i).end, next.start, 0x2e) ||
    !/^(?:com|ru|net|org|info|ua|рф|ру)$/i.test(next.text)
  )
    return undefined;
  const a = tok(tokens, i);
  return { spans: [{ type: 'org', start: a.start, end: next.end, name: text.slice(a.start, next.end) }], next: i + 2 };
}

/** «Большой театр», «Запорожский автомобилестроительный завод», «Парламентской ассамблеи»: an organisation. */
export function orgAdjectiveSpan(text: string, tokens: Token[], i: number): Phrase | undefined {
  const a = tok(tokens, i);
  if (!isCapitalised(a.text) || !ADJECTIVE.test(a.text) || isAllCaps(a.text)) return undefined;
  let k = i + 1;
  while (k < tokens.length && k - i <= 3 && spacedAfter(text, tokens, k - 1)) {
    const w = tok(tokens, k).text;
    if (isCapitalised(w)) return undefined;
    if (ORG_NOUNS.test(w)) {
      const owner = ownerTail(text, tokens, k);
      const end = tok(tokens, owner.last).end;
      return {
        spans: [{ type: 'org', start: a.start, end, name: text.slice(a.start, end) }, ...owner.inner],
        next: owner.last + 1,
      };
    }
    if (!ADJECTIVE.test(w)) return undefined;
    k++;
  }
  return undefined;
}

// Bodies named by what they are and whose country they are: «правительство Израиля», «МИД Грузии».
const BODIES_OF_A_COUNTRY =
  /^(?:правительств|парламент|руководств|мид|посольств|сборн|госдепартамент|минобороны|спецслужб|кабмин|администраци|мэри|генштаб|полици|армi|арми|министерств|президиум)[а-яё]*$/;

/** A body of a known place: an organisation over both words, and the place inside it. */
export function bodyOfPlaceSpan(text: string, tokens: Token[], i: number): Phrase | undefined {
  if (i + 1 >= tokens.length || !spacedAfter(text, tokens, i)) return undefined;
  const a = tok(tokens, i);
  const b = tok(tokens, i + 1);
  if (
    !BODIES_OF_A_COUNTRY.test(a.text.toLowerCase()) ||
    (isCapitalised(a.text) && !isAllCaps(a.text) && !a.sentenceStart)
  )
    return undefined;
  const place = russianPlace(b.text) ?? (ABBREVIATED_PLACES.has(b.text) ? b.text : undefined);
  if (!place) return undefined;
  const org: EntitySpan = { type: 'org', start: a.start, end: b.end, name: text.slice(a.start, b.end) };
  return { spans: [org, { type: 'place', start: b.start, end: b.end, name: place }], next: i + 2 };
}

/**
 * What an organisation's name may end with: the body it belongs to and that body's country
 * («Палаты представителей Конгресса США», «Судейский комитет ФИФА»). Returns the new last
 * token and the places inside.
 */
function ownerTail(text: string, tokens: Token[], last: number): { last: number; inner: EntitySpan[] } {
  const inner: EntitySpan[] = [];
  let k = last;
  const spaced = (): boolean => k + 1 < tokens.length && spacedAfter(text, tokens, k);
  if (spaced() && isCapitalised(tok(tokens, k + 1).text) && ORG_HEADS.test(tok(tokens, k + 1).text.toLowerCase())) k++;
  if (spaced()) {
    const next = tok(tokens, k + 1);
    const place = russianPlace(next.text) ?? (ABBREVIATED_PLACES.has(next.text) ? next.text : undefined);
    if (place && k > last) inner.push({ type: 'place', start: next.start, end: next.end, name: place });
    if ((place && k > last) || (isAllCaps(next.text) && !place && !/\d/.test(next.text))) k++;
  }
  return { last: k, inner };
}
