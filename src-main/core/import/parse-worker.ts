// A parse worker: reads, hashes and parses the files the importer sends, and posts the
// results of each batch back together. The reads of a batch start at once, so the disk
// works while this thread parses. Started by ParsePool; never imported by the main thread.
import { parentPort } from 'node:worker_threads';
import { readAndPrepare, rejectedBy } from './prepare-file';
import type { WorkerReply, WorkerRequest, WorkerResult } from './parse-pool';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs only as a worker thread');

port.on('message', ({ jobs }: WorkerRequest) => {
  const results = jobs.map(({ seq, job }) =>
    readAndPrepare(job).then(
      (prepared): WorkerResult => ({ seq, prepared }),
      // Whatever throws costs its file only, as on the main thread (audit finding 2).
      (err: unknown): WorkerResult => ({ seq, prepared: rejectedBy(err) }),
    ),
  );
  void Promise.all(results).then((done) => port.postMessage({ results: done } satisfies WorkerReply));
});
port.postMessage('ready');
