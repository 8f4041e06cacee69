// Datelines: the `Place – AGENCY` opener that wire copy puts before the text.
// A dateline is recognised only with positive evidence: a known agency
// (agencies.ts), an agency in parentheses, or a wire date (`Oct 19`). A bare
// capitalised place is never enough, so "Moscow said on Monday…" stays body text.
import { AGENCY_SOURCE } from './agencies';

export interface Dateline {
  place: string | null;
  agency: string | null;
  /**
   * A person named after the place instead of an agency, as in the ant-multisource
   * `<AUTHOR>` field `القاهرة - أحمد الريدي` (Cairo – Ahmed al-Reedy). It is a byline,
   * not an agency, so `agency` stays null. Only ever set by `parseDateline`.
   */
  byline?: string;
}

type Match = Dateline & { rest: string };
type Matcher = (s: string, ownLine: boolean) => Match | null;

// U+0640 (tatweel) stands in for a dash in ant-multisource `دبي ـ العربية.نت`.
const DASH = '[-\\u2010\\u2011\\u2013\\u2014\\u0640]';
// Place text: letters plus the joiners seen in real datelines
// (`Damascus/Moscow`, `Astana, Madrid`, `CITY, Calif.`, `دبي، الإمارات`, `Нью-Йорк`).
const PLACE = "[\\p{L}\\p{M}][\\p{L}\\p{M}\\s.'’/,\\u060C-]{0,58}?";
// After the agency SANA writes `–`, `-`, `_`, `,`, `.`, `, –` or nothing (sana/sanasyria.json).
// The spaces before and after the punctuation are two runs only when the punctuation is
// there: `\s*[,.:]?\s*` let both runs split one long run of spaces every way, quadratic
// on a paragraph of a dateline and 100,000 spaces (audit finding 1).
const TRAIL = `(?<trail>\\s*(?:[,.:]\\s*)?(?:${DASH}|_){1,3}|\\s*[,.:])?`;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';

const PLACE_AGENCY = new RegExp(
  `^\\s*(?<place>${PLACE})(?:\\s*(?<sep>[,\\u060C]|${DASH}{1,2})\\s*|\\s+)(?<agency>${AGENCY_SOURCE})${TRAIL}\\s*`,
  'u',
);
const BARE_AGENCY = new RegExp(`^\\s*(?<agency>${AGENCY_SOURCE})${TRAIL}\\s*`, 'u');
const PAREN_AGENCY = new RegExp(
  `^\\s*(?<place>${PLACE})\\s*\\((?<agency>[^()\\n]{1,40})\\)\\s*(?<trail>${DASH}{1,3})?\\s*`,
  'u',
);
const WIRE_DATE = new RegExp(
  `^\\s*(?<place>${PLACE}),\\s*${MONTH}\\s+\\d{1,2}(?:\\s*\\((?<agency>[^()\\n]{1,40})\\))?\\s*(?<trail>${DASH}{1,3})?\\s*`,
  // Case-insensitive: Reuters writes `Oct 19`, `OCT 19` and even `OCt 19` (reuters21578/reut2-021.sgm).
  'iu',
);
// CNN Arabic sometimes opens with the agency alone: `(CNN)-- تخطط…` (ant-multisource/CNN).
const BARE_PAREN_AGENCY = new RegExp(`^\\s*\\((?<agency>${AGENCY_SOURCE})\\)\\s*(?<trail>${DASH}{1,3})\\s*`, 'u');
const AGENCY_ANYWHERE = new RegExp(AGENCY_SOURCE, 'u');
// Desk names that stand where a place would: fa-kes NNA rows open `Regional NNA - The blast…`.
const DESK_LABELS = new Set([
  'Regional',
  'Local',
  'National',
  'International',
  'World',
  'Politics',
  'Economy',
  'Business',
  'Sports',
  'Breaking',
  'Urgent',
]);
const HAS_DASH = new RegExp(`${DASH}|_`, 'u');
// A byline is a personal name: two to four words, no digits or full stops.
const PLACE_BYLINE = new RegExp(
  `^\\s*(?<place>${PLACE})\\s*${DASH}{1,2}\\s*(?<byline>[\\p{L}\\p{M}][\\p{L}\\p{M}\\s'’-]{1,40})$`,
  'u',
);

/** A place word is capitalised (`Damascus`, `BAHRAIN`, `Calif.`), an `al-` name, or in a caseless script (Arabic). */
function isPlaceWord(word: string): boolean {
  if (/\p{N}/u.test(word)) return false;
  if (/^\p{Lu}/u.test(word)) return true;
  if (/^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u.test(word)) return true;
  return /^\p{Lo}/u.test(word);
}

function isPlace(raw: string, maxWords = 6): boolean {
  const words = raw.split(/[\s,\u060C/]+/u).filter(Boolean);
  return words.length > 0 && words.length <= maxWords && words.every(isPlaceWord);
}

function cleanPlace(raw: string): string {
  // The look-behind starts the match at the first character of the trailing run only.
  return raw.replace(/(?<![\s,\u060C])[\s,\u060C]+$/u, '').trim();
}

