import { splitLeadingDate } from './date';
import { splitLeadingDateline } from './dateline';
import { splitGluedSignature } from './signature';

/** What the opening and closing of a CSV row's text state about the dispatch, and the text left. */
export interface LeadingMatter {
  date: string | null;
  place: string | null;
  agency: string | null;
  signature: string | null;
  paragraphs: string[];
}

// dailysabah rows open `Published February 18 2015 …`; jordantimes `Last updated at …`.
const DATE_LEAD_IN = /^(?:published|updated|last updated(?: at)?|posted)\s*:?\s+/i;

/**
 * Scraped article text often repeats what the other columns hold. fa-kes SANA rows read
 * `headline 6 October 2016 Aleppo SANA-Body… Manar/Mazen`; nna rows `Wed 05 Apr 2017 headline.
 * Body…`; ahram rows `headline Body…`. Only what is clearly there is lifted: the headline when
 * it is repeated word for word, a date that parses whole, a dateline that dateline.ts
 * recognises, and (after such a dateline, or for a signing agency) a glued editor signature.
 * Other text is left as is.
 */
export function liftLeadingMatter(paragraphs: string[], title: string, signedAgency = false): LeadingMatter {
  const none: LeadingMatter = { date: null, place: null, agency: null, signature: null, paragraphs };
  const [first, ...others] = paragraphs;
  if (first === undefined) return none;
  let rest = first;
  let titleGone = false;
  [rest, titleGone] = withoutTitle(rest, title);
  const dated = splitLeadingDate(rest.replace(DATE_LEAD_IN, ''));
  if (dated) rest = dated.rest;
  if (!titleGone) [rest] = withoutTitle(rest, title);
  const dateline = splitLeadingDateline(rest);
  if (dateline) rest = dateline.rest.trim();
  const body = rest ? [rest, ...others] : others;
  const glued = dateline || signedAgency ? lastParagraphSignature(body) : null;
  return {
    date: dated?.date ?? null,
    place: dateline?.place ?? null,
    agency: dateline?.agency ?? null,
    signature: glued?.signature ?? null,
    paragraphs: glued?.paragraphs ?? body,
  };
}

/** The text without a leading word-for-word copy of the title (case and spacing aside). */
function withoutTitle(text: string, title: string): [string, boolean] {
  if (!title || text.length <= title.length) return [text, false];
  const head = text.slice(0, title.length);
  if (head.toLowerCase() !== title.toLowerCase()) return [text, false];
  const next = text.charAt(title.length);
  // The title must end at a word boundary: `Syria attack…WHO. Victims…` but not `…WHOever`.
  if (/[\p{L}\p{N}]/u.test(next)) return [text, false];
  return [text.slice(title.length).replace(/^[\s.:;,–—-]+/u, ''), true];
}

// Signature conventions are the agency's: only text with a recognised dateline, or from a
// signing agency named in the row (SANA in fa-kes), gets its glued signature
// (`… in the city. Manar/Mazen`) split off.
function lastParagraphSignature(body: string[]): { signature: string; paragraphs: string[] } | null {
  const last = body.at(-1);
  const split = last ? splitGluedSignature(last) : null;
  if (!split) return null;
  const text = split.text.trim();
  return { signature: split.signature, paragraphs: text ? [...body.slice(0, -1), text] : body.slice(0, -1) };
}
