// The spreadsheet export: one row per article with its metadata, tags and how much the
// user did with it. Excel guesses the encoding of a CSV from its first bytes, so the file
// starts with a UTF-8 byte-order mark (without it, Cyrillic and Arabic open as mojibake),
// and its rows end in CRLF as Excel writes them. Quoting is papaparse's, on every field:
// Excel in a Russian or German locale splits a CSV on `;`, not `,`, so a cell quoted only
// when it holds a comma would be cut at its `;` and `Talks;=HYPERLINK(…)` would put a
// formula at the start of a cell the guard below never saw (audit finding 13). Inside
// quotes, a `;` is text in either locale.
import Papa from 'papaparse';
import type { Article } from '../../contract/archive';
import type { ExportDocument } from './export-document';
import { MENTION_COLUMNS, namesByLabel } from './mention-names';

const BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'id',
  'date',
  'title',
  'place',
  'agency',
  'language',
  'signature',
  'byline',
  'date_time',
  'status',
  'subjects',
  'urgency',
  'slugline',
  'guid',
  'version',
  'tags',
  'annotations',
  'has_note',
  'source_path',
  'sha256',
  'format',
  'encoding',
  ...MENTION_COLUMNS,
] as const;

/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is read by Excel, LibreOffice and Sheets as a
 * formula, and article text is untrusted: a headline `=HYPERLINK("http://…")` would run.
 * Such a cell gets a leading `'`, which spreadsheets show as text. papaparse's own
 * `escapeFormulae: true` uses `/^[=+\-@\t\r].*$/`, whose `.` stops at a newline, so a
 * multi-line cell starting with `=` would slip through; this pattern looks at the first
 * character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;

function row(article: Article): (string | number)[] {
  const source = article.source;
  return [
    article.id,
    article.date ?? '',
    article.title,
    article.place ?? '',
    article.agency ?? '',
    article.language,
    article.signature ?? '',
    article.byline ?? '',
    article.dateTime ?? '',
    article.status ?? '',
    (article.subjects ?? []).join('; '),
    article.urgency ?? '',
    article.slugline ?? '',
    article.guid ?? '',
    article.version ?? '',
    article.userData.tags.join('; '),
    article.userData.annotations.length,
    article.userData.note.trim() ? 'yes' : 'no',
    source.path,
    source.sha256,
    source.format,
    source.encoding,
    ...mentionCells(article),
  ];
}

/** The names the article mentions, a cell per type, `; `-joined as tags and subjects are. */
function mentionCells(article: Article): string[] {
  const names = namesByLabel(article.entities);
  return MENTION_COLUMNS.map((label) => names[label].join('; '));
}

/** One row per article: metadata, tags, annotation count. UTF-8 with a BOM for spreadsheet apps. */
export function buildCsv(doc: ExportDocument): string {
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: doc.articles.map(row) },
    { newline: '\r\n', escapeFormulae: FORMULA_START, header: true, quotes: true },
  );
  return `${BOM}${csv}\r\n`;
}
