// The date line a reader sees near the headline ("22. Januar 2020", "March 3, 2019",
// "03.02.2020 | 14:05"), the last source of a page's date: used only when the markup states
// none. Month names come from the platform's own locale data (Intl), not from a hand list.
import { collapseSpaces } from './html-blocks';
import { toLatinDigits, type DateOrder } from './date';
import { isLogoHeading, labelledAsUpdate, outsideArticle, UPDATE_WORD } from './html-date-place';

const LOCALES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt',
  'pl',
  'sv',
  'da',
  'no',
  'fi',
  'cs',
  'hu',
  'tr',
  'ro',
  'ru',
  'uk',
];

/**
 * Lower-cased month names, long and short, of the usual languages of the archive, to their
 * number: the standalone forms and the forms written beside a day, which differ in the
 * Slavic languages (`август` but `15 августа 2016`, football.ua).
 */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const months = new Map<string, number>();
  const add = (name: string, month: number): void => {
    const key = name.toLowerCase().replace(/\.$/, '');
    if (key && !/\d/.test(key) && !months.has(key)) months.set(key, month);
  };
  for (const locale of LOCALES) {
    for (const style of ['long', 'short'] as const) {
      const standalone = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      const withDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: style, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const date = new Date(Date.UTC(2020, m, 15));
        add(standalone.format(date), m + 1);
        add(withDay.formatToParts(date).find((p) => p.type === 'month')?.value ?? '', m + 1);
      }
    }
  }
  months.set('sept', 9);
  months.set('mär', 3);
  return months;
})();

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The first whole calendar date written in `text`, as `YYYY-MM-DD`, or null. Dotted numbers
 * are day-first everywhere; slashed ones follow the page's `order`, and one that reads both
 * ways (`03/04/2020`) on a page of no known order is no date (html-date-order.ts).
 */
