// What reading PDFs costs this thread, and what it gives: every .pdf under DIR through
// readPdf (read-pdf.ts), as CPU ms per PDF (Linux, this thread only) and one fingerprint of
// the outcomes. STOCK=1 reads with pdf.js's stock worker instead of the text-only copy
// (pdf-text-worker.ts), so the two can be compared on one machine at one load:
// the fingerprints must match.
// Run: npx tsx bench/pdf-read.ts DIR [ROUNDS]    STOCK=1 npx tsx bench/pdf-read.ts DIR
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { keepNatives, restoreNatives } from '../src-main/core/parse/docs/pdf-natives';
import { readPdf, warmPdfReader } from '../src-main/core/parse/docs/read-pdf';

function threadCpuMs(): number {
  const stat = readFileSync('/proc/thread-self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: pdf-read.ts DIR [ROUNDS]');
  const rounds = Number(process.argv[3] ?? 1);
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.pdf$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((path) => readFileSync(path));
  if (process.env.STOCK === '1') {
    // read-pdf.ts takes a worker already set; loading it replaces engine methods (pdf-natives.ts).
    const kept = keepNatives();
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    restoreNatives(kept);
  }
  await warmPdfReader();
  const all = createHash('sha256');
  const start = threadCpuMs();
  for (let round = 0; round < rounds; round++)
    for (const bytes of files) {
      const outcome = JSON.stringify(await readPdf(bytes));
      if (round === 0) all.update(outcome);
    }
  const msPerPdf = +((threadCpuMs() - start) / (files.length * rounds)).toFixed(2);
  const worker = process.env.STOCK === '1' ? 'stock' : 'text-only';
  const load = loadavg().map((l) => +l.toFixed(1));
  console.log(
    JSON.stringify({ pdfs: files.length, rounds, worker, msPerPdf, fingerprint: all.digest('hex').slice(0, 16), load }),
  );
}

await main();
