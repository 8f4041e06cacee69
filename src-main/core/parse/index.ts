import type { DispatchFormat, DispatchRecord, DocumentFormat, SourceRef, TextFormat } from '../../contract/records';
import { sha256Hex } from '../sha256';
import { detectFormat } from './detect-format';
import { saneDates } from './date-sanity';
import { FormatError, type DraftRecord } from './draft';
import { decodeBytes, looksBinary, normaliseText } from './encoding';
import { detectLanguageOfParts } from './language';
import { parseText } from './text';
import { parseMarkdown } from './markdown';
import { parseHtml } from './html';
import { parseJson } from './json';
import { parseJsonLines } from './jsonl';
import { parseCsv } from './csv';
import { parseSgml } from './sgml';
import { parseTrec } from './trec';
import { parseFeed } from './feed/feed';
import { looksLikeMhtml, readMhtml } from './mhtml';
import { detectWire } from './wire/detect-wire';
import { readWire } from './wire/read-wire';
import { wireDraft, wireRejectCode } from './wire-drafts';
import { detectDocument } from './docs/detect-document';
import { documentDraft } from './docs/document-draft';
import { readDocument } from './docs/read-document';

export interface FileInput {
  /** Absolute path; it becomes part of each record's id. */
  path: string;
  bytes: Uint8Array;
  mtimeMs: number;
  /** The bytes' sha256 when the caller has it already (the importer hashes to skip unchanged files). */
  sha256?: string;
}

export type RejectCode =
  | 'empty'
  | 'whitespace-only'
  | 'binary'
  | 'undecodable'
  | 'truncated-json'
  | 'invalid-json'
  | 'no-records'
  | 'malformed'
  | 'truncated'
  | 'backup-file'
  | 'unreadable'
  | 'too-large'
  | 'symlink-loop'
  | 'not-a-file'
  | 'outside-folder'
  | 'reader-failed'
  | 'reader-crashed'
  | 'too-slow'
  | 'encrypted'
  | 'no-text-layer';

export type ParseOutcome =
  | { ok: true; format: DispatchFormat; encoding: string; sha256: string; records: DispatchRecord[] }
  | { ok: false; code: RejectCode; reason: string };

// MHTML is not here: it is known by its bytes and decoded as MIME first (parseMhtmlFile).
const PARSERS: Record<Exclude<TextFormat, 'mhtml'>, (text: string, mtimeMs: number) => DraftRecord[]> = {
  text: parseText,
  markdown: parseMarkdown,
  html: parseHtml,
  json: parseJson,
  jsonl: parseJsonLines,
  csv: parseCsv,
  sgml: parseSgml,
  trec: parseTrec,
  feed: parseFeed,
};

/**
 * Bytes of one file in, dispatch records out. Pure apart from hashing: no I/O. Never throws:
 * a reader that throws on some input has a bug, but that must cost its file only (audit
 * finding 2: one page of 3,000 nested <b> overflowed the stack and failed a whole import).
 * Asynchronous because the MIME parser of e-mail is (postal-mime).
 */
export async function parseFile(input: FileInput): Promise<ParseOutcome> {
  try {
    // Agency formats are known by their bytes before any decoding: a NITF may declare a
    // charset its bytes contradict, and ANPA/7901 framing is control characters.
    // A saved page is also a MIME message with mail headers, so MHTML is asked before e-mail.
    if (input.bytes.length && looksLikeMhtml(input.bytes, input.path)) return await parseMhtmlFile(input);
    const wire = input.bytes.length ? detectWire(input.bytes) : null;
    if (wire) return await parseWireFile(input);
    // PDF, DOCX and ODT are binary: known by their bytes before the binary check refuses them.
    const document = input.bytes.length ? detectDocument(input.bytes, input.path) : null;
    return document ? await parseDocumentFile(input, document) : parseBytes(input);
  } catch (err) {
    // A reader's own reject is a reject wherever it is thrown from: an MHTML page with a
    // headline and no text came out as "the reader failed" (found by tests/unit/fuzz).
    if (err instanceof FormatError) return { ok: false, code: err.code, reason: err.message };
    return readerFailure(err);
  }
}

async function parseWireFile(input: FileInput): Promise<ParseOutcome> {
  const read = await readWire(input.bytes, input.path);
  if (!read.ok)
    return { ok: false, code: wireRejectCode(read.code), reason: read.reason.replace(`${input.path}: `, '') };
  const drafts = read.items.map((item) => wireDraft(item, read.warnings));
  return draftsOutcome(input, read.format, read.encoding, drafts);
}

async function parseDocumentFile(input: FileInput, format: DocumentFormat): Promise<ParseOutcome> {
  const read = await readDocument(format, input.bytes);
  if (!read.ok) return { ok: false, code: read.code, reason: read.reason };
  const draft = documentDraft(read.document, input.mtimeMs);
  if (!draft.paragraphs.some((p) => p.trim()))
    return { ok: false, code: 'no-records', reason: `no body text in this ${format} file` };
  const sha256 = input.sha256 ?? sha256Hex(input.bytes);
  const record = assemble(draft, sourceOf(input, format, 'binary', sha256, undefined));
  return { ok: true, format, encoding: 'binary', sha256, records: [record] };
}