export function findWrittenDate(raw: string, order: DateOrder | null = 'dmy'): string | null {
  const text = toLatinDigits(raw);
  const patterns: Array<[RegExp, (m: RegExpExecArray) => [number, number, number] | null]> = [
    [/(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
    // A name may run into the date in the page's text (`Tanja Karrasch3.11.2023`): digits bound it, not \b.
    // A space may follow each dot (dtb-tennis.de `4. 2. 2022`).
    [/(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)/, (m) => [+m[3]!, +m[2]!, +m[1]!]],
    [/(?<!\d)(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?!\d)/, (m) => slashed(+m[3]!, +m[1]!, +m[2]!, order)],
    // `31.10.23`: dotted with a two-digit year is the German-speaking short date, this century.
    // Day and month have two digits there; `WordPress 4.8.12` is a version (der-erfolg-gibt-recht.de).
    [/(?<![\d.])(\d{2})\.(\d{2})\.(\d{2})(?![\d.])/, (m) => [2000 + +m[3]!, +m[2]!, +m[1]!]],
    [
      /\b(\d{1,2})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?(\p{L}{3,})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})\b/u,
      (m) => worded(m[3]!, m[2]!, m[1]!),
    ],
    [/\b(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b/u, (m) => worded(m[3]!, m[1]!, m[2]!)],
    // The clock between day and year: `Jan 04 09:34 2021`, Java's `Mon Oct 11 14:57:21 CEST 2021`.
    [
      /\b(\p{L}{3,})\.?\s+(\d{1,2}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\p{Lu}{2,5})?\s+((?:19|20)\d{2})\b/u,
      (m) => worded(m[3]!, m[1]!, m[2]!),
    ],
  ];
  let best: { at: number; date: string } | null = null;
  for (const [pattern, read] of patterns) {
    const m = pattern.exec(text);
    const parts = m ? read(m) : null;
    const date = parts ? validDate(...parts) : null;
    if (m && date && (!best || m.index < best.at)) best = { at: m.index, date };
  }
  return best?.date ?? null;
}

/** `first/second/year` in the page's order; null when both orders give a date and the page has none. */
function slashed(
  year: number,
  first: number,
  second: number,
  order: DateOrder | null,
): [number, number, number] | null {
  if (first > 12 || second > 12) return first > 12 ? [year, second, first] : [year, first, second];
  if (first !== second && !order) return null;
  return order === 'mdy' ? [year, first, second] : [year, second, first];
}

function worded(year: string, month: string, day: string): [number, number, number] | null {
  const number = MONTHS.get(month.toLowerCase());
  return number ? [Number(year), number, Number(day)] : null;
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const ok = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return ok ? `${year}-${pad(month)}-${pad(day)}` : null;
}

// Elements a template marks as the article's date line or its meta line under the headline.
const DATE_LINE =
  '[class*="date" i], [class*="posted" i], [class*="publish" i], [class*="byline" i], [class*="entry-meta" i], [class*="post-meta" i], [class*="article-meta" i], [class*="dateline" i], [id*="date" i], [class*="submitted" i], [class*="time" i]';
const NOT_PUBLICATION =
  /comment|update|modif|edited|revised|reply|widget|sidebar|footer|archive|calendar|related|teaser|forum/i;
/** A date line is short; a longer element is a paragraph or a list that mentions a date. */
const MAX_LINE = 160;

/**
 * A date line inside a comment, a teaser or a list of other articles dates them: its own
 * marks or an ancestor's say so (regards.fr: `<abbr class="date">` in a `comment-meta`), or
 * it sits beside a linked heading, the shape of a teaser (world.kbs.co.kr: `<h2><a>…</a></h2>
 * <p class="date">`, katholisch.at alike).
 */
function datesSomethingElse(el: Element): boolean {
  if (outsideArticle(el) || labelledAsUpdate(el)) return true;
  const own = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (NOT_PUBLICATION.test(own)) return true;
  // Only the nearest few ancestors: a blog template wraps the whole post in a `widget`.
  let node = el.parentElement;
  // A container that holds the headline is the article itself, whatever its class says
  // (dhb.de wraps its story in `<figure class="teaser">`).
  for (let depth = 1; node && node.tagName !== 'BODY' && depth <= NEAR; node = node.parentElement, depth++) {
    if (node.querySelector('h1')) return false;
    const marks = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (OTHER_ITEM.test(marks) || node.querySelector(TEASER_HEADING)) return true;
  }
  return false;
}

const NEAR = 2;
const OTHER_ITEM = /comment|reply|teaser|related|forum/i;
const TEASER_HEADING = 'h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4';

/** Texts to search for the visible date: the marked date lines, then the text just after the headline. */
export function visibleDateLines(document: Document): string[] {
  const lines: string[] = [];
  const article = document.querySelector('article') ?? document.querySelector('main');
  // The article's own date lines first; a template may put the date line above the <article>.
  for (const scope of article ? [article, document] : [document]) {
    for (const el of Array.from(scope.querySelectorAll(DATE_LINE))) {
      if (datesSomethingElse(el)) continue;
      const text = collapseSpaces(el.textContent ?? '');
      if (text && text.length <= MAX_LINE) lines.push(text);
    }
  }
  const h1 = headline(document);
  if (h1) lines.push(...textAround(h1, 3));
  lines.push(...announcedLines(document), ...labelledLines(document));
  // Each text once: the article's lines are met again in the whole page's scan.
  return [...new Set(lines.map(publicationPart).filter(Boolean))];
}

/**
 * The line up to a word that announces the last change, or from a publication word after it
 * (literaturkritik.de: `Letzte Änderung: 31.10.2023 - 14:49:39 Erschienen am: 01.11.2023`).
 */
function publicationPart(line: string): string {
  const announced = line.search(ANNOUNCED_WITHIN);
  const from = announced > 0 && UPDATE_WORD.test(line.slice(0, announced)) ? line.slice(announced) : line;
  return from.split(UPDATE_WORD)[0]!.trim();
}

// Words that announce the publication date in a line of text, wherever the template put it.
const PUBLICATION_WORDS =
  '(?:published|posted|veröffentlicht|erschienen|publiziert|erstellt|gepostet|publié|publicado|publicada|pubblicato|gepubliceerd|opublikowano)';
const ANNOUNCED = new RegExp(`\\b${PUBLICATION_WORDS}\\b`, 'i');
// Within a line the word may follow a clock with no space, where a <br> stood (literaturkritik.de `14:49:39<br>Erschienen`).
const ANNOUNCED_WITHIN = new RegExp(`${PUBLICATION_WORDS}\\b`, 'i');
const ANNOUNCED_ANYWHERE = new RegExp(PUBLICATION_WORDS, 'i');

// A label cell that names the value beside it as the date: Government Site Builder's
// `<span class="label">Datum:</span> <span class="value">18.10.2021</span>` (zoll.de, bsi.de, bka.de).
const DATE_LABEL = /^(?:datum|date|publication date|publiziert am|veröffentlicht am|erschienen am)\s*:?$/i;

/** The text of the element around each label that names a date, outside footers and asides. */
function labelledLines(document: Document): string[] {
  const lines: string[] = [];
  for (const el of Array.from(document.querySelectorAll('span, strong, b, dt, th, label'))) {
    if (!DATE_LABEL.test(collapseSpaces(el.textContent ?? '')) || outsideArticle(el)) continue;
    const text = collapseSpaces(el.parentElement?.textContent ?? '');
    if (text.length <= MAX_LINE) lines.push(text);
  }
  return lines;
}

/** Short elements anywhere outside footers and asides whose text announces a publication date. */
function announcedLines(document: Document): string[] {
  const lines: string[] = [];
  // Each element's text is a run of the page's: a page whose text holds no publication word
  // at all (the word boundaries left out, since a run may start or end inside a word of the
  // page) has no element announcing one, and asking each element whether it sits outside the
  // article cost a tenth of a big page's parse.
  // Every top-level node's: linkedom leaves a fragment's later elements beside its documentElement.
  const pageText = Array.from(document.childNodes, (node) => node.textContent ?? '').join('\n');
  if (!ANNOUNCED_ANYWHERE.test(pageText)) return lines;
  for (const el of Array.from(document.querySelectorAll('p, span, div, li, small, em'))) {
    if (el.children.length > 3 || outsideArticle(el)) continue;
    // Collapsing spaces moves no word boundary, so the raw text is searched and only a match collapsed:
    // collapsing every <div>'s whole text cost more than the rest of the search.
    const raw = el.textContent ?? '';
    if (!ANNOUNCED.test(raw)) continue;
    const text = collapseSpaces(raw);
    if (text.length <= MAX_LINE) lines.push(text);
    if (lines.length >= 10) break;
  }
  return lines;
}

/**
 * The article's headline: the <h1> in the <article>, else the first <h1> whose text the page's
 * title repeats. Government Site Builder pages (bfs.de, bka.de, zoll.de) open with hidden
 * <h1 class="aural"> headings for screen readers before the story's own.
 */
function headline(document: Document): Element | null {
  const inArticle = document.querySelector('article h1');
  if (inArticle && !isLogoHeading(inArticle)) return inArticle;
  const title = collapseSpaces(
    `${document.querySelector('title')?.textContent ?? ''} ${document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? ''}`,
  ).replace(/\u00ad/g, '');
  // A logo <h1> is the headline only when the page has no other (seelenradio.de: the date line follows it).
  const every = Array.from(document.querySelectorAll('h1'));
  const headings = every.filter((h1) => !isLogoHeading(h1));
  const all = headings.length > 0 ? headings : every;
  const text = (h1: Element): string => collapseSpaces(h1.textContent ?? '').replace(/\u00ad/g, '');
  // The longest the title repeats: zoll.de's title names its section `Fachmeldungen` (an <h1> too) before the story.
  const named = all
    .filter((h1) => text(h1).length >= 10 && title.includes(text(h1).slice(0, 40)))
    .sort((a, b) => text(b).length - text(a).length)[0];
  return named ?? all.find((h1) => text(h1)) ?? null;
}

/**
 * The element just before the headline (a kicker line: zamg.ac.at `<h3>21.01.2022</h3><h1>`,
 * liquimoly-hbl.de `<small>31.01.2022 2. HBL</small><h1>`), then the next few siblings of the
 * headline, of its parent and of its grandparent: templates wrap the headline in a box or two
 * before the date line (bsi.de: `<div><h1>` then, two levels up, `<p class="docData">… Datum 28.01.2022`).
 */
/**
 * How far into a block after the headline a date still belongs to a date line: further on it
 * is a date the story mentions (hvw-online.org: `Laut der am 28.01.2022 …` in the lead;
 * a wiki's `Der nächste Stammtisch findet am Mi. 5. Februar`).
 */
const LEAD_CHARS = 80;

// The comments under a post date the comments (resonator-podcast.de: `Peter sagt: 24. August 2019`);
// a `teaser` box right after the headline is still its own meta line (cicero.de `teaser-small__metadata`).
const COMMENTS = /comment|reply|discussion/i;

const marksOf = (el: Element): string => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

function textAround(h1: Element, count: number): string[] {
  const before = collapseSpaces(h1.previousElementSibling?.textContent ?? '');
  const texts: string[] = before && before.length <= MAX_LINE ? [before] : [];
  for (const start of [h1, h1.parentElement, h1.parentElement?.parentElement]) {
    let node = start?.nextElementSibling ?? null;
    for (let i = 0; node && i < count; i++, node = node.nextElementSibling) {
      const text = collapsedStart(node.textContent ?? '', LEAD_CHARS);
      if (text && !COMMENTS.test(marksOf(node))) texts.push(text);
    }
  }
  return texts;
}

/**
 * The first `chars` characters of `raw` with spaces collapsed, reading only as much of it as
 * that takes: a sibling of the headline may be the whole story. Spaces collapsed in a start of
 * the text are a start of the collapsed text, bar a trailing space the whole would keep.
 */
function collapsedStart(raw: string, chars: number): string {
  for (let read = chars * 4; read < raw.length; read *= 4) {
    const start = collapseSpaces(raw.slice(0, read));
    if (start.length > chars) return start.slice(0, chars);
  }
  return collapseSpaces(raw).slice(0, chars);
}
