// Everything the importer does to one changed file before it touches the stores: read,
// hash, parse, and hash each record's text for duplicate detection. Pure apart from the
// read, so the same function runs in a parse worker and, as the fallback, on the main
// thread: both paths give the same records, ids and rejects by construction.
import { parseFile, readerFailure, type ParseOutcome, type RejectCode } from '../parse/index';
import { withEntities } from '../record-entities';
import { digestRecord, type RecordDigest } from './content-hash';
import { readRegularFile } from './read-file';
import { sha256Hex } from '../sha256';
import { errorText } from './walk-folder';

/** A file the walk found whose size or mtime differs from what the catalogue knows. */
export interface PrepareJob {
  path: string;
  /** The path's bytes when its name is not UTF-8 (walk-place.ts); a Uint8Array once it has crossed to a worker. */
  raw?: Uint8Array;
  mtimeMs: number;
  /** The sha256 the catalogue holds for this path: equal bytes are not parsed again. */
  knownSha256: string | null;
  /** The size limit, checked again on the opened file: the walk's size may be stale or, for /proc files, 0. */
  maxBytes: number;
  /** Longest its worker may take to read and parse it (parse-pool.ts fileBudgetMs). */
  budgetMs: number;
}

export type PreparedFile =
  /** The file is not stored: it could not be read, or its reader failed. */
  | { kind: 'rejected'; code: RejectCode; reason: string }
  /** The bytes hash as before (the file was touched, not changed). */
  | { kind: 'same-bytes'; sha256: string }
  | { kind: 'parsed'; sha256: string; outcome: ParseOutcome; digests: RecordDigest[] };

/** Reads a file's bytes; the importer's tests inject their own to make a file unreadable. */
export type ReadBytes = (path: string) => Promise<Uint8Array>;

export async function readAndPrepare(job: PrepareJob, readBytes?: ReadBytes): Promise<PreparedFile> {
  const read = await readJob(job, readBytes);
  return read instanceof Uint8Array ? await prepareBytes(job, read) : read;
}

/** A job's bytes, or its reject when they cannot be had. */
export async function readJob(
  job: PrepareJob,
  readBytes?: ReadBytes,
): Promise<Uint8Array | Extract<PreparedFile, { kind: 'rejected' }>> {
  if (readBytes) {
    try {
      return await readBytes(job.path);
    } catch (err) {
      return { kind: 'rejected', code: 'unreadable', reason: `cannot read: ${errorText(err)}` };
    }
  }
  const target = job.raw ? Buffer.from(job.raw.buffer, job.raw.byteOffset, job.raw.byteLength) : job.path;
  const read = await readRegularFile(target, job.maxBytes);
  return read.ok ? read.bytes : { kind: 'rejected', code: read.code, reason: read.reason };
}

/** Never throws: whatever fails past the read is that file's reject (audit finding 2). */
export async function prepareBytes(job: PrepareJob, bytes: Uint8Array): Promise<PreparedFile> {
  const sha256 = sha256Hex(bytes);
  if (job.knownSha256 === sha256) return { kind: 'same-bytes', sha256 };
  try {
    const parsed = await parseFile({ path: job.path, bytes, mtimeMs: job.mtimeMs, sha256 });
    // Names are found here, in the worker, with the rest of the per-record work (issue 19).
    const outcome = parsed.ok ? { ...parsed, records: parsed.records.map(withEntities) } : parsed;
    const digests = outcome.ok ? outcome.records.map(digestRecord) : [];
    return { kind: 'parsed', sha256, outcome, digests };
  } catch (err) {
    return rejectedBy(err);
  }
}

/** The reject of a file whose reading or reader threw. */
export function rejectedBy(err: unknown): PreparedFile {
  const { code, reason } = readerFailure(err);
  return { kind: 'rejected', code, reason };
}
