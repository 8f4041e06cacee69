// One import, as the main thread runs it: what each walked file needs, storing each
// file's records in walk order, batch commits, and progress.
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ImportProgress, ImportReject, ImportSummary } from '../../contract/archive';
import type { FileEntry } from '../store/catalogue';
import { applyRecords, detachSource, reattachSource } from './apply-records';
import type { ImportOptions } from './import-folder';
import type { PrepareJob, PreparedFile } from './prepare-file';
import { fileBudgetMs } from './parse-pool';
import { megabytes } from './read-file';
import { shareStrings, StringPool } from './shared-strings';
import type { WalkEntry } from './walk-folder';

const PROGRESS_INTERVAL_MS = 100;
/** A batch is committed after this many files or this long, whichever comes first: a crash loses at most that much, and each commit is an fsync per body shard it touches. */
const COMMIT_EVERY = { files: 2_000, ms: 2_000 };
/** The longest this thread stores files without letting IPC calls, timers and worker results in. */
const SLICE_MS = 10;
/** Time any file may take to read and parse before it is rejected and its worker replaced, besides time per MB. */
const FILE_BUDGET_MS = 10_000;
/** Larger files are rejected: no dispatch file comes near this, and reading one would stall the import. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

export type WalkedFile = Extract<WalkEntry, { kind: 'file' }>;

/**
 * One walked file and what it needs: nothing (size and mtime unchanged), a reject, or a read.
 * Its file entry is not kept here but read again when the file is stored: a re-run's steps
 * are all made before the first is stored, and 100,000 unpacked entries would be held at once.
 */
export interface ImportStep {
  file: WalkedFile;
  job: PrepareJob | null;
  tooLarge: boolean;
}

export class ImportRun {
  readonly summary: Omit<ImportSummary, 'cancelled' | 'durationMs'>;
  readonly now = new Date().toISOString();
  #done = 0;
  #total = 0;
  #lastReport = 0;
  #sinceCommit = 0;
  #lastCommit = performance.now();
  #sliceStart = performance.now();
  /** The last batch's writes; the next batch waits for them, so at most one is in flight. */
  #committing: Promise<void> = Promise.resolve();
  /** The walked files' paths (the file entries' own strings once stored): all a whole walk needs afterwards, to mark the rest missing. */
  #seen: string[] = [];
  readonly #strings = new StringPool();

  constructor(
    readonly root: string,
    readonly options: ImportOptions,
  ) {
    this.summary = { root, filesSeen: 0, imported: 0, unchanged: 0, duplicates: 0, missingFiles: 0, rejected: [] };
  }

  /**
   * Walks, deciding for each file what it needs. `onRead` hears how many files need
   * reading so far, each time that grows.
   */
  async scan(entries: AsyncIterable<WalkEntry>, onRead?: (reads: number) => void): Promise<ImportStep[]> {
    const steps: ImportStep[] = [];
    let reads = 0;
    for await (const entry of entries) {
      if (entry.kind === 'reject') {
        this.reject(entry);
      } else {
        const step = this.#plan(entry);
        steps.push(step);
        if (step.job) onRead?.(++reads);
      }
      this.report('scanning', entry.path);
    }
    this.#total = steps.length;
    this.summary.filesSeen = steps.length;
    this.#seen = steps.map((s) => s.file.path);
    // Batches and slices are timed from the first file stored, not from the walk.
    this.#lastCommit = this.#sliceStart = performance.now();
    return steps;
  }

