// How long does a PDF export take? Imports a folder (the real corpus by default) into a
// temp archive, highlights and tags some articles, then times the PDF engine's start,
// one article, and a 100-article dossier through the same export:run channel the app
// calls, with Chromium through playwright-core as the CLI uses it. Prints its figures.
// Run: npm run bench:export -- [DIR] [--runs N]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ArchiveService } from '../src-main/core/service';
import { machine, percentile } from './measure';
import { measurePdf } from './pdf-measure';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const dir = resolve(
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ??
    join(import.meta.dirname, '../../shared/corpus'),
);
if (!existsSync(dir)) {
  console.error(`skipped: ${dir} does not exist (give a folder of dispatches, or put the corpus at ../shared/corpus)`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'da-bench-export-'));
const dataDir = join(work, 'data');
try {
  const service = await ArchiveService.open({ dataDir });
  const imported = await service.importFolder(dir);
  await service.close();
  const pdf = await measurePdf(dataDir, runs);
  if ('skipped' in pdf) {
    console.error(`skipped: ${pdf.skipped}`);
  } else {
    const fmt = (v: number[]): string => `p50 ${percentile(v, 0.5).toFixed(0)} ms, max ${Math.max(...v).toFixed(0)} ms`;
    console.log(`Machine: ${machine()}`);
    console.log(`Archive: ${imported.imported} articles from ${dir}; ${runs} runs each`);
    console.log(`| measure | figure |\n|---|---|`);
    console.log(`| PDF engine start (Chromium via playwright-core) | ${pdf.engineMs.toFixed(0)} ms |`);
    console.log(`| PDF, 1 article | ${fmt(pdf.one)} (${pdf.oneKb.toFixed(0)} KB) |`);
    console.log(
      `| PDF, ${pdf.dossierArticles}-article dossier | ${fmt(pdf.dossier)} (${pdf.dossierKb.toFixed(0)} KB) |`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
