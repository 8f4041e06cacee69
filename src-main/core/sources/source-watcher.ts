// Watches the source folders marked to be watched (chokidar: fs.watch where the OS has it,
// pure JS) and re-scans a folder through the service's normal import once its changes
// have settled. The import is incremental: unchanged files are skipped by size and mtime,
// deleted ones are marked missing, so one scan per burst of changes is cheap.
import { isAbsolute, relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { WatchStatus } from '../../contract/archive';
import { isHiddenOrSystem } from '../import/walk-folder';
import { RescanQueue } from './rescan-queue';
import { sourceOf, type SourceHost } from './source-host';

export interface WatchTiming {
  /** How long a file must keep its size before it counts as written (chokidar's awaitWriteFinish). */
  stabilityMs: number;
  /** How long a folder must stay quiet before it is re-scanned. */
  quietMs: number;
}

// A save is usually done within a few hundred ms; a copy of many files keeps the folder
// busy for longer, and the quiet period folds it into one scan.
export const WATCH_TIMING: WatchTiming = { stabilityMs: 300, quietMs: 500 };

// Editors' and browsers' temp files: each ends in a rename onto the real name, which is seen.
const TEMP_NAME = /(\.(tmp|temp|part|partial|crdownload|download|swp|swx)|~)$/i;
const RELEVANT = new Set(['add', 'change', 'unlink', 'unlinkDir']);

export class SourceWatcher {
  #watchers = new Map<string, FSWatcher>();
  #queue: RescanQueue | null = null;
  #unsubscribe: (() => void) | null = null;
  #syncing: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: SourceHost,
    private readonly emit: (status: WatchStatus) => void,
    private readonly timing: WatchTiming = WATCH_TIMING,
  ) {}

  /** The folders watched now. */
  get watching(): string[] {
    return [...this.#watchers.keys()];
  }

  /**
   * Watches every source marked to be watched; resolves once each watcher is ready. Each
   * is then scanned once, to catch up with what changed while the app was closed.
   */
  async start(): Promise<void> {
    if (this.#queue) return;
    this.#queue = new RescanQueue((root, started) => this.#rescan(root, started), this.emit, this.timing.quietMs);
    // A folder imported for the first time is watched from then on.
    this.#unsubscribe = this.host.onEvent((event) => {
      if (event === 'import:finished') void this.sync();
    });
    await this.sync({ catchUp: true });
  }

  /** Stops every watcher and drops changes not yet scanned; waits for a scan under way. */
  async stop(): Promise<void> {
    const queue = this.#queue;
    if (!queue) return;
    this.#queue = null;
    this.#unsubscribe?.();
    const stopping = queue.stop();
    await this.sync();
    await stopping;
  }

  /**
   * Brings the watchers in line with the catalogue's sources and their watch flags; with
   * `catchUp`, folders watched anew are scanned for what changed while unwatched. After an
   * import there is nothing to catch up: the import has just scanned the folder.
   */
  sync({ catchUp = false } = {}): Promise<void> {
    const next = this.#syncing.then(async () => {
      const added = await this.#sync();
      if (catchUp) for (const root of added) this.#queue?.touch(root);
    });
    this.#syncing = next.catch(() => undefined);
    return next;
  }

  /** Returns the folders watched anew. */
  async #sync(): Promise<string[]> {
    const wanted = new Set(this.host.catalogue.data.folders.filter((f) => this.#wants(f)));
    for (const [root, watcher] of [...this.#watchers]) {
      if (wanted.has(root)) continue;
      this.#watchers.delete(root);
      this.#queue?.cancel(root);
      await watcher.close();
    }
    const added = [...wanted].filter((root) => !this.#watchers.has(root));
    for (const root of added) await this.#watch(root);
    return added;
  }

  #wants(root: string): boolean {
    return this.#queue !== null && this.host.catalogue.source(root)?.watch === true;
  }

  async #watch(root: string): Promise<void> {
    const watcher = watch(root, {
      ignoreInitial: true,
      // A link may lead out of the folder, and the import does not follow those (walk-folder.ts).
      followSymlinks: false,
      awaitWriteFinish: { stabilityThreshold: this.timing.stabilityMs, pollInterval: 100 },
      ignored: (path: string) => isIgnored(root, path),
    });
    this.#watchers.set(root, watcher);
    watcher.on('all', (event, path) => {
      if (RELEVANT.has(event)) this.#changed(root, path);
    });
    watcher.on('error', (err: unknown) =>
      console.warn(`[watch] ${root}: ${err instanceof Error ? err.message : String(err)}`),
    );
    await new Promise<void>((resolve) => watcher.once('ready', resolve));
  }

  /** A change is scanned by the deepest source holding it, and only if that one is watched. */
  #changed(root: string, path: string): void {
    const target = path === root ? root : sourceOf(this.host.catalogue, path);
    if (target && this.#wants(target)) this.#queue?.touch(target);
  }

  /**
   * Imports once nothing else runs. The busy check and the import's claim happen in one
   * synchronous step; the folder is asked about again after each wait, so one removed or
   * unwatched meanwhile is left alone.
   */
  async #rescan(root: string, started: () => void): Promise<void> {
    try {
      while (this.#wants(root)) {
        if (!this.host.busy) {
          started();
          await this.host.importFolder(root, { background: true });
          return;
        }
        await this.host.whenIdle();
      }
    } catch (err) {
      // E.g. the folder itself was deleted or unmounted: its articles stay as they were.
      console.warn(`[watch] re-scanning ${root} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

/** Hidden, system and temp files under the folder never trigger a scan (the import skips the first two anyway). */
export function isIgnored(root: string, path: string): boolean {
  const rel = relative(root, path);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
  return rel.split(sep).some((name) => isHiddenOrSystem(name) || TEMP_NAME.test(name));
}
