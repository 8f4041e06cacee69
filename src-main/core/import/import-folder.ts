import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ImportProgress, ImportSummary } from '../../contract/archive';
import type { DispatchRecord } from '../../contract/records';
import type { BodyStore } from '../store/bodies';
import type { CatalogueStore } from '../store/catalogue';
import { DEFAULT_MAX_FILE_BYTES, ImportRun, type ImportStep } from './import-run';
import { defaultWorkerCount, ParsePool, SOURCE_WORKER, workerMemoryMb, WorkerStartError } from './parse-pool';
import type { PrepareJob, PreparedFile, ReadBytes } from './prepare-file';
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
  const pools = workers.count > 0 ? sharedPools(options) : null;
  // The first file to read starts one worker while the walk goes on; enough files to repay
  // their start start the rest.
  let toRead = 0;
  const steps = await run.scan(options.only ? statFiles(options.only) : walkFolder(root, options.signal), (reads) => {
    toRead = reads;
    if (reads === 1) pools?.small.grow(1);
    if (reads === workers.from) pools?.small.grow(workers.count);
  });
  try {
    await storeAll(run, steps, pools, options);
  } catch (err) {
    if (err instanceof WorkerStartError) throw new ImportError(`cannot import ${root}: ${err.message}`);
    throw err;
  } finally {
    // A long import's workers go now rather than after the pool's idle wait: their heaps
    // (~150 MB each) would sit beside the search rows rebuilt next, the import's peak.
    if (pools && toRead >= workers.from) await Promise.all([pools.small.close(), pools.large.close()]);
  }
  await run.finish(!options.only && !options.signal?.aborted);
  return { ...run.summary, cancelled: options.signal?.aborted ?? false, durationMs: Date.now() - started };
}

/** How many workers, from how many files to read on; none when tests inject their own reads. */
function workersFor({ parse, readBytes }: ImportOptions): { count: number; from: number } {
  const count = readBytes ? 0 : (parse?.workers ?? defaultWorkerCount());
  return { count, from: Math.max(1, parse?.workersFromFiles ?? WORKERS_FROM_FILES) };
}

/**
 * Files up to this size are read by workers whose heap limit is sized for them, larger ones by
 * a worker sized for the file size limit, started only when such a file comes. V8 lets a heap
 * grow before a full collection by a factor that rises with its limit, to 4× the live heap at
 * 2 GB (1 GB with pointer compression, as in Electron): the worker sized for 64 MB files held
 * ~80 MB live in ~250 MB, and at this size's limit (320 MB) it stays near 150 MB (bench at
 * 20,000 files; issue 20's RSS).
 */
export const SMALL_FILE_BYTES = 4 * 1024 * 1024;

/** The pools an import reads with: one for most files, and one for files past SMALL_FILE_BYTES when their limit differs. */
interface ImportPools {
  small: ParsePool;
  large: ParsePool;
}

function sharedPools({ parse, maxFileBytes }: ImportOptions): ImportPools {
  const script = parse?.workerScript ?? SOURCE_WORKER;
  const maxBytes = maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const pool = (bytes: number): ParsePool =>
    ParsePool.shared({ script, memoryMb: parse?.workerMemoryMb ?? workerMemoryMb(bytes) });
  return { small: pool(Math.min(maxBytes, SMALL_FILE_BYTES)), large: pool(maxBytes) };
}

/** Stores every file in walk order, with the pool's workers (or, in tests, this thread) reading and parsing ahead. */
async function storeAll(
  run: ImportRun,
  steps: ImportStep[],
  pools: ImportPools | null,
  options: ImportOptions,
): Promise<void> {
  const prepare = async (job: PrepareJob, size: number): Promise<PreparedFile> => {
    // Loaded only here: the parsers, names and gazetteer are the workers' (~25 MB of heap),
    // and only tests and tools parse on this thread.
    if (!pools) return (await import('./prepare-file')).readAndPrepare(job, options.readBytes);
    return (size > SMALL_FILE_BYTES ? pools.large : pools.small).prepare(job);
  };
  const released: (ImportStep | undefined)[] = steps;
  const prepared = readAhead(
    steps,
    (s) => s.job && prepare(s.job, s.file.size),
    pools ? Math.max(1, pools.small.size) * AHEAD_PER_WORKER : 0,
  );
  try {
    // Cancelling stops before the next file is taken: one already read is still stored.
    for (let i = 0; !options.signal?.aborted; i++) {
      const next = await prepared.next();
      if (next.done) break;
      run.apply(next.value.item, next.value.result);
      // A stored file's step (its walk entry and job, ~190 bytes) is let go rather than kept
      // to the end of a 100,000-file import, whose peak RSS comes as its last files are stored
      // (bench/import-memory.ts). readAhead has read it and only reads steps past it.
      released[i] = undefined;
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
