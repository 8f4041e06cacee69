// One parse worker and the files given to it: started when first needed, and started again
// after it dies, so a file that kills its reader costs that file only (robustness audit,
// finding 18: jobs of a crashed worker were re-run on the main thread, which any hostile
// file could then take down). The worker says which file it is reading through shared
// memory, so a death or an overrun is pinned on the right file even mid-batch.
import { Worker } from 'node:worker_threads';
import type { PrepareJob, PreparedFile } from './prepare-file';

export interface WorkerConfig {
  script: URL | string;
  /** The worker's V8 heap limit: past it the worker dies, not the app. */
  memoryMb: number;
}

/** Sent to a worker: jobs in batches, since a message per file cost the busy main thread more than the file. */
export interface WorkerRequest {
  jobs: { seq: number; job: PrepareJob }[];
}

export interface WorkerReply {
  results: { seq: number; prepared: PreparedFile }[];
}

/** What a worker is handed at start: where to say which file it is on. */
export interface WorkerData {
  /** [seq + 1 of the file being read and parsed, 0 when none; when that began, ms since the epoch]. */
  current: SharedArrayBuffer;
}

/** The worker could not be started at all: a broken installation, not a bad file. */
export class WorkerStartError extends Error {
  override name = 'WorkerStartError';
}

interface Waiting {
  job: PrepareJob;
  resolve: (prepared: PreparedFile) => void;
  reject: (err: Error) => void;
  /** Deaths of the worker while this job waited and no file could be blamed. */
  strikes: number;
}

export function tooSlow(budgetMs: number): string {
  return `took too long to read (over ${(budgetMs / 1000).toFixed(1)} s)`;
}

/** A job waiting through this many unexplained deaths of its worker is given up on. */
const MAX_STRIKES = 2;

/**
 * The worker's young generation, in MB (Node's default lets it reach 3 × 16 MB). A parse
 * worker keeps ~100 MB live and makes short-lived garbage per file; at 8 MB its heap stayed
 * at ~132 MB rather than ~156 MB over 20,000 files, beside the main thread's largest heap at
 * the end of storing, the import's peak RSS (bench/import-memory.ts; issue 20).
 */
export const WORKER_YOUNG_MB = 8;
// The worker's live heap does grow as it reads (61 → 79 MB after full collections over
// 20,000 files, most of it strings: the worker's heap snapshots 85 s apart differ by 7 MB of
// them; its memos of names and dates are bounded, core/bounded-memo.ts), but replacing it
// every 20,000 files cost 10 s of CPU at 100,000 (fresh memos, five starts) for a peak RSS
// within the spread of runs side by side: it stays for the whole import (issue 20).

export class ParseSlot {
  #worker: Worker | null = null;
  #ready = false;
  #current = new BigInt64Array(new SharedArrayBuffer(16));
  #waiting = new Map<number, Waiting>();
  #outbox: WorkerRequest['jobs'] = [];

  constructor(
    private readonly config: WorkerConfig,
    private readonly name: string,
    /** Told each time this slot has nothing left waiting. */
    private readonly onIdle: () => void,
  ) {}

  get busy(): boolean {
    return this.#waiting.size > 0;
  }

