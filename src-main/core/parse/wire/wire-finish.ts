import { detectLanguageOfParts } from '../language';
import type { WireDraft } from './wire-draft';
import { parseWireDate } from './wire-date';
import { parseDatelineText, parseInlineDateline, type ParsedDateline } from './wire-dateline';
import type { WireFlag, WireFormat, WireItem, WireStatus } from './wire-item';
import { isBylineOnly, isInitialsOnly, splitTrailer } from './wire-signoff';
import { clean, cleanOrNull, primaryLanguage, uniqueClean } from './wire-text';

/** The shared rules every format follows once its reader has found the fields. */
export function finishItem(draft: WireDraft, format: WireFormat, itemIndex: number): WireItem {
  const warnings = [...(draft.warnings ?? [])];
  const lead = takeByline(draft);
  const { body, trailer } = splitTrailer(lead.paragraphs);
  const dateline = chooseDateline(draft, lead.firstText);
  const date = parseWireDate(draft.dateRaw);
  if (draft.dateRaw && !date) warnings.push(`date "${clean(draft.dateRaw)}" is in no form the reader knows`);
  const slugline = cleanOrNull(draft.slugline);
  const pubStatus = cleanOrNull(draft.pubStatus)?.toLowerCase() ?? null;
  const ednote = cleanOrNull(draft.ednote);
  const embargo = parseWireDate(draft.embargoRaw)?.dateTime ?? null;
  const flags = flagsOf(draft, { slugline, pubStatus, ednote, embargo });
  return {
    format,
    itemIndex,
    guid: cleanOrNull(draft.guid),
    version: cleanOrNull(draft.version),
    title: cleanOrNull(draft.title),
    date: date?.date ?? null,
    dateTime: date?.dateTime ?? null,
    dateUtc: date?.dateUtc ?? null,
    dateRaw: cleanOrNull(draft.dateRaw),
    versionCreated: parseWireDate(draft.versionCreatedRaw)?.dateTime ?? null,
    embargo,
    place: dateline.place,
    dateline: dateline.text,
    located: cleanOrNull(draft.located),
    agency: agencyOf(draft, dateline.agency),
    distributor: cleanOrNull(draft.distributor),
    credit: cleanOrNull(draft.credit),
    byline: lead.byline,
    bylineInBody: lead.bylineInBody,
    language: primaryLanguage(draft.language) ?? detectedLanguage(draft.title, [...body, ...draft.body.tableRows]),
    paragraphs: body,
    tableRows: draft.body.tableRows,
    trailer: [...trailer, ...(draft.trailer ?? []).map(clean).filter(Boolean)],
    subjects: uniqueClean(draft.subjects ?? []),
    keywords: uniqueClean(draft.keywords ?? []),
    urgency: draft.urgency ?? null,
    priority: draft.priority ?? null,
    slugline,
    pubStatus,
    status: statusOf(pubStatus, flags),
    flags,
    ednote,
    correctionNote: flags.includes('correction') ? (cleanOrNull(draft.correctionNote) ?? ednote) : null,
    warnings,
  };
}

interface Lead {
  paragraphs: string[];
  byline: string | null;
  bylineInBody: boolean;
  /** The opening text to look for a dateline in, a `By …` first line taken off. */
  firstText: string | null;
}

// text.xml and the Reuters KBN file repeat the byline as the first paragraph: it is the
// byline, not body. In the Reuters L4N file "By Arpan Varghese" is the fifth paragraph,
// after summary bullets, and stays in the body. In wordpress_wxr.xml the byline is the
// first line of the first <p>, glued to the dateline sentence.
function takeByline(draft: WireDraft): Lead {
  const stated = cleanOrNull(draft.byline);
  let byline = stated && !isInitialsOnly(stated) ? stated : null;
  const paragraphs = [...draft.body.paragraphs];
  const first = paragraphs[0];
  if (first !== undefined && (isBylineOnly(first) || first === byline)) {
    paragraphs.shift();
    return { paragraphs, byline: byline ?? first, bylineInBody: true, firstText: paragraphs[0] ?? null };
  }
  byline ??= paragraphs.slice(0, 6).find(isBylineOnly) ?? null;
  const lines = (draft.body.raw[0] ?? '').split(/\n/).map(clean).filter(Boolean);
  if (lines.length > 1 && isBylineOnly(lines[0]!)) {
    byline ??= lines[0]!;
    return { paragraphs, byline, bylineInBody: false, firstText: lines.slice(1).join(' ') };
  }
  return { paragraphs, byline, bylineInBody: false, firstText: first ?? null };
}

