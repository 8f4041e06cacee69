// A document read from PDF, DOCX or ODT, as a draft for the assembler: its creation time as
// the record's time (kept with its offset, the day taken in that offset), a leading "By …"
// line as the byline (else the author the file's properties name), and dates no news
// document can carry refused with a warning.
import type { WireFields } from '../../../contract/records';
import { liftLeadingDateline } from '../dateline';
import type { DraftRecord } from '../draft';
import type { DocumentText } from './document-outcome';

/** A "By …" line: a name or two, short, without the full stop of a sentence. */
const BYLINE =
  /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+(\p{Lu}[\p{L}.'’ -]{1,60}(?:\s+(?:and|und|et|y|e|en)\s+\p{Lu}[\p{L}.'’ -]{1,60})?)$/u;
const EARLIEST_YEAR = 1900;
/** A file copied from a machine whose clock ran a little ahead is not refused for that alone. */
const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

export function documentDraft(doc: DocumentText, mtimeMs: number): DraftRecord {
  const warnings = [...doc.warnings];
  const paragraphs = [...doc.paragraphs];
  const lineByline = BYLINE.exec(paragraphs[0] ?? '')?.[1]?.trim();
  if (lineByline) paragraphs.shift();
  const byline = lineByline || doc.author?.trim();
  // "GENEVA (Reuters) - …" is where and from whom, as in every other reader.
  const dateline = liftLeadingDateline(paragraphs);
  const when = saneTime(doc.dateTime, mtimeMs, warnings);
  const wire: WireFields = {};
  if (byline) wire.byline = byline;
  // Only an instant with its offset is a dateTime; a local time without one gives the day alone.
  if (when && /(?:Z|[+-]\d{2}:\d{2})$/.test(when)) wire.dateTime = when;
  return {
    title: doc.title ?? '',
    date: when ? when.slice(0, 10) : null,
    place: dateline?.place ?? null,
    agency: dateline?.agency ?? null,
    signature: null,
    paragraphs,
    related: [],
    warnings,
    wire,
  };
}

function saneTime(dateTime: string | null, mtimeMs: number, warnings: string[]): string | null {
  if (!dateTime) return null;
  const year = Number(dateTime.slice(0, 4));
  const instant = Date.parse(/T/.test(dateTime) ? dateTime : `${dateTime.slice(0, 10)}T00:00:00Z`);
  if (year < EARLIEST_YEAR) {
    warnings.push(`creation date ${dateTime} ignored: before ${EARLIEST_YEAR}`);
    return null;
  }
  if (instant > mtimeMs + CLOCK_SLACK_MS) {
    warnings.push(`creation date ${dateTime} ignored: later than the file itself`);
    return null;
  }
  return dateTime;
}