  /** Starts the worker ahead of its first job, so its start-up overlaps the walk. */
  warm(): void {
    if (!this.#worker) this.#start();
  }

  prepare(seq: number, job: PrepareJob): Promise<PreparedFile> {
    return new Promise((resolve, reject) => {
      this.#waiting.set(seq, { job, resolve, reject, strikes: 0 });
      this.#worker?.ref();
      if (this.#outbox.length === 0) queueMicrotask(() => this.#post());
      this.#outbox.push({ seq, job });
      this.warm();
    });
  }

  /** Rejects the file being read when it has taken longer than the budget, and starts a new worker for the rest. */
  checkBudget(now: number): void {
    const current = this.#reading();
    const budgetMs = current ? this.#waiting.get(current.seq)?.job.budgetMs : undefined;
    if (!current || budgetMs === undefined || now - current.since <= budgetMs || !this.#worker) return;
    const worker = this.#worker;
    this.#died(tooSlow(budgetMs), 'too-slow');
    void worker.terminate();
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    for (const waiting of this.#waiting.values()) waiting.reject(new Error('the parse pool was closed'));
    this.#waiting.clear();
    await worker?.terminate();
  }

  /** The file the worker is reading now, as it said in shared memory. */
  #reading(): { seq: number; since: number } | null {
    const seq = Number(Atomics.load(this.#current, 0)) - 1;
    if (seq < 0) return null;
    return { seq, since: Number(Atomics.load(this.#current, 1)) };
  }

  #post(): void {
    if (!this.#ready || !this.#worker || this.#outbox.length === 0) return;
    this.#worker.postMessage({ jobs: this.#outbox } satisfies WorkerRequest);
    this.#outbox = [];
  }

  #start(): void {
    Atomics.store(this.#current, 0, 0n);
    this.#ready = false;
    let worker: Worker;
    try {
      worker = new Worker(this.config.script, {
        name: this.name,
        workerData: { current: this.#current.buffer as SharedArrayBuffer } satisfies WorkerData,
        resourceLimits: { maxOldGenerationSizeMb: this.config.memoryMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
        // Not the parent's flags: a CLI or bench run under `node --import tsx` would hand the
        // worker tsx's loader, which transforms pdf.js on load and keeps its source maps, 99 MB
        // of heap and 1 s of CPU the app's worker never has (bench/import-profile.ts). The
        // source entry registers tsx itself (parse-worker-tsx.mjs).
        execArgv: [],
      });
    } catch (err) {
      this.#failStart(err);
      return;
    }
    this.#worker = worker;
    if (!this.busy) worker.unref();
    worker.on('message', (message: WorkerReply | 'ready') => {
      if (worker !== this.#worker) return;
      if (message === 'ready') {
        this.#ready = true;
        this.#post();
      } else this.#settle(message);
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (worker !== this.#worker) return;
      if (!this.#ready) this.#failStart(err);
      else if (err.code === 'ERR_WORKER_OUT_OF_MEMORY')
        this.#died(
          `could not be read: the reader ran out of memory (over ${this.config.memoryMb} MB)`,
          'reader-crashed',
        );
      else this.#died(`could not be read: the reader crashed (${err.message})`, 'reader-crashed');
    });
    worker.on('exit', (code) => {
      if (worker !== this.#worker) return;
      if (!this.#ready) this.#failStart(new Error(`it stopped with exit code ${code} before it was ready`));
      else this.#died(`could not be read: the reader crashed (exit code ${code})`, 'reader-crashed');
    });
  }

  #settle({ results }: WorkerReply): void {
    for (const { seq, prepared } of results) {
      const waiting = this.#waiting.get(seq);
      if (!waiting) continue;
      this.#waiting.delete(seq);
      waiting.resolve(prepared);
    }
    this.#whenIdle();
  }

  /**
   * The worker is gone: the file it was reading is rejected with `reason`, and the others
   * go to a new worker. With no file to blame, each waiting file takes a strike, and one
   * that has waited through too many such deaths is rejected too.
   */
  #died(reason: string, code: 'too-slow' | 'reader-crashed'): void {
    const culprit = this.#reading();
    this.#worker = null;
    this.#ready = false;
    const blamed = culprit
      ? [culprit.seq]
      : [...this.#waiting].filter(([, w]) => ++w.strikes >= MAX_STRIKES).map(([seq]) => seq);
    for (const seq of blamed) {
      const waiting = this.#waiting.get(seq);
      this.#waiting.delete(seq);
      waiting?.resolve({ kind: 'rejected', code, reason });
    }
    this.#outbox = [...this.#waiting].map(([seq, { job }]) => ({ seq, job }));
    if (this.busy) this.#start();
    else this.#whenIdle();
  }

  #failStart(err: unknown): void {
    this.#worker = null;
    const why = err instanceof Error ? err.message : String(err);
    for (const waiting of this.#waiting.values())
      waiting.reject(new WorkerStartError(`the file reader could not start: ${why}`));
    this.#waiting.clear();
    this.#outbox = [];
    this.#whenIdle();
  }

  #whenIdle(): void {
    if (this.busy) return;
    this.#worker?.unref();
    this.onIdle();
  }
}
