// Russian names that are phrases rather than runs of capitals: a quoted name after the
// kind of organisation («компания „Газпром“», «партия «Единая Россия»»), an institution
// named by its head word («Министерство иностранных дел», «Конгресса США»), and a place
// named with its kind («Тверской площади», «штат Аризона»).
import type { EntitySpan } from './entity-types';
import { russianPlace } from './known-places';
import { ORG_CUES } from './russian-lexicon';
import { isAllCaps, isCapitalised, type Token } from './tokens';

export interface Phrase {
  spans: EntitySpan[];
  /** The index of the first token after the phrase. */
  next: number;
}

const OPEN_QUOTE = /[«"“„]\s*$/;
const CLOSE_QUOTE = /^\s*[»"”“]/;

const ORG_HEADS =
  /^(?:министерств|госдум|дум|совет|правительств|сенат|конгресс|парламент|кремл|пентагон|генпрокуратур|прокуратур|центробанк|евросоюз|еврокомисси|европарламент|госдеп|госдепартамент|минфин|минобороны|минюст|минздрав|минтранс|минэнерго|минкультуры|минобрнауки|минэкономразвития|верховн|конституционн|следственн|федеральн|государственн|генштаб|генеральн|всемирн|международн|национальн|европейск|объединенн|объединённ|академи|университет|гостиниц|банк|партия|фонд|служб|комитет|агентств|суд|мэри|администраци)/;
const GENITIVE_TAIL =
  /(ых|их|ого|его|ой|ей|ы|и|а|я|ов|ев|ия|ии|ств|ний|ских|ской|ского|ного|ной|дел|дел|безопасности|развития)$/;
const PLACE_KINDS =
  /^(?:площад|улиц|проспект|област|кра[йяюе]|район|рек|озер|мор|остров|гор[аыуе]|город|сел[аоуе]|деревн|республик|штат|провинци|округ|бульвар|переул|шоссе|набережн|залив|пролив|океан|полуостров|пустын|долин|регион|столиц|аэропорт|вокзал|мост|парк|кремл)/;
const ADJECTIVE = /(ая|ой|ий|ый|ое|ую|ого|ому|ым|ом|ей|ее|яя|юю)$/;

const tok = (tokens: Token[], i: number): Token => tokens[i] as Token;
const gap = (text: string, tokens: Token[], i: number): string =>
  text.slice(tok(tokens, i).end, tok(tokens, i + 1).start);

/** `ORG_CUE «Name»` or a quoted name of capitalised words: an organisation. */
export function quotedOrgSpan(text: string, tokens: Token[], i: number): Phrase | undefined {
  const cue =
    ORG_CUES.test(tok(tokens, i).text.toLowerCase()) && i + 1 < tokens.length && OPEN_QUOTE.test(gap(text, tokens, i));
  const first = cue ? i + 1 : i;
  const opened = first > 0 && OPEN_QUOTE.test(text.slice(tok(tokens, first - 1).end, tok(tokens, first).start));
  if (!cue && (!opened || first === 0 || !isCapitalised(tok(tokens, first).text))) return undefined;
  if (!cue && i === 0) return undefined;
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
  while (last + 1 < tokens.length && last - i < 4 && /^[ \u00a0]+$/.test(gap(text, tokens, last))) {
    const next = tok(tokens, last + 1);
    const place = russianPlace(next.text) ?? (isAllCaps(next.text) ? next.text : undefined);
    if (place && isCapitalised(next.text)) inner.push({ type: 'place', start: next.start, end: next.end, name: place });
    else if (isCapitalised(next.text) || !GENITIVE_TAIL.test(next.text)) break;
    last++;
    if (place) break;
  }
  if (
    last === i &&
    !/^(?:госдум|кремл|пентагон|генпрокуратур|центробанк|евросоюз|еврокомисси|европарламент|госдеп|минфин|минобороны|минюст|минздрав)/.test(
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

/** «Тверской площади», «Московской области»; «штат Аризона», «город Москва». */
export function placeDescriptorSpan(text: string, tokens: Token[], i: number): Phrase | undefined {
  if (i + 1 >= tokens.length || !/^[ \u00a0]+$/.test(gap(text, tokens, i))) return undefined;
  const a = tok(tokens, i);
  const b = tok(tokens, i + 1);
  if (isCapitalised(a.text) && ADJECTIVE.test(a.text) && PLACE_KINDS.test(b.text) && !isCapitalised(b.text))
    return { spans: [{ type: 'place', start: a.start, end: b.end, name: `${a.text} ${b.text}` }], next: i + 2 };
  if (!isCapitalised(a.text) && PLACE_KINDS.test(a.text) && isCapitalised(b.text) && !isAllCaps(b.text)) {
    const name = russianPlace(b.text) ?? b.text;
    return { spans: [{ type: 'place', start: a.start, end: b.end, name }], next: i + 2 };
  }
  return undefined;
}
