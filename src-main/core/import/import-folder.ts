import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ImportProgress, ImportReject, ImportSummary } from '../../contract/archive';
import type { DispatchRecord } from '../../contract/records';
import { parseFile } from '../parse/index';
import type { BodyStore } from '../store/bodies';
import type { CatalogueStore, FileEntry } from '../store/catalogue';
import { applyRecords, detachSource, reattachSource } from './apply-records';
import { errorText, statFiles, walkFolder, type WalkEntry } from './walk-folder';

/** Larger files are rejected: no dispatch file comes near this, and reading one would stall the import. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
const PROGRESS_INTERVAL_MS = 100;

export interface ImportOptions {
  catalogue: CatalogueStore;
  bodies: BodyStore;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  maxFileBytes?: number;
  /** Injectable for tests that need an unreadable file while running as root. */
  readBytes?: (path: string) => Promise<Uint8Array>;
  /** Called with each record stored as an article (not as a duplicate's extra source), e.g. to index its text while it is at hand. */
  onArticle?: (record: DispatchRecord) => void;
  /**
   * Imports only these files (absolute paths in the folder) rather than walking it: no
   * other file is read or marked missing, and the folder is not recorded as a source.
   */
  only?: readonly string[];
}

/** A problem with the folder as a whole: nothing was imported. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

type FileEntryWalk = Extract<WalkEntry, { kind: 'file' }>;

/** Imports a folder recursively. Re-running it only parses files whose size, mtime and content changed. */
export async function importFolder(folder: string, options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const root = resolve(folder);
  await assertFolder(root);
  const run = new ImportRun(root, options);
  const files = await run.scan(options.only ? statFiles(options.only) : walkFolder(root, options.signal));
  for (const file of files) {
    if (options.signal?.aborted) break;
    await run.importFile(file);
  }
  // Only a walk of the whole folder, run to the end, knows which files are gone and counts as a scan.
  const whole = !options.only && !options.signal?.aborted;
  if (whole) run.markVanished(files);
  if (!options.only) options.catalogue.addFolder(root, run.now);
  if (whole) options.catalogue.updateSource(root, { lastScanAt: new Date().toISOString() });
  run.report('saving', null, true);
  await options.bodies.flush();
  await options.catalogue.save();
  run.report('done', null, true);
  return { ...run.summary, cancelled: options.signal?.aborted ?? false, durationMs: Date.now() - started };
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

class ImportRun {
  readonly summary: Omit<ImportSummary, 'cancelled' | 'durationMs'>;
  #done = 0;
  #total = 0;
  #lastReport = 0;
  readonly now = new Date().toISOString();

  constructor(
    readonly root: string,
    readonly options: ImportOptions,
  ) {
    this.summary = { root, filesSeen: 0, imported: 0, unchanged: 0, duplicates: 0, missingFiles: 0, rejected: [] };
  }

  async scan(entries: AsyncIterable<WalkEntry>): Promise<FileEntryWalk[]> {
    const files: FileEntryWalk[] = [];
    for await (const entry of entries) {
      if (entry.kind === 'reject') this.reject(entry);
      else files.push(entry);
      this.report('scanning', entry.path);
    }
    this.#total = files.length;
    this.summary.filesSeen = files.length;
    return files;
  }

  async importFile(file: FileEntryWalk): Promise<void> {
    const { catalogue } = this.options;
    this.report('importing', file.path);
    const known = catalogue.file(file.path);
    if (known && known.size === file.size && known.mtimeMs === file.mtimeMs) {
      this.keepUnchanged(file, known);
    } else {
      await this.readAndApply(file, known);
    }
    this.#done++;
  }

  async readAndApply(file: FileEntryWalk, known: FileEntry | undefined): Promise<void> {
    const max = this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    if (file.size > max) {
      return this.reject({ path: file.path, code: 'too-large', reason: `file is ${mb(file.size)}, over the ${mb(max)} limit` });
    }
    let bytes: Uint8Array;
    try {
      bytes = await (this.options.readBytes ?? readFile)(file.path);
    } catch (err) {
      return this.reject({ path: file.path, code: 'unreadable', reason: `cannot read: ${errorText(err)}` });
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (known && known.sha256 === sha256) return this.keepUnchanged(file, known);
    const outcome = parseFile({ path: file.path, bytes, mtimeMs: file.mtimeMs, sha256 });
    if (!outcome.ok) return this.reject({ path: file.path, code: outcome.code, reason: outcome.reason });
    const { catalogue, bodies } = this.options;
    const applied = await applyRecords(outcome.records, catalogue, bodies, this.now);
    outcome.records.forEach((record, i) => {
      if (applied.recordIds[i] === record.id) this.options.onArticle?.(record);
    });
    for (const id of known?.recordIds ?? []) {
      if (!applied.recordIds.includes(id)) detachSource(catalogue, id, file.path, this.now);
    }
    catalogue.putFile(file.path, {
      size: file.size,
      mtimeMs: file.mtimeMs,
      sha256,
      format: outcome.format,
      encoding: outcome.encoding,
      recordIds: applied.recordIds,
      missing: false,
    });
    this.summary.imported += applied.imported;
    this.summary.duplicates += applied.duplicates;
  }

  keepUnchanged(file: FileEntryWalk, known: FileEntry): void {
    const { catalogue } = this.options;
    if (known.missing || known.mtimeMs !== file.mtimeMs) {
      catalogue.putFile(file.path, { ...known, mtimeMs: file.mtimeMs, missing: false });
      for (const id of known.recordIds) reattachSource(catalogue, id, this.now);
    }
    this.summary.unchanged++;
  }

  /** Files imported from this folder before that are gone now. */
  markVanished(files: FileEntryWalk[]): void {
    const { catalogue } = this.options;
    const seen = new Set(files.map((f) => f.path));
    for (const r of this.summary.rejected) seen.add(r.path);
    for (const path of catalogue.filesUnder(this.root)) {
      const entry = catalogue.file(path)!;
      if (seen.has(path) || entry.missing) continue;
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

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
