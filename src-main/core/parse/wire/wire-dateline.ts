// Datelines as agencies write them at the head of a story, and in dateline elements:
//   NEW YORK (AP) —                      ap-nitf.xml
//   FORT WASHINGTON, Pa. (AP) _          ap.xml (AP's underscore dash)
//   Tegucigalpa, Jan 2 (EFE).-           efe_nitf.xml
//   STOCKHOLM, Aug 29, 2014 (AFP) -      afp.xml; `Strasbourg, 10 juil 2024 (AFP)` in afp20.xml has no dash
//   Jan 30 (Reuters) -                   a Reuters dateline with a date and no place
//   (ANSA) - ROMA, 1 LUG -               ansa_culture.xml: the credit comes first
//   SYDNEY March 22 AAP -                aap-cyber.xml: no parentheses
// The place is the text before the credit, up to the first comma-separated part that is a date.

export interface ParsedDateline {
  /** The dateline as written, dash included. */
  text: string;
  place: string | null;
  agency: string | null;
}

const DASH = String.raw`(?:\.?\s*[-–—_:]+|\.-)`;
const CREDIT = String.raw`\((?<agency>[A-Za-z][\w.&' -]{0,38}[\w.])\)`;
/** `PLACE[, DATE] (AGENCY) —`; `pre` is checked apart, so a sentence with an aside in brackets is no dateline. */
const CREDIT_AFTER = new RegExp(String.raw`^(?<pre>[^()]{0,80}?)\s*${CREDIT}\s*(?<dash>${DASH})?`);
const CREDIT_FIRST = new RegExp(String.raw`^${CREDIT}\s*[-–—]\s*(?<pre>[^-–—]{2,60}?)\s*[-–—]`);
const BARE_CODE =
  /^(?<pre>[A-ZÀ-Þ][A-ZÀ-Þ .'-]*[A-ZÀ-Þ](?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?) (?<agency>[A-Z]{2,6}) [-–—]/;

const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/** A dateline opening a paragraph: the credit must be there, and a dash after it. */
export function parseInlineDateline(paragraph: string): ParsedDateline | null {
  const first = CREDIT_FIRST.exec(paragraph);
  if (first?.groups) return build(first[0], first.groups.pre!, first.groups.agency!);
  const after = CREDIT_AFTER.exec(paragraph);
  if (after?.groups?.dash && plausiblePre(after.groups.pre!))
    return build(after[0], after.groups.pre!, after.groups.agency!);
  const bare = BARE_CODE.exec(paragraph);
  if (bare?.groups) return build(bare[0], bare.groups.pre!, bare.groups.agency!);
  return null;
}

/** A dateline element's text: the same shapes, the dash optional, or a bare place ("Helsinki"). */
export function parseDatelineText(text: string): ParsedDateline {
  const inline = parseInlineDateline(text);
  if (inline) return { ...inline, text };
  const after = CREDIT_AFTER.exec(text);
  if (after?.groups && plausiblePre(after.groups.pre!))
    return { text, place: placeOf(after.groups.pre!), agency: after.groups.agency!.trim() };
  return { text, place: placeOf(text.replace(/\s*[-–—_]+\s*$/, '')), agency: null };
}

function build(matched: string, pre: string, agency: string): ParsedDateline {
  return { text: matched.trim(), place: placeOf(pre), agency: agency.trim() };
}

/** A place and date, not a sentence: short, and no full stop followed by more words. */
function plausiblePre(pre: string): boolean {
  return (
    pre.trim().length > 0 &&
    pre.length <= 80 &&
    !/[.!?]\s+\S/.test(pre.replace(/\b[A-Z][a-z]{0,3}\.\s/g, '')) &&
    !/["“”]/.test(pre)
  );
}

/** Leading comma-separated parts up to the first that is a date; a trailing `March 22` is cut first. */
export function placeOf(pre: string): string | null {
  const kept: string[] = [];
  for (const part of pre.split(',')) {
    const undated = part.replace(DATE_TAIL, '');
    if (undated.trim() && !isDatePart(undated)) kept.push(undated);
    if (undated !== part || isDatePart(part)) break;
  }
  const place = kept.join(',').trim();
  return place || null;
}

/** `SYDNEY March 22`: the month and day after a place. */
const DATE_TAIL = /\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}$/i;

function isDatePart(part: string): boolean {
  const words = part.trim().split(/\s+/);
  return /\d/.test(part) || (words.length <= 2 && words.some((w) => MONTH.test(w)));
}
