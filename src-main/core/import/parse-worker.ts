// A parse worker: reads, hashes and parses the files the importer sends, and posts the
// results of each batch back together. The reads of a batch start at once, so the disk
// works while this thread parses. Started by ParseSlot; never imported by the main thread.
// While it parses a file it says which one in shared memory: if it dies or overruns its
// budget there, the main thread knows which file to reject (parse-slot.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { detectDocument } from '../parse/docs/detect-document';
import { warmPdfReader } from '../parse/docs/read-pdf';
import { prepareBytes, readJob, rejectedBy, type PrepareJob, type PreparedFile } from './prepare-file';
import { tooSlow, type WorkerData, type WorkerReply, type WorkerRequest } from './parse-slot';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs only as a worker thread');
const current = new BigInt64Array((workerData as WorkerData).current);

/**
 * Results go back a few at a time, not a whole batch at once: the main thread stores them
 * and asks for the next batch while this thread parses the rest. With one reply per batch,
 * the worker sat idle for the round trip after every batch, 19% of its time in a 20,000-file
 * import (cpu profile of bench/import-profile.ts), and it is the import's critical path.
 * Not one per file either: a message per file costs the busy main thread more than the file.
 */
const REPLY_EVERY = 8;
let replies: WorkerReply['results'] = [];

port.on('message', ({ jobs }: WorkerRequest) => {
  let left = jobs.length;
  for (const { seq, job } of jobs)
    void prepare(seq, job).then((prepared) => {
      replies.push({ seq, prepared });
      // A batch's last result sends whatever is waiting, so nothing stays behind.
      if (--left === 0 || replies.length >= REPLY_EVERY) sendReplies();
    });
});
port.postMessage('ready');

function sendReplies(): void {
  port!.postMessage({ results: replies } satisfies WorkerReply);
  replies = [];
}

/**
 * Parses run one after another, though e-mail parsing awaits (postal-mime): `current` names
 * one file, and with two parses interleaved an overrun would be blamed on the wrong one.
 */
let parsing: Promise<unknown> = Promise.resolve();

async function prepare(seq: number, job: PrepareJob): Promise<PreparedFile> {
  try {
    const read = await withinBudget(readJob(job), job.budgetMs);
    if (!(read instanceof Uint8Array)) return read;
    const parsed = parsing.then(() => parseMarked(seq, job, read));
    parsing = parsed.catch(() => undefined);
    return await parsed;
  } catch (err) {
    // Whatever throws costs its file only, as on the main thread (audit finding 2).
    return rejectedBy(err);
  }
}

async function parseMarked(seq: number, job: PrepareJob, bytes: Uint8Array): Promise<PreparedFile> {
  // The PDF reader's one-time load is the worker's, not the file's (read-pdf.ts warmPdfReader).
  if (detectDocument(bytes, job.path) === 'pdf') await warmPdfReader();
  Atomics.store(current, 1, BigInt(Date.now()));
  Atomics.store(current, 0, BigInt(seq + 1));
  try {
    return await prepareBytes(job, bytes);
  } finally {
    Atomics.store(current, 0, 0n);
  }
}

/**
 * A read that hangs (a stalled network share) cannot be cancelled, but the import need not
 * wait for it: past the budget the file is given up on and the read left to finish alone.
 */
function withinBudget<T>(read: Promise<T>, budgetMs: number): Promise<T | PreparedFile> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<PreparedFile>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'rejected', code: 'too-slow', reason: tooSlow(budgetMs) }), budgetMs);
  });
  return Promise.race([read, late]).finally(() => clearTimeout(timer));
}
