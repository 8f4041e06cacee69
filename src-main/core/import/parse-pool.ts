// Worker threads that read and parse files for the importer, so the main thread (which
// answers IPC, and keeps the stores and the index) only applies results. worker_threads
// run under Node (CLI, bench, tests) and inside Electron's main process alike.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readAndPrepare, type PrepareJob, type PreparedFile } from './prepare-file';

/** Jobs go to a worker, and results come back, in batches: a message wakes a thread, and one per file cost the busy main thread more than the file itself. */
export interface WorkerRequest {
  jobs: { seq: number; job: PrepareJob }[];
}

export interface WorkerResult {
  seq: number;
  prepared: PreparedFile;
}

export interface WorkerReply {
  results: WorkerResult[];
}

/** The worker run from TypeScript source (the CLI, bench and tests), through tsx. The Electron build passes its bundled script instead. */
export const SOURCE_WORKER = new URL('./parse-worker-tsx.mjs', import.meta.url);

/**
 * One worker per core but one, which the main thread needs: it stores and indexes, the
 * longer part of an import, so it sets the pace. On 2 cores a second worker only took
 * CPU from it (bench at 20,000 files: same or slower wall time, 3-4 s more CPU).
 */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

interface Waiting {
  job: PrepareJob;
  resolve: (prepared: PreparedFile) => void;
  reject: (err: Error) => void;
}

class Slot {
  readonly waiting = new Map<number, Waiting>();
  /** Jobs given since the last post; posted together once the caller's synchronous run ends. */
  outbox: WorkerRequest['jobs'] = [];
  alive = true;
  constructor(readonly worker: Worker) {}

  post(): void {
    if (this.outbox.length === 0 || !this.alive) return;
    this.worker.postMessage({ jobs: this.outbox } satisfies WorkerRequest);
    this.outbox = [];
  }
}

export class ParsePool {
  #seq = 0;
  #next = 0;

  private constructor(private readonly slots: Slot[]) {
    for (const slot of slots) this.#watch(slot);
  }

  /**
   * Starts `size` workers and waits until each has loaded. Null when one cannot start (the
   * script is missing, or threads are unavailable): the caller parses on its own thread.
   */
  static async start(size: number, script: URL | string = SOURCE_WORKER): Promise<ParsePool | null> {
    const workers: Worker[] = [];
    try {
      for (let i = 0; i < size; i++) workers.push(new Worker(script, { name: `parse-${i}` }));
      await Promise.all(workers.map(untilReady));
      return new ParsePool(workers.map((w) => new Slot(w)));
    } catch (err) {
      console.warn(`Import: parse workers could not start (${err instanceof Error ? err.message : String(err)}); parsing on the main thread.`);
      await Promise.all(workers.map((w) => w.terminate()));
      return null;
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** Reads and parses one file on a worker; a worker that died hands its jobs to this thread. */
  prepare(job: PrepareJob): Promise<PreparedFile> {
    const slot = this.#pick();
    if (!slot) return readAndPrepare(job);
    const seq = this.#seq++;
    if (slot.outbox.length === 0) queueMicrotask(() => slot.post());
    slot.outbox.push({ seq, job });
    return new Promise((resolve, reject) => slot.waiting.set(seq, { job, resolve, reject }));
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => ((slot.alive = false), slot.worker.terminate())));
  }

  // Round robin over live workers: files are small and similar, so this balances well enough.
  #pick(): Slot | undefined {
    for (let tries = 0; tries < this.slots.length; tries++) {
      const slot = this.slots[this.#next++ % this.slots.length]!;
      if (slot.alive) return slot;
    }
    return undefined;
  }

  #watch(slot: Slot): void {
    slot.worker.on('message', ({ results }: WorkerReply) => {
      for (const result of results) {
        const waiting = slot.waiting.get(result.seq);
        if (!waiting) continue;
        slot.waiting.delete(result.seq);
        waiting.resolve(result.prepared);
      }
    });
    const fail = (why: string): void => {
      if (!slot.alive) return;
      slot.alive = false;
      console.warn(`Import: a parse worker stopped (${why}); its ${slot.waiting.size} files are parsed on the main thread.`);
      for (const { job, resolve, reject } of slot.waiting.values()) readAndPrepare(job).then(resolve, reject);
      slot.waiting.clear();
    };
    slot.worker.on('error', (err) => fail(err.message));
    slot.worker.on('exit', (code) => fail(`exit code ${code}`));
  }
}

function untilReady(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (err?: Error): void => {
      worker.off('message', onMessage).off('error', settle).off('exit', onExit);
      if (err) reject(err);
      else resolve();
    };
    const onMessage = (message: unknown): void => {
      if (message === 'ready') settle();
    };
    const onExit = (code: number): void => settle(new Error(`worker exited with code ${code} before it was ready`));
    worker.on('message', onMessage).on('error', settle).on('exit', onExit);
  });
}
