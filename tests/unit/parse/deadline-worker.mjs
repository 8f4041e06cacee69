// Worker entry for deadline-parser.ts: parseFile on a thread the test can terminate, since
// synchronous parsing cannot be interrupted and a quadratic reader would hold the runner for
// minutes. tsx is registered here because Node does not carry it into a worker's entry.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { parseFile } = await import('../../../src-main/core/parse/index.ts');
parentPort.on('message', async (input) => parentPort.postMessage(await parseFile(input)));
parentPort.postMessage('ready');
