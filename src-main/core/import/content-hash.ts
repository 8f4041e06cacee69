// What the importer derives from a record's text besides the record itself. Both are
// computed where the file is parsed (a worker, usually), not on the main thread.
import { createHash } from 'node:crypto';
import type { DispatchRecord } from '../../contract/records';

/** sha256 of title and body with whitespace collapsed: the same article saved twice, in another encoding or with other line endings, hashes the same. */
export function contentHash(record: Pick<DispatchRecord, 'title' | 'paragraphs'>): string {
  const text = [record.title, ...record.paragraphs].join('\n').normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(text).digest('hex');
}

const SNIPPET_LENGTH = 220;

/** The list row's preview: the body's start on one line. */
export function snippetOf(paragraphs: readonly string[]): string {
  const text = paragraphs.join(' ').replace(/\s+/g, ' ').trim();
  return text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH - 1)}…` : text;
}

/** Per record: its content hash and list snippet. */
export interface RecordDigest {
  contentHash: string;
  snippet: string;
}

export function digestRecord(record: Pick<DispatchRecord, 'title' | 'paragraphs'>): RecordDigest {
  return { contentHash: contentHash(record), snippet: snippetOf(record.paragraphs) };
}
