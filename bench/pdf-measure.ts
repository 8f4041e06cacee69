// PDF export timing, shared by `npm run bench:export` and the scale bench's pdf phase:
// over an existing archive, tags and highlights 100 articles as an analyst's dossier has,
// then times the PDF engine's start, one article, and the 100-article dossier through the
// export:run channel the app calls, with Chromium through playwright-core as the CLI uses it.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportResult } from '../src-main/contract/export';
import type { ChannelArgs } from '../src-main/contract/ipc';
import { bodyText } from '../src-main/contract/userdata';
import type { PdfRenderer } from '../src-main/core/export/pdf';
import { openChromiumPdfRenderer } from '../src-main/core/export/pdf-chromium';
import { routeCall } from '../src-main/core/ipc-router';
import { ArchiveService } from '../src-main/core/service';
import { timed } from './measure';

export interface PdfFigures {
  articles: number;
  engineMs: number;
  one: number[];
  dossier: number[];
  dossierArticles: number;
  oneKb: number;
  dossierKb: number;
}

/** The figures, or why there are none (no browser). */
export type PdfPhase = PdfFigures | { skipped: string };

const DOSSIER_TAG = 'bench/dossier';

export async function measurePdf(dataDir: string, runs: number): Promise<PdfPhase> {
  const out = mkdtempSync(join(tmpdir(), 'da-bench-pdf-'));
  let files = 0;
  // One engine for every export, as the app keeps its hidden window; its start is timed apart.
  let engine: PdfRenderer | null = null;
  const service = await ArchiveService.open({
    dataDir,
    chooseExportTarget: async () => ({ path: join(out, `out-${files++}.pdf`), replace: false }),
    openPdfRenderer: async () => ({ render: (html, o) => engine!.render(html, o), close: async () => undefined }),
  });
  try {
    const picked = await prepareDossier(service);
    const start = await timed(() => openChromiumPdfRenderer()).catch((err: unknown) =>
      err instanceof Error ? err.message : String(err),
    );
    if (typeof start === 'string') return { skipped: `no browser for PDF export: ${start.split('\n')[0]}` };
    engine = start.value;
    const one: number[] = [];
    const dossier: number[] = [];
    let oneFile = '';
    let dossierFile = '';
    for (let i = 0; i < runs; i++) {
      const a = await timed(() => exportPdf(service, { kind: 'ids', ids: [picked[i % picked.length]!] }));
      one.push(a.ms);
      oneFile = a.value;
      const d = await timed(() => exportPdf(service, { kind: 'tag', tag: DOSSIER_TAG }));
      dossier.push(d.ms);
      dossierFile = d.value;
    }
    const kb = (file: string): number => statSync(file).size / 1024;
    return {
      articles: service.catalogue.articleCount(),
      engineMs: start.ms,
      one,
      dossier,
      dossierArticles: picked.length,
      oneKb: kb(oneFile),
      dossierKb: kb(dossierFile),
    };
  } finally {
    await engine?.close();
    await service.close();
    rmSync(out, { recursive: true, force: true });
  }
}

/** Tags the 100 newest articles and gives each two highlights, one with a note. */
async function prepareDossier(service: ArchiveService): Promise<string[]> {
  const ids = await service.search.ids({ query: '', filters: {}, sort: 'date-desc' });
  const picked = ids.slice(0, 100);
  await service.handlers['tags:apply']({ ids: picked, add: [DOSSIER_TAG], remove: [] });
  for (const id of picked) {
    const text = bodyText((await service.article(id))!.paragraphs);
    if (text.length < 200) continue;
    await service.handlers['annotations:create']({
      articleId: id,
      start: 10,
      end: 60,
      color: 'yellow',
      note: 'Check this against the agency wire.',
    });
    await service.handlers['annotations:create']({ articleId: id, start: 120, end: 180, color: 'green', note: '' });
  }
  return picked;
}

async function exportPdf(service: ArchiveService, scope: ChannelArgs<'export:run'>['scope']): Promise<string> {
  const reply = await routeCall(service.handlers, 'export:run', { format: 'pdf', layout: 'dossier', scope });
  if (!reply.ok) throw new Error(reply.error.message);
  return (reply.value as ExportResult).files[0]!;
}
