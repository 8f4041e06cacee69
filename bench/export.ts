// How long does a PDF export take? Imports a folder (the real corpus by default) into a
// temp archive, highlights and tags some articles, then times the PDF engine's start,
// one article, and a 100-article dossier through the same export:run channel the app
// calls, with Chromium through playwright-core as the CLI uses it. Prints its figures.
// Run: npm run bench:export -- [DIR] [--runs N]
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ExportResult } from '../src-main/contract/export';
import type { ChannelArgs } from '../src-main/contract/ipc';
import { bodyText } from '../src-main/contract/userdata';
import { openChromiumPdfRenderer } from '../src-main/core/export/pdf-chromium';
import type { PdfRenderer } from '../src-main/core/export/pdf';
import { routeCall } from '../src-main/core/ipc-router';
import { ArchiveService } from '../src-main/core/service';
import { machine, percentile, timed } from './measure';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const dir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? join(import.meta.dirname, '../../shared/corpus'));
if (!existsSync(dir)) {
  console.error(`skipped: ${dir} does not exist (give a folder of dispatches, or put the corpus at ../shared/corpus)`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'da-bench-export-'));
let out = 0;
// One engine for every export, as the app keeps its hidden window; its start is timed apart.
let engine: PdfRenderer | null = null;
const service = await ArchiveService.open({
  dataDir: join(work, 'data'),
  chooseExportTarget: async () => ({ path: join(work, `out-${out++}.pdf`), replace: false }),
  openPdfRenderer: async () => ({ render: (html, o) => engine!.render(html, o), close: async () => undefined }),
});

async function call(channel: 'export:run', request: ChannelArgs<'export:run'>): Promise<string> {
  const reply = await routeCall(service.handlers, channel, request);
  if (!reply.ok) throw new Error(reply.error.message);
  return (reply.value as ExportResult).files[0]!;
}

try {
  const imported = await service.importFolder(dir);
  const ids = await service.search.ids({ query: '', filters: {}, sort: 'date-desc' });
  // Give the first 100 articles a tag and two highlights each, one with a note, as an analyst's dossier has.
  const picked = ids.slice(0, 100);
  await service.handlers['tags:apply']({ ids: picked, add: ['bench/dossier'], remove: [] });
  for (const id of picked) {
    const text = bodyText((await service.article(id))!.paragraphs);
    if (text.length < 200) continue;
    await service.handlers['annotations:create']({ articleId: id, start: 10, end: 60, color: 'yellow', note: 'Check this against the agency wire.' });
    await service.handlers['annotations:create']({ articleId: id, start: 120, end: 180, color: 'green', note: '' });
  }
  const start = await timed(() => openChromiumPdfRenderer());
  engine = start.value;
  const one: number[] = [];
  const dossier: number[] = [];
  let oneFile = '';
  let dossierFile = '';
  for (let i = 0; i < runs; i++) {
    const a = await timed(() => call('export:run', { format: 'pdf', layout: 'dossier', scope: { kind: 'ids', ids: [picked[i % picked.length]!] } }));
    one.push(a.ms);
    oneFile = a.value;
    const d = await timed(() => call('export:run', { format: 'pdf', layout: 'dossier', scope: { kind: 'tag', tag: 'bench/dossier' } }));
    dossier.push(d.ms);
    dossierFile = d.value;
  }
  const kb = (file: string): string => `${(statSync(file).size / 1024).toFixed(0)} KB`;
  const fmt = (v: number[]): string => `p50 ${percentile(v, 0.5).toFixed(0)} ms, max ${Math.max(...v).toFixed(0)} ms`;
  console.log(`Machine: ${machine()}`);
  console.log(`Archive: ${imported.imported} articles from ${dir}; ${runs} runs each`);
  console.log(`| measure | figure |\n|---|---|`);
  console.log(`| PDF engine start (Chromium via playwright-core) | ${start.ms.toFixed(0)} ms |`);
  console.log(`| PDF, 1 article | ${fmt(one)} (${kb(oneFile)}) |`);
  console.log(`| PDF, ${picked.length}-article dossier | ${fmt(dossier)} (${kb(dossierFile)}) |`);
} finally {
  await engine?.close();
  await service.close();
  rmSync(work, { recursive: true, force: true });
}
