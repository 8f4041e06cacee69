// The bundled parse worker with a memory log: every 500 ms this isolate's heap (which the
// main thread cannot read under Node 20) is appended to $IMPORT_MEMORY_LOG, then the
// worker in $IMPORT_MEMORY_WORKER runs as usual. Started by import-memory.ts.
import { appendFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { threadId } from 'node:worker_threads';

const log = process.env.IMPORT_MEMORY_LOG;
const started = Date.now();
const mb = (bytes) => Math.round(bytes / 2 ** 20);
setInterval(() => {
  const h = getHeapStatistics();
  const sample = {
    thread: threadId,
    s: (Date.now() - started) / 1000,
    heap: mb(h.used_heap_size),
    heapTotal: mb(h.total_heap_size),
    limit: mb(h.heap_size_limit),
    buffers: mb(process.memoryUsage().arrayBuffers),
  };
  appendFileSync(log, `${JSON.stringify(sample)}\n`);
}, 500).unref();
await import(process.env.IMPORT_MEMORY_WORKER);
