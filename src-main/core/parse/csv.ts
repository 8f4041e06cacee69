import Papa, { type ParseError } from 'papaparse';
import { inferDateOrder, parseDateWithOrder, type DateOrder } from './date';
import { FormatError, type DraftRecord } from './draft';
import { liftLeadingMatter } from './csv-lead';
import { canonicalAgency, signsDispatches } from './agencies';
import { collapseWhitespace } from '../collapse-whitespace';

type Row = Record<string, string | undefined>;

/** Which header holds each field; undefined when the file has no such column. */
interface Columns {
  title?: string;
  date?: string;
  text?: string;
  agency?: string;
  place?: string;
}

// Header names matched case-insensitively, best first. `article_title` and
// `article_content` are fa-kes/input/fakes.csv.
const COLUMN_NAMES: Record<keyof Columns, string[]> = {
  title: ['title', 'headline', 'article_title', 'heading'],
  date: ['date', 'published', 'published_at', 'publish_date', 'pubdate', 'date_published'],
  text: ['text', 'content', 'body', 'article_content', 'article_text', 'article', 'story'],
  agency: ['source', 'agency', 'publisher', 'outlet'],
  place: ['location', 'place', 'city'],
};

/** A CSV (or TSV) with a header row; each row is one dispatch. */
export function parseCsv(text: string): DraftRecord[] {
  const parsed = Papa.parse<Row>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    ...delimiterOf(text),
  });
  const columns = matchColumns(parsed.meta.fields ?? []);
  if (!columns.title && !columns.text) {
    const found = (parsed.meta.fields ?? []).join(', ') || 'none';
    throw new FormatError('malformed', `CSV header has no title or text column (columns: ${found})`);
  }
  const rowErrors = errorsByRow(parsed.errors);
  // fa-kes writes `4/18/17`: the column as a whole tells whether it is month-first.
  const order = columns.date ? (inferDateOrder(parsed.data.map((row) => row[columns.date!] ?? '')) ?? 'dmy') : 'dmy';
  return parsed.data.map((row, index) => rowToDraft(row, columns, order, rowWarnings(rowErrors.get(index))));
}

/** papaparse's own candidates (its guessDelimiter), in its order: the order breaks its ties. */
const DELIMITERS = [',', '\t', '|', ';', Papa.RECORD_SEP, Papa.UNIT_SEP];

/**
 * papaparse's delimiter options for `text`, for the same delimiter with less guessing.
 * papaparse guesses by parsing the first ten rows once per candidate, and a single-record
 * file's ten rows are the whole file: 7 parses of each of fa-kes' 5,642 files. A candidate
 * the text lacks splits no row, so its one field a row never passes papaparse's `> 1.99` and
 * it never wins: only the ones present are tried. With none but the comma (4,822 of those
 * files) there is nothing to guess: it wins or papaparse falls back to it, adding only a
 * row-less UndetectableDelimiter error, which errorsByRow drops. Papa.parse over fa-kes'
 * texts: 140 → 90 ms a round, with the same rows, fields and row errors for every file.
 */
function delimiterOf(text: string): Pick<Papa.ParseConfig, 'delimiter' | 'delimitersToGuess'> {
  const present = DELIMITERS.filter((delimiter) => text.includes(delimiter));
  return present.length === 0 || (present.length === 1 && present[0] === ',')
    ? { delimiter: ',' }
    : { delimitersToGuess: present };
}

/**
 * Papaparse reports two errors for each badly quoted field, so one malformed row can carry
 * hundreds of thousands: they are gathered in place (copying the row's list for each error was
 * quadratic; audit finding 1) and a record names only the first few.
 */
const MAX_ROW_WARNINGS = 20;

function errorsByRow(errors: readonly ParseError[]): Map<number, ParseError[]> {
  const byRow = new Map<number, ParseError[]>();
  for (const error of errors) {
    if (error.row === undefined) continue;
    const list = byRow.get(error.row);
    if (list) list.push(error);
    else byRow.set(error.row, [error]);
  }
  return byRow;
}

function rowWarnings(errors: readonly ParseError[] = []): string[] {
  const warnings = errors.slice(0, MAX_ROW_WARNINGS).map((e) => `CSV row ${e.row! + 2}: ${e.message}`);
  if (errors.length > MAX_ROW_WARNINGS)
    warnings.push(`CSV row ${errors[0]!.row! + 2}: ${errors.length - MAX_ROW_WARNINGS} more errors`);
  return warnings;
}

function matchColumns(fields: string[]): Columns {
  const byLower = new Map(fields.map((f) => [f.toLowerCase(), f] as const));
  const columns: Columns = {};
  for (const key of Object.keys(COLUMN_NAMES) as (keyof Columns)[]) {
    const name = COLUMN_NAMES[key].find((candidate) => byLower.has(candidate));
    if (name) columns[key] = byLower.get(name);
  }
  return columns;
}

function cell(row: Row, column: string | undefined): string {
  return column ? collapseWhitespace(row[column] ?? '').trim() : '';
}

function rowToDraft(row: Row, columns: Columns, order: DateOrder, warnings: string[]): DraftRecord {
  const title = cell(row, columns.title);
  const rawDate = cell(row, columns.date);
  const columnDate = rawDate ? parseDateWithOrder(rawDate, order) : null;
  if (rawDate && !columnDate) warnings.push(`date column value "${rawDate}" is not a date`);
  const body = columns.text ? (row[columns.text] ?? '') : '';
  const paragraphs = body
    .split(/\n+/)
    .map((p) => collapseWhitespace(p).trim())
    .filter(Boolean);
  const columnAgency = canonicalAgency(cell(row, columns.agency)) || null;
  const lead = liftLeadingMatter(paragraphs, title, signsDispatches(columnAgency));
  if (columnDate && lead.date && lead.date !== columnDate) {
    warnings.push(`date column says ${columnDate} but the text opens with ${lead.date}`);
  }
  if (!title) warnings.push('row has no title');
  return {
    title,
    date: columnDate ?? lead.date,
    place: lead.place ?? (cell(row, columns.place) || null),
    agency: lead.agency ?? columnAgency,
    signature: lead.signature,
    paragraphs: lead.paragraphs,
    related: [],
    warnings,
  };
}