/** Text that follows a dateline without any dash must open a new sentence, not continue one. */
function opensSentence(rest: string): boolean {
  return rest === '' || /^[\p{Lu}\p{Lo}\p{N}"“«'‘]/u.test(rest);
}

const matchPlaceAgency: Matcher = (s, ownLine) => {
  const m = PLACE_AGENCY.exec(s);
  const g = m?.groups;
  if (!m || !g?.place || !g.agency || !isPlace(g.place)) return null;
  const rest = s.slice(m[0].length);
  const dashed = g.trail !== undefined && HAS_DASH.test(g.trail);
  // `Aleppo SANA-` (fa-kes): with only a space between place and agency, a dash must follow.
  if (g.sep === undefined && !dashed && !(ownLine && rest === '')) return null;
  if (g.trail === undefined && !opensSentence(rest)) return null;
  const place = cleanPlace(g.place);
  return { place: DESK_LABELS.has(place) ? null : place, agency: g.agency, rest };
};

const matchBareParenAgency: Matcher = (s) => {
  const m = BARE_PAREN_AGENCY.exec(s);
  if (!m?.groups?.agency) return null;
  return { place: null, agency: m.groups.agency, rest: s.slice(m[0].length) };
};

const matchBareAgency: Matcher = (s, ownLine) => {
  const m = BARE_AGENCY.exec(s);
  const g = m?.groups;
  if (!m || !g?.agency) return null;
  const rest = s.slice(m[0].length);
  if (ownLine && rest === '') return { place: null, agency: g.agency, rest };
  if (g.trail !== undefined && HAS_DASH.test(g.trail)) return { place: null, agency: g.agency, rest };
  // fa-kes/input/fakes.csv SANA rows open `SANA Aircrafts of the US-led…` with no dash.
  // Other names start ordinary sentences (`BBC News has learned`), so only SANA is taken bare.
  if (g.trail === undefined && /^(?:SANA|САНА)$/u.test(g.agency) && /^\p{Lu}/u.test(rest)) {
    return { place: null, agency: g.agency, rest };
  }
  return null;
};

/** `GENEVA (Reuters) -`, `دبي، الإمارات العربية المتحدة (CNN) --`. */
const matchParenAgency: Matcher = (s, ownLine) => {
  const m = PAREN_AGENCY.exec(s);
  const g = m?.groups;
  if (!m || !g?.place || !g.agency || !isPlace(g.place) || !isPlace(g.agency, 4)) return null;
  const rest = s.slice(m[0].length);
  if (g.trail === undefined && !(ownLine && rest === '')) return null;
  return { place: cleanPlace(g.place), agency: g.agency.trim(), rest };
};

/** Reuters SGML `<DATELINE>`: `BAHRAIN, Oct 19 -`, `CITY, Calif., Oct 19 -`. The date itself comes from `<DATE>`. */
const matchWireDate: Matcher = (s, ownLine) => {
  const m = WIRE_DATE.exec(s);
  const g = m?.groups;
  if (!m || !g?.place || !isPlace(g.place)) return null;
  if (g.agency !== undefined && !isPlace(g.agency, 4)) return null;
  const rest = s.slice(m[0].length);
  if (g.trail === undefined && !(ownLine && rest === '')) return null;
  return { place: cleanPlace(g.place), agency: g.agency?.trim() ?? null, rest };
};

/** `القاهرة - أحمد الريدي`: a short place, a dash and a short name that is not a known agency. */
const matchPlaceByline: Matcher = (s) => {
  const g = PLACE_BYLINE.exec(s)?.groups;
  if (!g?.place || !g.byline || !isPlace(g.place, 3) || !isPlace(g.byline, 4)) return null;
  if (g.byline.trim().split(/\s+/u).length < 2 || AGENCY_ANYWHERE.test(g.place)) return null;
  return { place: cleanPlace(g.place), agency: null, byline: g.byline.trim(), rest: '' };
};

const INLINE: Matcher[] = [matchParenAgency, matchWireDate, matchPlaceAgency, matchBareParenAgency, matchBareAgency];

function toDateline(m: Match): Dateline {
  return m.byline === undefined
    ? { place: m.place, agency: m.agency }
    : { place: m.place, agency: m.agency, byline: m.byline };
}

/** A line that is only a dateline, e.g. `Москва – САНА`, `دمشق-سانا`. Null when it is not one. */
export function parseDateline(line: string): Dateline | null {
  const s = line.trim();
  if (!s) return null;
  for (const matcher of [...INLINE, matchPlaceByline]) {
    const m = matcher(s, true);
    if (m && m.rest === '') return toDateline(m);
  }
  return null;
}

/** A dateline at the start of a paragraph, e.g. `Damascus, SANA – The army…`; returns the rest of the paragraph. */
export function splitLeadingDateline(paragraph: string): (Dateline & { rest: string }) | null {
  for (const matcher of INLINE) {
    const m = matcher(paragraph, false);
    if (m) return { place: m.place, agency: m.agency, rest: m.rest };
  }
  return null;
}

/**
 * Takes a leading dateline off the first of `paragraphs`, in place, dropping that
 * paragraph when the dateline was all it held. Returns what the dateline stated.
 */
export function liftLeadingDateline(paragraphs: string[]): Dateline | null {
  const first = paragraphs[0];
  if (first === undefined) return null;
  const split = splitLeadingDateline(first);
  if (!split) return null;
  const rest = split.rest.trim();
  if (rest) paragraphs[0] = rest;
  else paragraphs.shift();
  return { place: split.place, agency: split.agency };
}
