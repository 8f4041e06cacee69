// A parse worker: reads, hashes and parses the files the importer sends, and posts the
// results of each batch back together. The reads of a batch start at once, so the disk
// works while this thread parses. Started by ParsePool; never imported by the main thread.
import { parentPort } from 'node:worker_threads';
import { readAndPrepare } from './prepare-file';
import type { WorkerReply, WorkerRequest, WorkerResult } from './parse-pool';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs only as a worker thread');

port.on('message', ({ jobs }: WorkerRequest) => {
  const results = jobs.map(({ seq, job }) =>
    readAndPrepare(job).then(
      (prepared): WorkerResult => ({ seq, prepared }),
      // A parser bug, not a bad file (those are rejects): the importer fails as it would in-process.
      (err: unknown): WorkerResult => ({ seq, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
    ),
  );
  void Promise.all(results).then((done) => port.postMessage({ results: done } satisfies WorkerReply));
});
port.postMessage('ready');
