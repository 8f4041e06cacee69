// Runs parseFile on a worker thread and gives up on a file after a deadline, so a test of
// linear-time reading fails in bounded time instead of hanging while a quadratic reader runs.
import { Worker } from 'node:worker_threads';
import type { FileInput, ParseOutcome } from '../../../src-main/core/parse/index';

const ENTRY = new URL('./deadline-worker.mjs', import.meta.url);

export class DeadlineParser {
  #worker: Promise<Worker> | null = null;

  /** The file's outcome, or a rejection when parsing it took longer than `ms`. */
  async parse(input: FileInput, ms: number): Promise<ParseOutcome> {
    const worker = await (this.#worker ??= start());
    return new Promise((resolve, reject) => {
      const onMessage = (outcome: ParseOutcome): void => {
        clearTimeout(timer);
        resolve(outcome);
      };
      const timer = setTimeout(() => {
        worker.off('message', onMessage);
        this.#worker = null;
        void worker.terminate();
        reject(new Error(`parsing ${input.path} (${input.bytes.length} bytes) did not finish within ${ms} ms`));
      }, ms);
      worker.once('message', onMessage);
      worker.postMessage(input);
    });
  }

  /** Starts the worker ahead of the first file, so its start-up is not counted against a deadline. */
  async ready(): Promise<void> {
    await (this.#worker ??= start());
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    await (await worker)?.terminate();
  }
}

function start(): Promise<Worker> {
  const worker = new Worker(ENTRY);
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}
