// Worker threads that read and parse files for the importer, so the main thread (which
// answers IPC, and keeps the stores and the index) only applies results, and never reads a
// file itself: a hostile file can cost a worker, never the app (robustness audit, findings
// 2 and 18). worker_threads run under Node (CLI, bench, tests) and inside Electron's main
// process alike. A pool outlives its import for a short while, so a run of small imports
// (a watched folder, the tests) does not start a worker each time.
import { availableParallelism } from 'node:os';
import { ParseSlot, type WorkerConfig } from './parse-slot';
import type { PrepareJob, PreparedFile } from './prepare-file';

export { WorkerStartError, type WorkerConfig } from './parse-slot';

/** The worker run from TypeScript source (the CLI, bench and tests), through tsx. The Electron build passes its bundled script instead. */
export const SOURCE_WORKER = new URL('./parse-worker-tsx.mjs', import.meta.url);

/**
 * One worker per core but one, which the main thread needs, and at least two on a machine
 * with two cores or more. Earlier stops measured one worker as enough on 2 cores (20,000
 * files at load 6-7: the same wall time, more CPU). Once the workers' and the main thread's
 * CPU were cut (stop 29), one worker was the import's critical path on 2 cores: at 100,000
 * files on a quiet 2-core machine (bench/import-profile.ts, bundled worker, load 2-4, runs
 * in turn) one worker took 76.0-82.1 s wall, the worker thread 56-60 s of CPU while the main
 * thread had 28 s; two took 65.8-72.5 s (five runs, mean 69 s), each worker ~31 s, for ~5 s
 * more CPU (each worker compiles the same code) and ~90 MB more peak RSS (1,030 against 940).
 * A 32 MB young generation for the workers cut their scavenges fourfold but not the wall time
 * (three runs, mean 68.4 s) and cost 58 MB more, so it stays at 8 (parse-slot.ts).
 */
export function defaultWorkerCount(): number {
  const cores = availableParallelism();
  return cores >= 2 ? Math.max(2, cores - 1) : 1;
}

/**
 * A worker's heap limit for files up to `maxFileBytes`: what its libraries need, plus what
 * reading the largest file takes, within a ceiling. Measured as the smallest limit at which a
 * worker still read the file: plain text 16 MB in 88 MB (5.5 per MB), JSON 16 MB in 128 MB
 * (8 per MB), an HTML page of 4 MB between 128 and 256 MB (a DOM, and Readability's copy of
 * it). At the default 64 MB limit the ceiling holds: any text or JSON file up to the limit
 * reads, and an HTML page past ~40 MB is rejected as out of memory, as no article page is
 * that large.
 */
export function workerMemoryMb(maxFileBytes: number): number {
  return Math.min(MAX_HEAP_MB, Math.ceil(BASE_HEAP_MB + HEAP_PER_FILE_MB * (maxFileBytes / (1024 * 1024))));
}
const BASE_HEAP_MB = 128;
const HEAP_PER_FILE_MB = 48;
const MAX_HEAP_MB = 2_048;

/**
 * How long one file may take to read and parse: a base for every file, plus time in
 * proportion to its size. Reading is linear now (audit finding 1), but not equally fast: an
 * ordinary CSV reads at about 2 s per MB on a loaded 2-core machine (bench:parse), and a
 * large, real file must not be rejected as too slow.
 */
export function fileBudgetMs(size: number, baseMs: number): number {
  return Math.round(baseMs + BUDGET_MS_PER_MB * (size / (1024 * 1024)));
}
const BUDGET_MS_PER_MB = 2_000;
/** How often running files are checked against their budgets. */
const WATCHDOG_MS = 100;

/** An idle pool's workers are stopped after this long. */
const IDLE_MS = 15_000;
const pools = new Map<string, ParsePool>();

export class ParsePool {
  #slots: ParseSlot[] = [];
  #seq = 0;
  #next = 0;
  #watchdog: NodeJS.Timeout | null = null;
  #idle: NodeJS.Timeout | null = null;

  private constructor(
    private readonly config: WorkerConfig,
    private readonly key: string,
  ) {}

  /** The pool for this configuration, shared by imports one after another; made on first use. */
  static shared(config: WorkerConfig): ParsePool {
    const key = JSON.stringify([String(config.script), config.memoryMb]);
    let pool = pools.get(key);
    if (!pool) pools.set(key, (pool = new ParsePool(config, key)));
    return pool;
  }

  get size(): number {
    return this.#slots.length;
  }

  /** Makes sure `count` workers run or are starting: the first file to read asks for one, a long import for more. */
  grow(count: number): void {
    while (this.#slots.length < count)
      this.#slots.push(new ParseSlot(this.config, `parse-${this.#slots.length}`, () => this.#whenIdle()));
    for (const slot of this.#slots.slice(0, count)) slot.warm();
  }

  /**
   * Reads and parses one file on a worker. A file whose reader dies or overruns the time
   * budget comes back as a reject; the promise fails only when no worker can start at all
   * (WorkerStartError).
   */
  prepare(job: PrepareJob): Promise<PreparedFile> {
    if (this.#slots.length === 0) this.grow(1);
    if (this.#idle) clearTimeout(this.#idle);
    this.#idle = null;
    if (!this.#watchdog) {
      this.#watchdog = setInterval(() => this.#checkBudgets(), WATCHDOG_MS);
      this.#watchdog.unref();
    }
    // Round robin: files are small and similar, so this balances well enough.
    const slot = this.#slots[this.#next++ % this.#slots.length]!;
    return slot.prepare(this.#seq++, job);
  }

  async close(): Promise<void> {
    if (pools.get(this.key) === this) pools.delete(this.key);
    this.#stopTimers();
    await Promise.all(this.#slots.map((slot) => slot.close()));
    this.#slots = [];
  }

  #checkBudgets(): void {
    const now = Date.now();
    for (const slot of this.#slots) slot.checkBudget(now);
  }

  #whenIdle(): void {
    if (this.#slots.some((slot) => slot.busy)) return;
    this.#stopTimers();
    this.#idle = setTimeout(() => void this.close(), IDLE_MS);
    this.#idle.unref();
  }

  #stopTimers(): void {
    if (this.#watchdog) clearInterval(this.#watchdog);
    if (this.#idle) clearTimeout(this.#idle);
    this.#watchdog = this.#idle = null;
  }
}

/** Stops every pool's workers now, e.g. before the process exits. */
export async function closeParsePools(): Promise<void> {
  await Promise.all([...pools.values()].map((pool) => pool.close()));
}