function sourceOf(
  input: FileInput,
  format: DispatchFormat,
  encoding: string,
  sha256: string,
  recordIndex: number | undefined,
): SourceRef {
  return {
    path: input.path,
    format,
    encoding,
    sha256,
    size: input.bytes.length,
    mtime: new Date(input.mtimeMs).toISOString(),
    ...(recordIndex !== undefined ? { recordIndex } : {}),
  };
}

/** The reject of a file whose reader threw. */
export function readerFailure(err: unknown): ParseOutcome & { ok: false } {
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return { ok: false, code: 'reader-failed', reason: `could not be read: the reader failed (${what.slice(0, 200)})` };
}

function parseBytes(input: FileInput): ParseOutcome {
  const { bytes } = input;
  if (bytes.length === 0) return { ok: false, code: 'empty', reason: 'file is empty (0 bytes)' };
  if (looksBinary(bytes)) return { ok: false, code: 'binary', reason: 'file is binary, not text' };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, code: 'undecodable', reason: decoded.reason };
  const text = normaliseText(decoded.text);
  if (!text.trim()) return { ok: false, code: 'whitespace-only', reason: 'file holds only whitespace' };

  const format = detectFormat(input.path, text);
  let drafts: DraftRecord[];
  try {
    drafts = PARSERS[format](text, input.mtimeMs);
  } catch (err) {
    if (err instanceof FormatError) return { ok: false, code: err.code, reason: err.message };
    throw err;
  }
  return draftsOutcome(input, format, decoded.encoding, drafts, decoded.warning);
}

async function parseMhtmlFile(input: FileInput): Promise<ParseOutcome> {
  const read = await readMhtml(input.bytes);
  if (!read.ok) return { ok: false, code: 'no-records', reason: read.reason };
  return draftsOutcome(input, 'mhtml', read.encoding, parseHtml(read.html));
}

function draftsOutcome(
  input: FileInput,
  format: DispatchFormat,
  encoding: string,
  drafts: DraftRecord[],
  fileWarning?: string,
): ParseOutcome {
  // Indexes are taken before empty records are dropped, so a record that empties on a
  // later import does not shift the ids of the records after it.
  const kept = drafts
    .map((draft, position) => ({ draft, index: draft.sourceIndex ?? position }))
    .filter(({ draft: d }) => d.title.trim() || d.paragraphs.some((p) => p.trim()));
  if (kept.length === 0) {
    return { ok: false, code: 'no-records', reason: `no dispatch found in this ${format} file` };
  }

  const sha256 = input.sha256 ?? sha256Hex(input.bytes);
  const multi = drafts.length > 1 || MANY_RECORDS.has(format);
  const records = kept.map(({ draft, index }) => {
    const source = sourceOf(input, format, encoding, sha256, multi ? index : undefined);
    // A guessed legacy encoding is worth a look: say so on every record of the file.
    const warnings = fileWarning ? [fileWarning, ...draft.warnings] : draft.warnings;
    return assemble({ ...draft, warnings }, source);
  });
  inheritFileLanguage(records);
  return { ok: true, format, encoding, sha256, records };
}

/** Formats whose files may hold several records, so each record's index is part of its id. */
const MANY_RECORDS = new Set<DispatchFormat>([
  'json',
  'jsonl',
  'csv',
  'sgml',
  'feed',
  'newsml12',
  'newsmlg2',
  'ninjs',
  'mbox',
  'wxr',
]);

/**
 * A record too short to detect (a Reuters BRIEF is one capitalised headline) takes the
 * language of the other records of its file when they all agree: a wire file is one
 * language. With any disagreement it stays `und`.
 */
function inheritFileLanguage(records: DispatchRecord[]): void {
  const detected = new Set(records.map((r) => r.language).filter((l) => l !== 'und'));
  const decided = records.filter((r) => r.language !== 'und').length;
  if (detected.size !== 1 || decided < 3) return;
  const [language] = detected as Set<string>;
  for (const record of records) {
    if (record.language !== 'und') continue;
    record.language = language!;
    record.warnings = [
      ...record.warnings,
      `language ${language} taken from the other records of this file (too little text to detect)`,
    ];
  }
}

function assemble(unchecked: DraftRecord, source: SourceRef): DispatchRecord {
  const draft = saneDates(unchecked, Date.parse(source.mtime));
  const language = draft.languageHint ?? detectLanguageOfParts([draft.title, ...draft.paragraphs]);
  return {
    id: recordId(source.path, source.recordIndex),
    title: draft.title,
    date: draft.date,
    place: draft.place,
    agency: draft.agency,
    language,
    signature: draft.signature,
    paragraphs: draft.paragraphs,
    related: draft.related,
    source,
    warnings: draft.warnings,
    ...(draft.tags?.length && { tags: draft.tags }),
    ...draft.wire,
  };
}

/** Stable identity of a record: its file plus its place in that file, so re-imports keep the same id. */
export function recordId(path: string, recordIndex?: number): string {
  const key = recordIndex === undefined ? path : `${path}#${recordIndex}`;
  return sha256Hex(key).slice(0, 16);
}
