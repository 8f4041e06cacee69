// What a segment in the making holds and costs (issue 20's import RSS): the first N
// articles of an imported archive's texts indexed into one PendingSegment, then sealed.
// Prints the memory it holds before the seal (heap + array buffers, after a GC), the CPU
// seconds of adding and of sealing, and a digest of the sealed bytes, so two versions of
// segment-build.ts can be checked to write the same segment.
// Run: node --expose-gc --import tsx bench/pending-segment.ts DATADIR [N=10000]
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fieldTokens } from '../src-main/core/search/index/index-doc';
import { PendingSegment } from '../src-main/core/search/index/pending-segment';

/** The first `count` texts of the archive's text store, as the index reads them. */
function texts(dataDir: string, count: number): [string, string[]][] {
  const saved = JSON.parse(readFileSync(join(dataDir, 'search-index.json'), 'utf8')) as {
    texts: { file: string; offsets: Record<string, [number, number]> };
  };
  const fd = openSync(join(dataDir, saved.texts.file), 'r');
  const out = Object.entries(saved.texts.offsets)
    .slice(0, count)
    .map(([id, [offset, length]]): [string, string[]] => {
      const bytes = Buffer.alloc(length);
      readSync(fd, bytes, 0, length, offset);
      return [id, JSON.parse(bytes.toString('utf8')) as string[]];
    });
  closeSync(fd);
  return out;
}

const held = (): number => {
  globalThis.gc?.();
  globalThis.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};
const cpuS = (since: NodeJS.CpuUsage): number =>
  +((process.cpuUsage(since).user + process.cpuUsage(since).system) / 1e6).toFixed(2);

const [dataDir, n = '10000'] = process.argv.slice(2);
if (!dataDir || !globalThis.gc)
  throw new Error('usage: node --expose-gc --import tsx bench/pending-segment.ts DATADIR [N]');
// Tokens first, as the import has them when it adds an article: only the segment's own memory is measured.
const docs = texts(dataDir, Number(n)).map(([id, body]) => [
  fieldTokens([id]),
  fieldTokens(body),
  fieldTokens(['Paris']),
  fieldTokens(['Reuters']),
]);
let since = process.cpuUsage();
let pending: PendingSegment | null = new PendingSegment(0);
docs.forEach((fields, doc) => pending!.add(doc, fields));
const addS = cpuS(since);
const withPending = held();
since = process.cpuUsage();
const segment = pending.seal();
const sealS = cpuS(since);
pending = null;
// What letting go of the pending segment frees, the sealed segment's own bytes aside: GC noise in a before/after of add() was larger than the difference.
const sealedBytes = Object.values(segment.parts).reduce(
  (sum, a) => sum + (ArrayBuffer.isView(a) ? a.byteLength : 0),
  0,
);
const heldMb = +((withPending - held() + sealedBytes) / 2 ** 20).toFixed(1);
const digest = createHash('sha256');
for (const array of Object.values(segment.parts))
  if (ArrayBuffer.isView(array)) digest.update(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
const occurrences = docs.reduce((sum, fields) => sum + fields.reduce((s, f) => s + f.terms.length, 0), 0);
console.log(
  JSON.stringify({
    articles: docs.length,
    occurrences,
    terms: segment.termCount,
    heldMb,
    addS,
    sealS,
    digest: digest.digest('hex').slice(0, 16),
    load: loadavg().map((l) => +l.toFixed(1)),
  }),
);
