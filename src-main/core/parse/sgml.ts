import { parseDate } from './date';
import { stampDay } from './date-stamp';
import { FormatError, type DraftRecord } from './draft';
import { parseDateline, type Dateline } from './dateline';
import { elementContent, withoutElements } from './sgml-elements';
import { decodeSgmlText, rejoinWrappedLines, stripReuterSignOff } from './sgml-text';
import { collapseWhitespace } from '../collapse-whitespace';

/**
 * Reuters-21578 SGML (`.sgm`): a sequence of `<REUTERS ...>` records. Each holds DATE and a
 * TEXT element with TITLE, an optional AUTHOR (a byline, not kept), DATELINE and BODY.
 * TYPE="BRIEF" texts are a headline only; TYPE="UNPROC" texts are untagged wire copy.
 */
export function parseSgml(text: string): DraftRecord[] {
  const chunks = text.split(/(?=<REUTERS[\s>])/i).filter((chunk) => /^<REUTERS[\s>]/i.test(chunk));
  if (chunks.length === 0) throw new FormatError('malformed', 'no <REUTERS> record in this SGML file');
  return chunks.map(parseRecord);
}

function parseRecord(chunk: string): DraftRecord {
  const warnings: string[] = [];
  if (!/<\/REUTERS>/i.test(chunk)) warnings.push('record is cut off: no closing </REUTERS> tag');
  const rawDate = element(chunk, 'DATE');
  const date = rawDate === null ? null : parseDate(stampDay(rawDate));
  if (rawDate !== null && date === null) warnings.push(`date not recognised: "${rawDate}"`);
  const textElement = elementContent(chunk, 'TEXT', { toEnd: true }) ?? '';
  const parts = titleAndParagraphs(textElement);
  // Every record is a <REUTERS> wire item, and the body's `Reuter` sign-off says the same;
  // BRIEF records carry no sign-off but are the same agency's flashes.
  return {
    title: parts.title,
    paragraphs: parts.paragraphs,
    date,
    // `BAHRAIN, Oct 19 -`, `PALO ALTO, Calif., Oct 19 -`: the place precedes the month and
    // day (the year is only in DATE).
    place: parts.dateline?.place ?? null,
    agency: 'Reuters',
    signature: null,
    related: [],
    warnings,
  };
}

interface RecordText {
  title: string;
  paragraphs: string[];
  /** From the DATELINE element, or from a dateline-only first line of untagged text. */
  dateline: Dateline | null;
}

function titleAndParagraphs(textElement: string): RecordText {
  const title = element(textElement, 'TITLE');
  const body = element(textElement, 'BODY');
  if (title === null && body === null) return untaggedText(textElement);
  const paragraphs = body === null ? briefText(textElement) : rejoinWrappedLines(body);
  stripReuterSignOff(paragraphs);
  const dateline = element(textElement, 'DATELINE');
  return { title: oneLine(title ?? ''), paragraphs, dateline: dateline === null ? null : parseDateline(dateline) };
}

/**
 * TYPE="BRIEF" records have no BODY; around the TITLE are the flash marker `******` and
 * the placeholder `Blah blah blah.`, neither of which is news: both are dropped.
 */
function briefText(textElement: string): string[] {
  const rest = decodeSgmlText(withoutElements(textElement));
  return rejoinWrappedLines(rest.replace(/^\s*\*+/, ''))
    .map((p) => p.replace(/^\*+\s*/, ''))
    .filter((p) => p && !/^blah blah blah\.?$/i.test(p));
}

/**
 * TYPE="UNPROC": no TITLE or BODY tags; the first line is the headline, the rest the body.
 * A first body line that is only a dateline (`HARTFORD, Conn., Oct 19` in reut2-021.sgm) is one.
 */
function untaggedText(textElement: string): RecordText {
  const lines = decodeSgmlText(textElement).split('\n');
  const titleIndex = lines.findIndex((line) => line.trim());
  if (titleIndex < 0) return { title: '', paragraphs: [], dateline: null };
  const paragraphs = rejoinWrappedLines(lines.slice(titleIndex + 1).join('\n'));
  stripReuterSignOff(paragraphs);
  const dateline = paragraphs[0] === undefined ? null : parseDateline(paragraphs[0]);
  if (dateline) paragraphs.shift();
  return { title: oneLine(lines[titleIndex] ?? ''), paragraphs, dateline };
}

/** The decoded content of the first `<TAG>...</TAG>` in `source`, or null when absent. */
function element(source: string, tag: string): string | null {
  const content = elementContent(source, tag);
  return content === null ? null : decodeSgmlText(content);
}

function oneLine(text: string): string {
  return collapseWhitespace(text).trim();
}
