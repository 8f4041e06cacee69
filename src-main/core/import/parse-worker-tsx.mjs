// The parse worker's entry where it runs from TypeScript source (CLI, bench, tests): tsx's
// loader is registered in this thread first. Node does not carry a parent's `--import tsx`
// into a worker's own entry (privatenumber/tsx#354), so the worker cannot start from the .ts file itself.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
