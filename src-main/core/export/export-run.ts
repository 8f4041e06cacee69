// One export from request to files: which articles, where to, in what format. The
// formats themselves are pure functions of an ExportDocument; this module resolves the
// scope, asks for a destination, gathers the articles, and writes each file whole.
import type { Article } from '../../contract/archive';
import type { ExportProgress, ExportRequest, ExportResult, ExportScope } from '../../contract/export';
import { NotFoundError } from '../errors';
import type { ArchiveService } from '../service';
import { buildCsv } from './csv';
import { compareForDossier, defaultTitle, describeScope, type ExportDocument } from './export-document';
import { EXPORT_EXTENSIONS, articleFileName, writeExportFile } from './export-files';
import { buildJsonExport } from './json';
import { buildMarkdown } from './markdown';
import type { PdfRenderer } from './pdf';
import { buildPrintHtml, printFooterTemplate } from './print-html';
import { join } from 'node:path';

/** What to ask the user for: a file to save, or a folder to put one file per article in. */
export type ExportTarget = { kind: 'file'; defaultName: string; extension: string } | { kind: 'folder' };

/** The user's answer. `replace`: they confirmed overwriting an existing file (the native dialog asks). */
export interface ExportDestination {
  path: string;
  replace: boolean;
}

export interface ExportDeps {
  service: ArchiveService;
  chooseTarget: (target: ExportTarget) => Promise<ExportDestination | null>;
  /** Opens the PDF engine; called only for PDF exports, and closed after. */
  openRenderer: () => Promise<PdfRenderer>;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /** For tests: a fixed export time. */
  now?: () => Date;
}

/** The article ids a scope covers, in date order (the dossier's order). */
export async function scopeIds(service: ArchiveService, scope: ExportScope): Promise<string[]> {
  if (scope.kind === 'ids') {
    const known = scope.ids.filter((id) => service.catalogue.article(id));
    return known.sort((a, b) => compareForDossier(service.catalogue.article(a)!, service.catalogue.article(b)!));
  }
  const args = scope.kind === 'tag' ? { query: '', filters: { tag: [scope.tag] } } : { query: scope.query, filters: scope.filters };
  const ids = await service.search.ids({ ...args, sort: 'date-asc' });
  // date-asc puts undated articles first; a dossier reads better with them after the dated ones.
  return ids.sort((a, b) => compareForDossier(service.catalogue.article(a)!, service.catalogue.article(b)!));
}

/** Runs one export; null when the user cancelled the save dialog. */
export async function runExport(request: ExportRequest, deps: ExportDeps): Promise<ExportResult | null> {
  const started = Date.now();
  const ids = await scopeIds(deps.service, request.scope);
  if (ids.length === 0) throw new NotFoundError('nothing to export: no article matches');
  const perArticle = request.layout === 'per-article' && (request.format === 'pdf' || request.format === 'markdown') && ids.length > 1;
  const extension = EXPORT_EXTENSIONS[request.format];
  const first = deps.service.catalogue.article(ids[0]!)!;
  const target: ExportTarget = perArticle
    ? { kind: 'folder' }
    : { kind: 'file', extension, defaultName: ids.length === 1 ? articleFileName(first, extension) : `${safeStem(request, deps)}.${extension}` };
  const destination = await deps.chooseTarget(target);
  if (!destination) return null;

  const settings = deps.service.userData.settings;
  const base = {
    exportedAt: (deps.now?.() ?? new Date()).toISOString(),
    locale: settings.locale ?? 'en',
    includeRelated: settings.exportRelated,
  } as const;
  const progress = (phase: ExportProgress['phase'], done: number, total: number): void => deps.onProgress?.({ phase, done, total });
  const renderer = request.format === 'pdf' ? await deps.openRenderer() : null;
  try {
    const files: string[] = [];
    if (perArticle) {
      for (const [i, id] of ids.entries()) {
        if (deps.signal?.aborted) return { files, articles: i, cancelled: true, durationMs: Date.now() - started };
        progress('writing', i, ids.length);
        const article = (await deps.service.article(id))!;
        const doc: ExportDocument = { ...base, kind: 'article', title: article.title, filterLabel: null, articles: [article] };
        const data = await render(request, doc, renderer, deps.service);
        files.push(await writeExportFile(join(destination.path, articleFileName(article, extension)), data, false));
      }
    } else {
      const articles: Article[] = [];
      for (const [i, id] of ids.entries()) {
        if (deps.signal?.aborted) return { files, articles: 0, cancelled: true, durationMs: Date.now() - started };
        if (i % 50 === 0) progress('collecting', i, ids.length);
        articles.push((await deps.service.article(id))!);
      }
      const single = articles.length === 1 && request.scope.kind === 'ids';
      const doc: ExportDocument = {
        ...base,
        kind: single ? 'article' : 'dossier',
        title: request.title?.trim() || defaultTitle(request.scope, articles, base.locale),
        filterLabel: single ? null : describeScope(request.scope, base.locale),
        articles,
      };
      progress('rendering', ids.length, ids.length);
      const data = await render(request, doc, renderer, deps.service);
      progress('writing', ids.length, ids.length);
      files.push(await writeExportFile(destination.path, data, destination.replace));
    }
    progress('done', ids.length, ids.length);
    return { files, articles: ids.length, cancelled: false, durationMs: Date.now() - started };
  } finally {
    await renderer?.close();
  }
}

async function render(request: ExportRequest, doc: ExportDocument, renderer: PdfRenderer | null, service: ArchiveService): Promise<string | Uint8Array> {
  switch (request.format) {
    case 'pdf':
      return renderer!.render(buildPrintHtml(doc), {
        paperSize: service.userData.settings.paperSize,
        footerTemplate: printFooterTemplate(doc),
        outline: doc.kind === 'dossier',
      });
    case 'markdown':
      return buildMarkdown(doc);
    case 'json':
      return buildJsonExport(doc, await service.handlers['tags:list']({}));
    case 'csv':
      return buildCsv(doc);
  }
}

/** The default file name of a dossier: its title, or the scope. */
function safeStem(request: ExportRequest, deps: ExportDeps): string {
  const locale = deps.service.userData.settings.locale ?? 'en';
  const title = request.title?.trim() || defaultTitle(request.scope, [], locale);
  return articleFileName({ date: null, title, id: 'dossier' }, 'x').slice(0, -2);
}
