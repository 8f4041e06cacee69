import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ImportProgress, ImportSummary } from '../../contract/archive';
import type { DispatchRecord } from '../../contract/records';
import type { BodyStore } from '../store/bodies';
import type { CatalogueStore } from '../store/catalogue';
import { DEFAULT_MAX_FILE_BYTES, ImportRun, type ImportStep } from './import-run';
import { defaultWorkerCount, ParsePool, SOURCE_WORKER, workerMemoryMb, WorkerStartError } from './parse-pool';
import { readAndPrepare, type PrepareJob, type PreparedFile, type ReadBytes } from './prepare-file';
import { readAhead } from './read-ahead';
import { errorText, statFiles, walkFolder } from './walk-folder';

/** Fewer files to read than this are read by one worker: starting more would cost more than they save. */
const WORKERS_FROM_FILES = 200;

/**
 * Files read and parsed ahead of the one being stored, per worker: enough to keep each worker
 * and the disk busy. The next batch is asked for when half are left, while the worker still
 * has the rest of its batch to parse (parse-worker.ts sends results a few at a time).
 */
const AHEAD_PER_WORKER = 64;

export interface ImportOptions {
  catalogue: CatalogueStore;
  bodies: BodyStore;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  maxFileBytes?: number;
  /** Injectable for tests that need an unreadable file while running as root; files are then read and parsed on this thread, without time budget or memory limit. */
  readBytes?: ReadBytes;
  /** Called with each record stored as an article (not as a duplicate's extra source), e.g. to index its text while it is at hand. */
  onArticle?: (record: DispatchRecord) => void;
  /**
   * Imports only these files (absolute paths in the folder) rather than walking it: no
   * other file is read or marked missing, and the folder is not recorded as a source.
   */
  only?: readonly string[];
  parse?: ParseOptions;
  /** How often a batch is committed: after this many files or this long, whichever comes first. */
  commitEvery?: { files: number; ms: number };
}

/** Where files are read and parsed. */
export interface ParseOptions {
  /**
   * Worker threads for a long import. Default: one per core but one, and at least one. 0
   * parses on the calling thread, without time budget or memory limit: for tests and tools
   * only, never for folders a user picks.
   */
  workers?: number;
  /** The worker script; default the TypeScript source (run through tsx). The Electron build passes its bundled one. */
  workerScript?: URL | string;
  /** Below this many files to read, one worker reads them all. */
  workersFromFiles?: number;
  /** Time any file may take to read and parse, besides 2 s per MB (fileBudgetMs in parse-pool.ts); past it the file is rejected as too slow. Default 10 s. */
  fileBudgetMs?: number;
  /** A worker's heap limit; past it the file being read is rejected. Default sized to the file size limit (workerMemoryMb). */
  workerMemoryMb?: number;
}

/** A problem with the folder as a whole: nothing was imported. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/**
 * Imports a folder recursively. Re-running it only parses files whose size, mtime and
 * content changed. Files are read and parsed on worker threads, ahead of this thread,
 * which stores them in walk order and commits every few seconds, so a cancelled or
 * crashed import keeps what it had committed.
 */
export async function importFolder(folder: string, options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const root = resolve(folder);
  await assertFolder(root);
  // Which files are known and unchanged is in the file entries, read on the first import after a start.
  await options.catalogue.loadFiles();
  const run = new ImportRun(root, options);
  const workers = workersFor(options);
  const pool = workers.count > 0 ? sharedPool(options) : null;
  // The first file to read starts one worker while the walk goes on; enough files to repay
  // their start start the rest.
  const steps = await run.scan(options.only ? statFiles(options.only) : walkFolder(root, options.signal), (reads) => {
    if (reads === 1) pool?.grow(1);
    if (reads === workers.from) pool?.grow(workers.count);
  });
  try {
    await storeAll(run, steps, pool, options);
  } catch (err) {
    if (err instanceof WorkerStartError) throw new ImportError(`cannot import ${root}: ${err.message}`);
    throw err;
  }
  await run.finish(!options.only && !options.signal?.aborted);
  return { ...run.summary, cancelled: options.signal?.aborted ?? false, durationMs: Date.now() - started };
}

/** How many workers, from how many files to read on; none when tests inject their own reads. */
function workersFor({ parse, readBytes }: ImportOptions): { count: number; from: number } {
  const count = readBytes ? 0 : (parse?.workers ?? defaultWorkerCount());
  return { count, from: Math.max(1, parse?.workersFromFiles ?? WORKERS_FROM_FILES) };
}

function sharedPool({ parse, maxFileBytes }: ImportOptions): ParsePool {
  return ParsePool.shared({
    script: parse?.workerScript ?? SOURCE_WORKER,
    memoryMb: parse?.workerMemoryMb ?? workerMemoryMb(maxFileBytes ?? DEFAULT_MAX_FILE_BYTES),
  });
}

/** Stores every file in walk order, with the pool's workers (or, in tests, this thread) reading and parsing ahead. */
async function storeAll(
  run: ImportRun,
  steps: ImportStep[],
  pool: ParsePool | null,
  options: ImportOptions,
): Promise<void> {
  const prepare = (job: PrepareJob): Promise<PreparedFile> =>
    pool ? pool.prepare(job) : readAndPrepare(job, options.readBytes);
  const prepared = readAhead(
    steps,
    (s) => s.job && prepare(s.job),
    pool ? Math.max(1, pool.size) * AHEAD_PER_WORKER : 0,
  );
  try {
    // Cancelling stops before the next file is taken: one already read is still stored.
    while (!options.signal?.aborted) {
      const next = await prepared.next();
      if (next.done) break;
      run.apply(next.value.item, next.value.result);
      await run.checkpoint();
    }
  } finally {
    await prepared.return(undefined);
  }
}

async function assertFolder(root: string): Promise<void> {
  let info;
  try {
    info = await stat(root);
  } catch (err) {
    throw new ImportError(`cannot import ${root}: ${errorText(err)}`);
  }
  if (!info.isDirectory()) throw new ImportError(`cannot import ${root}: it is not a folder`);
}
