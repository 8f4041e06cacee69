import { performance } from 'node:perf_hooks';
import { UserDataStore } from '../src-main/core/store/userdata';
const w: string[] = [];
for (let i = 0; i < 3; i++) {
const t = performance.now();
const u = await UserDataStore.open(process.argv[2]!, w);
console.log('open', (performance.now() - t).toFixed(0));
await u.close();
}
