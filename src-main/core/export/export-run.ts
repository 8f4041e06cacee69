// One export from request to files: which articles (export-scope), where to (the door's
// dialog), in what format (export-render), written whole (export-files). Reads the
// archive only through ExportArchive, so it runs without a data folder in tests.
import { join } from 'node:path';
import type { Article, Settings } from '../../contract/archive';
import type { ExportProgress, ExportRequest, ExportResult } from '../../contract/export';
import type { TagInfo } from '../../contract/userdata';
import { NotFoundError } from '../errors';
import { defaultTitle, describeScope, type ExportDocument } from './export-document';
import { EXPORT_EXTENSIONS, articleFileName, writeExportFile } from './export-files';
import { renderExport, type RenderContext } from './export-render';
import { selectForExport, type ExportSelection, type ScopeArchive } from './export-scope';
import type { PdfRenderer } from './pdf';

/** What to ask the user for: a file to save, or a folder to put one file per article in. */
export type ExportTarget = { kind: 'file'; defaultName: string; extension: string } | { kind: 'folder' };

/** The user's answer. `replace`: they confirmed overwriting an existing file (the native dialog asks). */
export interface ExportDestination {
  path: string;
  replace: boolean;
}

/** What an export reads of the archive. */
export interface ExportArchive extends ScopeArchive {
  /** The article as the reader shows it, with the user's work. */
  article(id: string): Promise<Article | null>;
  settings(): Readonly<Settings>;
  tags(): Promise<TagInfo[]>;
}

export interface ExportDeps {
  archive: ExportArchive;
  chooseTarget: (target: ExportTarget) => Promise<ExportDestination | null>;
  /** Opens the PDF engine; called only for PDF exports, and closed after. */
  openRenderer: () => Promise<PdfRenderer>;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /** For tests: a fixed export time. */
  now?: () => Date;
}

type Base = Pick<ExportDocument, 'exportedAt' | 'locale' | 'includeRelated'>;

/** Runs one export; null when the user cancelled the save dialog. */
export async function runExport(request: ExportRequest, deps: ExportDeps): Promise<ExportResult | null> {
  const started = Date.now();
  const selection = await selectForExport(deps.archive, request.scope, {
    includeWithdrawn: request.includeWithdrawn ?? false,
    backup: request.format === 'json',
  });
  const { ids, withdrawnLeftOut } = selection;
  if (ids.length === 0) throw new NotFoundError(nothingToExport(withdrawnLeftOut));
  const perArticle =
    request.layout === 'per-article' && (request.format === 'pdf' || request.format === 'markdown') && ids.length > 1;
  const destination = await deps.chooseTarget(targetFor(request, ids, perArticle, deps.archive));
  if (!destination) return null;

  const settings = deps.archive.settings();
  const base: Base = {
    exportedAt: (deps.now?.() ?? new Date()).toISOString(),
    locale: settings.locale ?? 'en',
    includeRelated: settings.exportRelated,
  };
  const renderer = request.format === 'pdf' ? await deps.openRenderer() : null;
  const context: RenderContext = { renderer, paperSize: settings.paperSize, tags: () => deps.archive.tags() };
  try {
    const run = perArticle ? exportPerArticle : exportOneFile;
    const outcome = await run(request, ids, destination, { deps, base, context, selection });
    return { ...outcome, withdrawnLeftOut, durationMs: Date.now() - started };
  } finally {
    await renderer?.close();
  }
}

/** Why nothing matched: withdrawn stories left out are the reason worth telling, with the way round it. */
function nothingToExport(withdrawnLeftOut: number): string {
  if (withdrawnLeftOut === 0) return 'nothing to export: no article matches';
  const which =
    withdrawnLeftOut === 1 ? 'the one article matching was' : `all ${withdrawnLeftOut} articles matching were`;
  return `nothing to export: ${which} withdrawn by the agency (include withdrawn stories to export them)`;
}

/** The save dialog's question: a folder for one file per article, else a file named for the article or the dossier. */
function targetFor(request: ExportRequest, ids: string[], perArticle: boolean, archive: ExportArchive): ExportTarget {
  if (perArticle) return { kind: 'folder' };
  const extension = EXPORT_EXTENSIONS[request.format];
  if (ids.length === 1)
    return { kind: 'file', extension, defaultName: articleFileName(archive.meta(ids[0]!)!, extension) };
  const title = request.title?.trim() || defaultTitle(request.scope, [], archive.settings().locale ?? 'en');
  return {
    kind: 'file',
    extension,
    defaultName: `${articleFileName({ date: null, title, id: 'dossier' }, 'x').slice(0, -2)}.${extension}`,
  };
}

interface RunContext {
  deps: ExportDeps;
  base: Base;
  context: RenderContext;
  selection: ExportSelection;
}
type Outcome = Omit<ExportResult, 'durationMs' | 'withdrawnLeftOut'>;

/**
 * The article as exported. A story withdrawn by a later version is marked on every
 * version taken in, so each prints the writers' "Withdrawn by the agency" banner.
 */
async function exportedArticle(run: RunContext, id: string): Promise<Article> {
  const article = (await run.deps.archive.article(id))!;
  return run.selection.withdrawn.has(id) ? { ...article, status: 'canceled' } : article;
}

/** One file per article into the chosen folder; never replaces a file already there. */
async function exportPerArticle(
  request: ExportRequest,
  ids: string[],
  destination: ExportDestination,
  run: RunContext,
): Promise<Outcome> {
  const { deps, base, context } = run;
  const extension = EXPORT_EXTENSIONS[request.format];
  const files: string[] = [];
  for (const [i, id] of ids.entries()) {
    if (deps.signal?.aborted) return { files, articles: i, cancelled: true };
    deps.onProgress?.({ phase: 'writing', done: i, total: ids.length });
    const article = await exportedArticle(run, id);
    const doc: ExportDocument = {
      ...base,
      kind: 'article',
      title: article.title,
      filterLabel: null,
      articles: [article],
    };
    const data = await renderExport(request.format, doc, context);
    files.push(await writeExportFile(join(destination.path, articleFileName(article, extension)), data, false));
  }
  deps.onProgress?.({ phase: 'done', done: ids.length, total: ids.length });
  return { files, articles: ids.length, cancelled: false };
}

/** One article, or a dossier of all of them, in one file. */
async function exportOneFile(
  request: ExportRequest,
  ids: string[],
  destination: ExportDestination,
  run: RunContext,
): Promise<Outcome> {
  const { deps, base, context } = run;
  const progress = (phase: ExportProgress['phase'], done: number): void =>
    deps.onProgress?.({ phase, done, total: ids.length });
  const articles: Article[] = [];
  for (const [i, id] of ids.entries()) {
    if (deps.signal?.aborted) return { files: [], articles: 0, cancelled: true };
    if (i % 50 === 0) progress('collecting', i);
    articles.push(await exportedArticle(run, id));
  }
  const single = articles.length === 1 && request.scope.kind === 'ids';
  const doc: ExportDocument = {
    ...base,
    kind: single ? 'article' : 'dossier',
    title: request.title?.trim() || defaultTitle(request.scope, articles, base.locale),
    filterLabel: single ? null : describeScope(request.scope, base.locale),
    articles,
  };
  progress('rendering', ids.length);
  const data = await renderExport(request.format, doc, context);
  progress('writing', ids.length);
  const file = await writeExportFile(destination.path, data, destination.replace);
  progress('done', ids.length);
  return { files: [file], articles: ids.length, cancelled: false };
}
