// The heap the file entries of a data folder hold once loaded, and the CPU time to load
// them: files.json parsed whole into objects (as before packed-file-entry.ts) against
// FileEntries (a packed string a file, read a line at a time).
// Run: node --expose-gc --import tsx bench/file-entries-memory.ts DATADIR
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileEntries, FILES_FILE } from '../src-main/core/store/file-entries';

async function measure(load: () => Promise<unknown>): Promise<{ heapMb: number; cpuMs: number; kept: unknown }> {
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const kept = await load();
  const cpu = process.cpuUsage(cpu0);
  globalThis.gc?.();
  const heapMb = +((process.memoryUsage().heapUsed - heap0) / 2 ** 20).toFixed(1);
  return { heapMb, cpuMs: Math.round((cpu.user + cpu.system) / 1000), kept };
}

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: file-entries-memory.ts DATADIR');
if (!globalThis.gc) throw new Error('run with node --expose-gc');
const parsed = await measure(async () => JSON.parse(readFileSync(join(dataDir, FILES_FILE), 'utf8')) as unknown);
const packed = await measure(async () => {
  const entries = new FileEntries(dataDir, []);
  await entries.load();
  return entries;
});
const count = (packed.kept as FileEntries).size;
console.log(
  JSON.stringify({
    files: count,
    parsed: { heapMb: parsed.heapMb, bytesPerFile: Math.round((parsed.heapMb * 2 ** 20) / count), cpuMs: parsed.cpuMs },
    packed: { heapMb: packed.heapMb, bytesPerFile: Math.round((packed.heapMb * 2 ** 20) / count), cpuMs: packed.cpuMs },
  }),
);
