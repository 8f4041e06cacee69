// What numbering terms by their words saves the index (term-ids.ts): an imported archive's
// texts indexed into segments of SEAL articles both ways, by analysis (fieldTokens, then
// PendingSegment.add, as SearchIndex.put did) and by ids (TermEncoder, then
// PendingSegment.addIds). Prints the CPU seconds of each, the articles' ids' size, the
// distinct terms, and a digest of the sealed segments, which must be equal.
// Run: node --expose-gc --import tsx bench/term-ids.ts DATADIR [N=all]
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fieldTokens, type IndexDoc } from '../src-main/core/search/index/index-doc';
import { PendingSegment } from '../src-main/core/search/index/pending-segment';
import type { Segment } from '../src-main/core/search/index/segment';
import { docTexts, TermEncoder } from '../src-main/core/search/index/term-ids';

const SEAL = 10_000;

/** The archive's articles as the index reads them: bodies from the text store, titles and the rest from the catalogue. */
function docs(dataDir: string, count: number): IndexDoc[] {
  const saved = JSON.parse(readFileSync(join(dataDir, 'search-index.json'), 'utf8')) as {
    texts: { file: string; offsets: Record<string, [number, number]> };
  };
  const fd = openSync(join(dataDir, saved.texts.file), 'r');
  const out = Object.entries(saved.texts.offsets)
    .slice(0, count)
    .map(([id, [offset, length]], i): IndexDoc => {
      const bytes = Buffer.alloc(length);
      readSync(fd, bytes, 0, length, offset);
      const body = JSON.parse(bytes.toString('utf8')) as string[];
      // No catalogue read here: a paragraph stands in for the title, places and agencies repeat.
      return {
        id,
        title: body[0] ?? '',
        body,
        place: ['Damascus', 'Москва', 'القاهرة', ''][i % 4]!,
        agency: 'Reuters',
      };
    });
  closeSync(fd);
  return out;
}

const cpuS = (since: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(since);
  return +((user + system) / 1e6).toFixed(2);
};

function digest(segments: Segment[]): string {
  const hash = createHash('sha256');
  for (const segment of segments)
    for (const array of Object.values(segment.parts))
      if (ArrayBuffer.isView(array)) hash.update(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return hash.digest('hex').slice(0, 16);
}

function byAnalysis(all: IndexDoc[]): { seconds: number; digest: string } {
  globalThis.gc?.();
  const since = process.cpuUsage();
  const segments: Segment[] = [];
  let pending = new PendingSegment(0);
  all.forEach((doc, n) => {
    pending.add(
      n,
      docTexts(doc).map((texts) => fieldTokens(texts)),
    );
    if (pending.count < SEAL) return;
    segments.push(pending.seal());
    pending = new PendingSegment(n + 1);
  });
  segments.push(pending.seal());
  return { seconds: cpuS(since), digest: digest(segments) };
}

function byIds(all: IndexDoc[]): { seconds: number; idsMb: number; terms: number; digest: string } {
  globalThis.gc?.();
  const since = process.cpuUsage();
  const encoder = new TermEncoder();
  const segments: Segment[] = [];
  let pending = new PendingSegment(0);
  let bytes = 0;
  let dictionary: readonly string[] = [];
  all.forEach((doc, n) => {
    const terms = encoder.encode(doc);
    bytes += terms.ids.byteLength;
    dictionary = terms.dictionary;
    pending.addIds(n, terms);
    if (pending.count < SEAL) return;
    segments.push(pending.seal());
    pending = new PendingSegment(n + 1);
  });
  segments.push(pending.seal());
  const seconds = cpuS(since);
  return { seconds, idsMb: +(bytes / 2 ** 20).toFixed(1), terms: dictionary.length, digest: digest(segments) };
}

const [dataDir, n] = process.argv.slice(2);
if (!dataDir || !globalThis.gc) throw new Error('usage: node --expose-gc --import tsx bench/term-ids.ts DATADIR [N]');
const all = docs(dataDir, n ? Number(n) : Infinity);
// Each way twice, the second timed: the first warms analyzer.ts's memo for both alike.
byAnalysis(all);
const analysed = byAnalysis(all);
byIds(all);
const ids = byIds(all);
console.log(
  JSON.stringify({
    articles: all.length,
    analysis: analysed,
    ids,
    same: analysed.digest === ids.digest,
    load: loadavg().map((l) => +l.toFixed(1)),
  }),
);
