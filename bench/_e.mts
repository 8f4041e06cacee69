import { performance } from 'node:perf_hooks';
import { ArchiveService } from '../src-main/core/service';
const dataDir = process.argv[2]!;
if (process.argv[3] === 'prime') { const s = await ArchiveService.open({ dataDir }); await s.search.threadsReady; await s.close(); console.log('primed'); process.exit(0); }
const t = performance.now(); const cpu = process.cpuUsage();
const early = await ArchiveService.openEarly({ dataDir });
const t1 = performance.now();
const page = await early.handlers['archive:search']({ query: '', filters: {}, sort: 'date-desc', offset: 0, limit: 100 });
const t2 = performance.now(); const u = process.cpuUsage(cpu);
const s = await early.service; const t3 = performance.now();
console.log(`early ${(t1 - t).toFixed(0)} ms, page ${(t2 - t1).toFixed(0)} ms (${page.items.length}/${page.total}), first page at ${(t2 - t).toFixed(0)} ms, cpu ${((u.user + u.system) / 1000).toFixed(0)} ms; service at ${(t3 - t).toFixed(0)} ms`);
await s.close();
