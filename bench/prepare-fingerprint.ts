// What the parse worker makes of every file of a corpus, as one fingerprint: records,
// names, languages, dates, content hashes, snippets and MinHash signatures, hashed per file
// (prepareBytes, the worker's own function, on this thread). A change meant to make the
// import cheaper without changing its results must print the same fingerprint before and
// after; PER_FILE=out.tsv lists each file's hash, to find the ones that differ.
// Also prints this thread's CPU seconds (Linux), the worker's share of an import.
// Run: npx tsx bench/prepare-fingerprint.ts DIR
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { prepareBytes } from '../src-main/core/import/prepare-file';
import { warmPdfReader } from '../src-main/core/parse/docs/read-pdf';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** CPU seconds of this thread so far, from /proc (the process's figure would count V8's helper threads too). */
function threadCpuS(): number {
  const stat = readFileSync('/proc/thread-self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: prepare-fingerprint.ts DIR');
  const files = filesUnder(dir).map((path) => ({ path, bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs }));
  await warmPdfReader();
  const all = createHash('sha256');
  const lines: string[] = [];
  const start = threadCpuS();
  for (const { path, bytes, mtimeMs } of files) {
    const job = { path, mtimeMs, knownSha256: null, maxBytes: Infinity, budgetMs: Infinity };
    const hash = createHash('sha256')
      .update(JSON.stringify(await prepareBytes(job, bytes)))
      .digest('hex')
      .slice(0, 16);
    all.update(hash);
    lines.push(`${path}\t${hash}`);
  }
  const cpuS = +(threadCpuS() - start).toFixed(2);
  if (process.env.PER_FILE) writeFileSync(process.env.PER_FILE, `${lines.join('\n')}\n`);
  const load = loadavg().map((l) => +l.toFixed(1));
  console.log(JSON.stringify({ files: files.length, fingerprint: all.digest('hex').slice(0, 16), cpuS, load }));
}

await main();
