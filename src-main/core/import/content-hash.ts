// What the importer derives from a record's text besides the record itself. Both are
// computed where the file is parsed (a worker, usually), not on the main thread.
import type { DispatchRecord } from '../../contract/records';
import { collapseWhitespace } from '../collapse-whitespace';
import { encodeSignature, signatureOf } from '../threads/minhash';
import { sha256Hex } from '../sha256';

/** sha256 of title and body with whitespace collapsed: the same article saved twice, in another encoding or with other line endings, hashes the same. */
export function contentHash(record: Pick<DispatchRecord, 'title' | 'paragraphs'>): string {
  return hashOfText(textOf(record));
}

/** Title and body as one text, as the content hash and the thread signature read them. */
const textOf = (record: Pick<DispatchRecord, 'title' | 'paragraphs'>): string =>
  [record.title, ...record.paragraphs].join('\n');

function hashOfText(text: string): string {
  return sha256Hex(collapseWhitespace(nfc(text)).trim());
}

/**
 * A character below U+0300 is in NFC and composes with none before it (the combining marks
 * and every composing pair start there), so text of them only is its own NFC. V8 copies the
 * text for ICU even then, and the test is near free on a one-byte string: 14,222 records'
 * texts (bc20k's fa-kes, reuters21578, sana and bbc), 19 → 7 ms.
 */
const MAY_NEED_NFC = /[\u0300-\uffff]/;

function nfc(text: string): string {
  return MAY_NEED_NFC.test(text) ? text.normalize('NFC') : text;
}

const SNIPPET_LENGTH = 220;

/** Raw characters of the body read for its snippet: enough for SNIPPET_LENGTH unless most are spaces. */
const SNIPPET_HEAD = 2 * SNIPPET_LENGTH;

/**
 * The list row's preview: the body's start on one line, cut at SNIPPET_LENGTH. Only the
 * start is read: collapsing the whitespace of whole bodies cost 1.5 s of a 100,000-file
 * import, and a one-paragraph body (fa-kes' CSV rows, 1,900 characters) was still read whole.
 */
export function snippetOf(paragraphs: readonly string[]): string {
  let start = '';
  for (const [i, paragraph] of paragraphs.entries()) {
    start = i === 0 ? paragraph : `${start} ${paragraph}`;
    if (start.length > SNIPPET_HEAD) break;
  }
  if (start.length > SNIPPET_HEAD) {
    // A run of whitespace the cut splits is one space either way, so the head collapses to
    // the start of the collapsed body; with more than one char past the cut (it has no two
    // spaces in a row) the body's snippet is cut there too.
    const head = collapseWhitespace(start.slice(0, SNIPPET_HEAD)).trimStart();
    if (head.length > SNIPPET_LENGTH + 1) return cut(head);
    start = paragraphs.join(' ');
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
