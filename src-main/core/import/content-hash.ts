// What the importer derives from a record's text besides the record itself. Both are
// computed where the file is parsed (a worker, usually), not on the main thread.
import { createHash } from 'node:crypto';
import type { DispatchRecord } from '../../contract/records';
import { collapseWhitespace } from '../collapse-whitespace';
import { encodeSignature, signatureOf } from '../threads/minhash';

/** sha256 of title and body with whitespace collapsed: the same article saved twice, in another encoding or with other line endings, hashes the same. */
export function contentHash(record: Pick<DispatchRecord, 'title' | 'paragraphs'>): string {
  return hashOfText(textOf(record));
}

/** Title and body as one text, as the content hash and the thread signature read them. */
const textOf = (record: Pick<DispatchRecord, 'title' | 'paragraphs'>): string =>
  [record.title, ...record.paragraphs].join('\n');

function hashOfText(text: string): string {
  return createHash('sha256')
    .update(collapseWhitespace(text.normalize('NFC')).trim())
    .digest('hex');
}

const SNIPPET_LENGTH = 220;

/**
 * The list row's preview: the body's start on one line, cut at SNIPPET_LENGTH. Only the
 * start is read: collapsing the whitespace of whole bodies cost 1.5 s of a 100,000-file import.
 */
export function snippetOf(paragraphs: readonly string[]): string {
  let start = '';
  for (const [i, paragraph] of paragraphs.entries()) {
    start = i === 0 ? paragraph : `${start} ${paragraph}`;
    if (start.length <= 2 * SNIPPET_LENGTH || i === paragraphs.length - 1) continue;
    // Collapsed text has no two spaces in a row, so one char past the cut is not the end
    // once it is followed by another: the whole body's snippet is cut here too.
    const collapsed = collapseWhitespace(start).trimStart();
    if (collapsed.length > SNIPPET_LENGTH + 1) return cut(collapsed);
  }
  const text = collapseWhitespace(start).trim();
  return text.length > SNIPPET_LENGTH ? cut(text) : text;
}

function cut(text: string): string {
  return `${text.slice(0, SNIPPET_LENGTH - 1)}…`;
}

/** Per record: its content hash, list snippet and thread signature (none for a text too short to match). */
export interface RecordDigest {
  contentHash: string;
  snippet: string;
  minhash?: string;
}

export function digestRecord(record: Pick<DispatchRecord, 'title' | 'paragraphs'>): RecordDigest {
  const text = textOf(record);
  return { contentHash: hashOfText(text), snippet: snippetOf(record.paragraphs), ...signatureField(text) };
}

/** The record's MinHash signature as stored (threads/minhash.ts), made here in the parse worker where the text is. */
export function threadSignature(record: Pick<DispatchRecord, 'title' | 'paragraphs'>): { minhash?: string } {
  return signatureField(textOf(record));
}

function signatureField(text: string): { minhash?: string } {
  const signature = signatureOf(text);
  return signature ? { minhash: encodeSignature(signature) } : {};
}
