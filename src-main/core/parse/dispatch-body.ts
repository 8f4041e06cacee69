// The body of a plain-text (or Markdown) dispatch after its headline: header
// lines (dateline, date), paragraphs, the editor signature and the related block.
import { parseDate } from './date';
import type { DraftRecord } from './draft';
import { parseDateline, splitLeadingDateline, type Dateline } from './dateline';
import { toParagraphs } from './paragraphs';
import { splitRelated } from './related';
import { isSignatureLine, splitGluedSignature } from './signature';

export type DispatchBody = Pick<DraftRecord, 'date' | 'place' | 'agency' | 'signature' | 'paragraphs' | 'related'>;

// Header lines sit right under the headline (seed: `Москва – САНА`, then `15-07-2016`).
const MAX_HEADER_LINES = 3;
// A date line is short; longer text that merely mentions a date is prose
// (factrueval states dates only in sentences, and those must not be lifted).
const MAX_DATE_LINE = 40;

export function readDispatchBody(lines: readonly string[]): DispatchBody {
  const { main, related } = splitRelated(lines);
  const header = liftHeader(toParagraphs(main));
  const signed = liftSignature(header.paragraphs);
  return {
    date: header.date,
    place: header.dateline?.place ?? null,
    agency: header.dateline?.agency ?? null,
    signature: signed.signature,
    paragraphs: signed.paragraphs,
    related,
  };
}

interface Header {
  date: string | null;
  dateline: Dateline | null;
  paragraphs: string[];
}

/** Takes the dateline and date lines off the top; failing an own-line dateline, one opening the first paragraph. */
function liftHeader(paragraphs: string[]): Header {
  let date: string | null = null;
  let dateline: Dateline | null = null;
  let taken = 0;
  for (const p of paragraphs.slice(0, MAX_HEADER_LINES)) {
    const ownDateline: Dateline | null = dateline ? null : parseDateline(p);
    const ownDate: string | null = date || ownDateline || p.length > MAX_DATE_LINE ? null : parseDate(p);
    if (!ownDateline && !ownDate) break;
    dateline ??= ownDateline;
    date ??= ownDate;
    taken += 1;
  }
  const rest = paragraphs.slice(taken);
  const first = rest[0];
  if (!dateline && first !== undefined) {
    const inline = splitLeadingDateline(first);
    if (inline && inline.rest) {
      dateline = { place: inline.place, agency: inline.agency };
      rest[0] = inline.rest;
    }
  }
  return { date, dateline, paragraphs: rest };
}

/**
 * The last paragraph is the signature when it is one (`*Н.С./М.К.`), or carries
 * one glued to its end. Plain text lacks SANA JSON's certainty that every item is
 * signed, so a glued tail must show a clear signature cue (slash, initials, `*`).
 */
function liftSignature(paragraphs: string[]): { signature: string | null; paragraphs: string[] } {
  const last = paragraphs.at(-1);
  if (last === undefined) return { signature: null, paragraphs };
  if (isSignatureLine(last)) return { signature: last.trim(), paragraphs: paragraphs.slice(0, -1) };
  const glued = splitGluedSignature(last);
  if (glued && isSignatureLine(glued.signature)) {
    return { signature: glued.signature, paragraphs: [...paragraphs.slice(0, -1), glued.text] };
  }
  return { signature: null, paragraphs };
}