  // Only the entry's size and mtime are read here (fileStat): a re-run over 100,000 unchanged
  // files need not unpack their hashes and ids (store/packed-file-entry.ts).
  #plan(file: WalkedFile): ImportStep {
    const { catalogue } = this.options;
    const known = catalogue.fileStat(file.path);
    const unchanged = known !== undefined && known.size === file.size && known.mtimeMs === file.mtimeMs;
    const maxBytes = this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const tooLarge = !unchanged && file.size > maxBytes;
    const budgetMs = fileBudgetMs(file.size, this.options.parse?.fileBudgetMs ?? FILE_BUDGET_MS);
    const job =
      unchanged || tooLarge
        ? null
        : {
            path: file.path,
            ...(file.raw && { raw: file.raw }),
            mtimeMs: file.mtimeMs,
            knownSha256: known ? catalogue.file(file.path)!.sha256 : null,
            maxBytes,
            budgetMs,
          };
    return { file, job, tooLarge };
  }

  /** Stores one file's outcome; `prepared` is what its job gave (null when it had none). */
  apply({ file, tooLarge }: ImportStep, prepared: PreparedFile | null): void {
    this.report('importing', file.path);
    if (tooLarge) {
      const max = this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
      this.reject({
        path: file.path,
        code: 'too-large',
        reason: `file is ${megabytes(file.size)}, over the ${megabytes(max)} limit`,
      });
    } else if (!prepared || prepared.kind === 'same-bytes') {
      this.#keepUnchanged(file);
    } else if (prepared.kind === 'rejected') {
      this.reject({ path: file.path, code: prepared.code, reason: prepared.reason });
    } else if (!prepared.outcome.ok) {
      this.reject({ path: file.path, code: prepared.outcome.code, reason: prepared.outcome.reason });
    } else {
      // No other step of this import has stored this path, so the entry is the one #plan saw.
      this.#store(file, this.options.catalogue.file(file.path), prepared);
    }
    this.#done++;
  }

  #store(file: WalkedFile, known: FileEntry | undefined, prepared: Extract<PreparedFile, { kind: 'parsed' }>): void {
    const { catalogue, bodies } = this.options;
    const outcome = prepared.outcome as Extract<typeof prepared.outcome, { ok: true }>;
    for (const record of outcome.records)
      shareStrings(record, { path: file.path, sha256: prepared.sha256 }, this.#strings);
    const applied = applyRecords(outcome.records, prepared.digests, catalogue, bodies, this.now);
    outcome.records.forEach((record, i) => {
      if (applied.recordIds[i] === record.id) this.options.onArticle?.(record);
    });
    for (const id of known?.recordIds ?? []) {
      if (!applied.recordIds.includes(id)) detachSource(catalogue, id, file.path, this.now);
    }
    catalogue.putFile(file.path, {
      size: file.size,
      mtimeMs: file.mtimeMs,
      sha256: prepared.sha256,
      // Pooled as the records' are (shared-strings.ts): each came from the worker as a copy of its own.
      format: this.#strings.take(outcome.format),
      encoding: this.#strings.take(outcome.encoding),
      recordIds: applied.recordIds,
      missing: false,
    });
    this.summary.imported += applied.imported;
    this.summary.duplicates += applied.duplicates;
  }

  #keepUnchanged(file: WalkedFile): void {
    const { catalogue } = this.options;
    const stat = catalogue.fileStat(file.path)!;
    if (stat.missing || stat.mtimeMs !== file.mtimeMs) {
      const known = catalogue.file(file.path)!;
      catalogue.putFile(file.path, { ...known, mtimeMs: file.mtimeMs, missing: false });
      for (const id of known.recordIds) reattachSource(catalogue, id, this.now);
    }
    this.summary.unchanged++;
  }

  /** Between files: commits a batch when one is due, and lets other work on this thread run. */
  async checkpoint(): Promise<void> {
    this.#sinceCommit++;
    const now = performance.now();
    const every = this.options.commitEvery ?? COMMIT_EVERY;
    if (this.#sinceCommit >= every.files || now - this.#lastCommit >= every.ms) {
      await this.#committing;
      this.#commit();
    }
    if (now - this.#sliceStart >= SLICE_MS) {
      await nextTurn();
      this.#sliceStart = performance.now();
    }
  }

  // Bodies first, then the catalogue entries that point at them. The next files are
  // stored meanwhile; the batch is taken as it is now.
  #commit(): void {
    const { catalogue, bodies } = this.options;
    this.#committing = catalogue.commit(bodies.flush());
    this.#committing.catch(() => undefined);
    this.#sinceCommit = 0;
    this.#lastCommit = performance.now();
  }

  /** After the last file: what a whole walk learns, then everything left committed. */
  async finish(whole: boolean): Promise<void> {
    const { catalogue, bodies } = this.options;
    await this.#committing;
    // Only a walk of the whole folder, run to the end, knows which files are gone and counts as a scan.
    if (whole) this.#markVanished();
    if (!this.options.only) catalogue.addFolder(this.root, this.now);
    if (whole) catalogue.updateSource(this.root, { lastScanAt: new Date().toISOString() });
    this.report('saving', null, true);
    await bodies.flush();
    await catalogue.save();
    this.report('done', null, true);
  }

  /** Files imported from this folder before that are gone now. */
  #markVanished(): void {
    const { catalogue } = this.options;
    const seen = new Set(this.#seen);
    for (const r of this.summary.rejected) seen.add(r.path);
    for (const path of catalogue.filesUnder(this.root)) {
      // Asked before the entry is unpacked: a whole walk has seen nearly every file (at 100,000, unpacking each was ~0.15 s).
      if (seen.has(path) || catalogue.fileMissing(path)) continue;
      const entry = catalogue.file(path)!;
      catalogue.putFile(path, { ...entry, missing: true });
      for (const id of entry.recordIds) detachSource(catalogue, id, path, this.now);
      this.summary.missingFiles++;
    }
  }

  reject(reject: ImportReject): void {
    this.summary.rejected.push({ path: reject.path, code: reject.code, reason: reject.reason });
  }

  report(phase: ImportProgress['phase'], currentPath: string | null, force = false): void {
    const now = Date.now();
    if (!this.options.onProgress || (!force && now - this.#lastReport < PROGRESS_INTERVAL_MS)) return;
    this.#lastReport = now;
    this.options.onProgress({
      root: this.root,
      phase,
      done: this.#done,
      total: this.#total,
      currentPath,
      rejected: this.summary.rejected.length,
    });
  }
}
