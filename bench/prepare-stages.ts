// Where the parse worker's time goes, per format and per stage, on this thread: reading
// the corpus first, then for each file its parse (decode, reader, dates, language), the
// names, the digests (content hash, snippet, MinHash), the index's tokens and the size and
// time of the structured clone its result crosses to the main thread in. Times are CPU
// seconds (process.cpuUsage, so V8's helper threads count too), not wall time: on the
// shared 2-core machine, at load 11, wall time doubled every stage and told nothing.
// Run: npx tsx bench/prepare-stages.ts DIR
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { parseFile } from '../src-main/core/parse/index';
import { warmPdfReader } from '../src-main/core/parse/docs/read-pdf';
import { withEntities } from '../src-main/core/record-entities';
import { digestRecord } from '../src-main/core/import/content-hash';
import { TermEncoder } from '../src-main/core/search/index/term-ids';

// The index's analysis as the main thread does it (SearchIndex.put), with an encoder of its own.
const encoder = new TermEncoder();

const STAGES = ['parse', 'names', 'digest', 'tokens', 'clone'] as const;

/** CPU milliseconds of this process so far, user and system. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
type Stage = (typeof STAGES)[number];

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: prepare-stages.ts DIR');
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((path) => ({ path, bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs }));
  await warmPdfReader();
  const rows = new Map<
    string,
    { files: number; records: number; bytes: number; cloneBytes: number } & Record<Stage, number>
  >();
  for (const { path, bytes, mtimeMs } of files) {
    const t0 = cpuMs();
    const parsed = await parseFile({ path, bytes, mtimeMs });
    const t1 = cpuMs();
    const records = parsed.ok ? parsed.records.map(withEntities) : [];
    const t2 = cpuMs();
    const digests = records.map(digestRecord);
    const t3 = cpuMs();
    for (const r of records)
      encoder.encode({ id: r.id, title: r.title, body: r.paragraphs, place: r.place ?? '', agency: r.agency ?? '' });
    const t4 = cpuMs();
    const clone = serialize({ kind: 'parsed', outcome: { ...parsed, records }, digests }).length;
    const t5 = cpuMs();
    const key = parsed.ok ? parsed.format : `reject:${parsed.code}`;
    const row = rows.get(key) ?? {
      files: 0,
      records: 0,
      bytes: 0,
      cloneBytes: 0,
      parse: 0,
      names: 0,
      digest: 0,
      tokens: 0,
      clone: 0,
    };
    row.files++;
    row.records += records.length;
    row.bytes += bytes.length;
    row.cloneBytes += clone;
    row.parse += t1 - t0;
    row.names += t2 - t1;
    row.digest += t3 - t2;
    row.tokens += t4 - t3;
    row.clone += t5 - t4;
    rows.set(key, row);
  }
  const total = [...rows.values()].reduce((s, r) => s + STAGES.reduce((a, k) => a + r[k], 0), 0);
  console.log(
    `total ${(total / 1000).toFixed(1)} CPU s over ${files.length} files, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(['format', 'files', 'recs', 'KB', 'cloneKB', ...STAGES, 'ms/file', 'share'].join('\t'));
  for (const [key, r] of [...rows].sort((a, b) => b[1].parse + b[1].names - a[1].parse - a[1].names)) {
    const sum = STAGES.reduce((a, k) => a + r[k], 0);
    console.log(
      [
        key,
        r.files,
        r.records,
        Math.round(r.bytes / 1024),
        Math.round(r.cloneBytes / 1024),
        ...STAGES.map((k) => (r[k] / 1000).toFixed(2)),
        (sum / r.files).toFixed(2),
        `${((100 * sum) / total).toFixed(1)}%`,
      ].join('\t'),
    );
  }
}

await main();
