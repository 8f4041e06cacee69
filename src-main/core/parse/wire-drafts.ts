// Agency files in, the assembler's drafts out: the wire readers (parse/wire/) find every
// field the format states; this maps one WireItem onto a record, keeping what the common
// fields have no room for (byline, status, guid …) as the record's WireFields.
import type { WireFields } from '../../contract/records';
import type { DraftRecord, FormatError } from './draft';
import type { WireItem, WireOutcome } from './wire/wire-item';

export function wireDraft(item: WireItem, fileWarnings: readonly string[]): DraftRecord {
  return {
    title: item.title ?? '',
    date: item.date,
    place: item.place,
    agency: item.agency,
    // The trailer is what the desk signs a story off with ("(Reporting by …)", "AP-XY-03-01-24 1405EST").
    signature: item.trailer.length ? item.trailer.join(' ') : null,
    // Tables stay as rows of text after the story, rather than run-on text or nothing.
    paragraphs: [...item.paragraphs, ...item.tableRows],
    related: [],
    warnings: [...fileWarnings, ...item.warnings],
    sourceIndex: item.itemIndex,
    ...(item.language && { languageHint: item.language }),
    wire: wireFields(item),
  };
}

/** The fields the item states, none of them empty. */
export function wireFields(item: WireItem): WireFields {
  const subjects = [...new Set([...item.subjects, ...item.keywords])];
  const fields: WireFields = { status: item.status };
  if (item.byline) fields.byline = item.byline;
  if (item.dateTime) fields.dateTime = item.dateTime;
  if (subjects.length) fields.subjects = subjects;
  if (item.urgency !== null) fields.urgency = item.urgency;
  if (item.slugline) fields.slugline = item.slugline;
  if (item.guid) fields.guid = item.guid;
  if (item.version) fields.version = item.version;
  if (item.versionCreated) fields.versionCreated = item.versionCreated;
  if (item.embargo) fields.embargo = item.embargo;
  if (item.correctionNote) fields.correctionNote = item.correctionNote;
  return fields;
}

type WireReject = Extract<WireOutcome, { ok: false }>;

/** A wire reject in the importer's words: the codes a person reads in the import summary. */
export function wireRejectCode(
  code: WireReject['code'],
): FormatError['code'] | 'truncated' | 'undecodable' | 'too-large' {
  switch (code) {
    case 'no-text-items':
    case 'not-wire':
      return 'no-records';
    default:
      return code;
  }
}