interface ChosenDateline {
  text: string | null;
  place: string | null;
  agency: string | null;
}

// The dateline element wins unless it only names the place the story's own dateline
// opens with (ap.xml: element "FORT WASHINGTON, Pa.", text "FORT WASHINGTON, Pa. (AP) _").
// An element holding a timestamp is no dateline (Reuters KBN "2014-07-16 15:53:10 GMT+00:00",
// EFE's <story.date>).
function chooseDateline(draft: WireDraft, firstText: string | null): ChosenDateline {
  const inline = firstDateline(firstText, draft.body.paragraphs);
  const elementText = cleanOrNull(draft.datelineText);
  const element: ParsedDateline | null =
    elementText && !/^\d{4}-?\d{2}-?\d{2}/.test(elementText) ? parseDatelineText(elementText) : null;
  const located = cleanOrNull(draft.located);
  if (inline && (!element || inline.text.toLowerCase().startsWith(elementText!.toLowerCase()))) {
    return { text: inline.text, place: inline.place, agency: inline.agency };
  }
  if (element) {
    const place = inline?.place ?? cleanOrNull(draft.datelinePlace) ?? element.place;
    return { text: element.text, place, agency: inline?.agency ?? element.agency };
  }
  return { text: null, place: cleanOrNull(draft.placeHint) ?? located, agency: null };
}

// The Reuters L4N file opens with "(Adds comments, detail)", three summary bullets and
// the byline; its dateline "Jan 30 (Reuters) -" opens the sixth paragraph.
const DATELINE_SEARCH = 6;

function firstDateline(firstText: string | null, paragraphs: string[]): ParsedDateline | null {
  const candidates = [firstText, ...paragraphs.slice(0, DATELINE_SEARCH)];
  for (const text of candidates) {
    const found = text ? parseInlineDateline(text) : null;
    if (found) return found;
  }
  return null;
}

/** creditline ("STT–Sourcefabric" → STT), dateline credit, then the reader's hints. */
function agencyOf(draft: WireDraft, datelineAgency: string | null): string | null {
  const credit = clean(draft.credit).split(/\s*[–—-]\s*/)[0];
  if (credit) return credit;
  if (datelineAgency) return datelineAgency;
  for (const hint of draft.agencyHints ?? []) {
    const value = clean(hint);
    if (value) return value;
  }
  return null;
}

/** Words that open an editor's note on a correction, in the languages of the agencies we see. */
const CORRECTION_NOTE =
  /^(?:correct(?:ion|ed|s|ing)\b|corrige|rectifi|berichtigung|korrektur|korjattu|korjaus|rättelse|rettelse|korrigert|rettifica)/i;

function flagsOf(
  draft: WireDraft,
  seen: { slugline: string | null; pubStatus: string | null; ednote: string | null; embargo: string | null },
): WireFlag[] {
  const flags = new Set<WireFlag>(draft.flags ?? []);
  const labels = [seen.slugline ?? '', ...(draft.keywords ?? [])].join(' ');
  // AP marks a rewritten story in its slug: "BC-US--Earns-Nutrisystem, 1st Ld-Writethru".
  if (/write-?thru/i.test(labels)) flags.add('writethru');
  if (/\bcorrect(?:ion|s|ed)?\b/i.test(labels) || CORRECTION_NOTE.test(seen.ednote ?? '')) flags.add('correction');
  if (seen.embargo || seen.pubStatus === 'embargoed') flags.add('embargoed');
  if (seen.pubStatus === 'canceled' || seen.pubStatus === 'cancelled') flags.add('canceled');
  if (seen.pubStatus === 'withheld') flags.add('kill');
  return [...flags];
}

function statusOf(pubStatus: string | null, flags: WireFlag[]): WireStatus {
  if (flags.includes('canceled') || flags.includes('kill')) return pubStatus === 'withheld' ? 'withheld' : 'canceled';
  if (pubStatus === 'withheld') return 'withheld';
  if (flags.includes('embargoed')) return 'embargoed';
  if (flags.includes('correction')) return 'correction';
  return 'usable';
}

/** No language stated: detect it from the text, and say nothing when the text is too short to tell. */
function detectedLanguage(title: string | null | undefined, paragraphs: string[]): string | null {
  // detectLanguage answers `und` itself when a stub ("body text", "Lorem ipsum") is too short.
  const language = detectLanguageOfParts([clean(title), ...paragraphs]);
  return language === 'und' ? null : language;
}
