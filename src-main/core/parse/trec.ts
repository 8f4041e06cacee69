import { parseDate } from './date';
import { stampDay } from './date-stamp';
import { liftLeadingDateline } from './dateline';
import { FormatError, type DraftRecord } from './draft';
import { elementContent } from './sgml-elements';
import { readTrecText, withAbstract } from './trec-text';
import { outletAgency, outletName, readTrecAuthor } from './trec-source';
import { collapseWhitespace } from '../collapse-whitespace';

/**
 * TREC-style documents (the ANT corpus, saved as `.txt`): one or more
 * `<DOC><DOCNO><URL><SRC><CAT><TITLE><TIME><AUTHOR><ABSTRACT><TEXT></DOC>`.
 * TIME is RFC 822, ISO 8601 or dd/mm/yyyy depending on the outlet; AUTHOR is optional
 * (11 ant-jawharafm files have none).
 */
export function parseTrec(text: string): DraftRecord[] {
  const docs = [...text.matchAll(/<DOC>([\s\S]*?)(?:<\/DOC>|(?=<DOC>)|$)/gi)].map((m) => m[1] ?? '');
  if (docs.length === 0) throw new FormatError('malformed', 'no <DOC> element in this TREC-style file');
  return docs.map(parseDoc);
}

function parseDoc(doc: string): DraftRecord {
  const warnings: string[] = [];
  const rawDate = field(doc, 'TIME');
  const date = rawDate === null ? null : parseDate(stampDay(rawDate));
  if (rawDate !== null && date === null) warnings.push(`date not recognised: "${rawDate}"`);
  const src = field(doc, 'SRC');
  const author = readTrecAuthor(src, field(doc, 'AUTHOR'));
  const body = readTrecText(field(doc, 'TEXT') ?? '');
  // CNN Arabic files its dateline inside the text: `دبي، الإمارات العربية المتحدة (CNN)-- ...`.
  const lead = liftLeadingDateline(body.paragraphs);
  return {
    title: collapseWhitespace(field(doc, 'TITLE') ?? ''),
    date,
    place: author.place ?? lead?.place ?? null,
    // SRC names the outlet that ran the story: the agency when nothing more specific is stated.
    agency: author.agency ?? outletAgency(lead?.agency ?? null, src) ?? outletName(src),
    signature: null,
    paragraphs: withAbstract(field(doc, 'ABSTRACT'), body.paragraphs),
    related: body.related,
    warnings,
  };
}

/** Trimmed content of `<TAG>...</TAG>`; null when the tag is absent or empty. */
function field(doc: string, tag: string): string | null {
  const value = elementContent(doc, tag, { attributes: false })?.trim();
  return value ? value : null;
}
