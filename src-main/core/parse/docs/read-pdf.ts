// PDF text through pdf.js (mozilla/pdf.js, the pdfjs-dist legacy build: pure JS). In Node it
// would take DOMMatrix from @napi-rs/canvas, a native module this project takes none of:
// package.json overrides that optional dependency away and @thednp/dommatrix (pure JS, kept
// up to date) stands in for the one browser class the text layer touches. unpdf wraps the same pdf.js for serverless use, but
// asks for Node 22 while this app supports Node 20.19, and adds nothing a reader of the text
// layer needs; pdfjs-dist 5 is the line that still supports Node 20.
import { pdfDateTime } from './pdf-date';
import { linesOfPage, type PdfLine, type PdfRun } from './pdf-lines';
import { paragraphsOf } from './pdf-paragraphs';
import { dropRunningLines } from './pdf-running';
import { documentReject, type DocumentOutcome } from './document-outcome';
import { keepNatives, restoreNatives } from './pdf-natives';
import { useSyncInflate } from './pdf-inflate';
import { loadTextOnlyWorker } from './pdf-text-worker';
import { PdfWorkerPort } from './pdf-worker-port';

/** Pages read at most: a 500-page report keeps within the worker's 10 s budget (import-run.ts). */
export const MAX_PDF_PAGES = 200;
/** Time spent on pages at most, for PDFs whose pages are few but heavy. */
const PAGE_TIME_MS = 5_000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

/**
 * pdf.js runs its parser in a worker; in Node it falls back to running it in-thread, found
 * through `globalThis.pdfjsWorker`. Setting that ourselves keeps it working in a bundle,
 * where the worker file's relative path would not resolve. This already runs in the parse worker.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown; DOMMatrix?: unknown; ImageData?: unknown; Path2D?: unknown };
    g.DOMMatrix ??= (await import('@thednp/dommatrix')).default;
    // pdf.js asks @napi-rs/canvas (left out, see above) for these two and prints "Cannot
    // polyfill" on every worker's first PDF when it is absent. Reading the text layer never
    // draws, so empty classes stand in and the import's output stays quiet.
    g.ImageData ??= class ImageData {};
    g.Path2D ??= class Path2D {};
    // Inflating through web streams cost more than the inflating (pdf-inflate.ts).
    useSyncInflate();
    // The legacy build replaces some of the engine's methods for the whole thread (pdf-natives.ts).
    const natives = keepNatives();
    // A copy of pdf.js's worker that skips some work done only for drawing (pdf-text-worker.ts).
    g.pdfjsWorker ??= await loadTextOnlyWorker();
    const module = await import('pdfjs-dist/legacy/build/pdf.mjs');
    restoreNatives(natives);
    return module;
  })();
  return pdfjs;
}

/**
 * Loads pdf.js ahead of a PDF, so the load (1-2 s of CPU, once per worker) is not charged to
 * the first PDF's time budget: on a loaded machine it took longer than the budget, and the
 * first two PDFs of a 100,000-file import were rejected as too slow (each in a fresh worker).
 * A failed load is left to readPdf, which then rejects the file with its reason.
 */
export async function warmPdfReader(): Promise<void> {
  await loadPdfJs().catch(() => undefined);
}

type PdfWorker = InstanceType<PdfJs['PDFWorker']>;
let worker: PdfWorker | null = null;

/**
 * One in-thread pdf.js worker for every PDF this thread reads, over a port that copies
 * messages the cheaper way (pdf-worker-port.ts). Each document gets its own handlers on it,
 * removed when the document is destroyed; nothing of one document is left for the next. Made
 * anew if it was ever destroyed.
 */
function sharedWorker(module: PdfJs): PdfWorker {
  if (worker && !worker.destroyed) return worker;
  const port = new PdfWorkerPort();
  const { WorkerMessageHandler } = (globalThis as { pdfjsWorker?: { WorkerMessageHandler: WorkerSide } }).pdfjsWorker!;
  WorkerMessageHandler.initializeFromPort(port);
  worker = module.PDFWorker.create({ port: port as unknown as Worker, verbosity: 0 });
  return worker;
}

/** The parser's side of pdf.js (pdf.worker.mjs), which pdf.js ships no types for. */
interface WorkerSide {
  initializeFromPort(port: PdfWorkerPort): void;
}

export async function readPdf(bytes: Uint8Array): Promise<DocumentOutcome> {
  const module = await loadPdfJs();
  // pdf.js takes ownership of (detaches) the buffer it is given, and refuses a Node Buffer,
  // which is what the importer reads: pass a plain Uint8Array copy.
  const task = module.getDocument({
    data: new Uint8Array(bytes),
    worker: sharedWorker(module),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy();
    return openFailure(err);
  }
  try {
    return await readOpened(doc);
  } finally {
    await task.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

async function readOpened(doc: PdfDocument): Promise<DocumentOutcome> {
  const warnings: string[] = [];
  const pages: PdfLine[][] = [];
  const started = Date.now();
  const last = Math.min(doc.numPages, MAX_PDF_PAGES);
  for (let n = 1; n <= last; n++) {
    if (Date.now() - started > PAGE_TIME_MS) {
      warnings.push(`only the first ${n - 1} of ${doc.numPages} pages were read (time limit)`);
      break;
    }
    pages.push(await pageLines(doc, n));
  }
  if (doc.numPages > MAX_PDF_PAGES && pages.length === last)
    warnings.push(`only the first ${MAX_PDF_PAGES} of ${doc.numPages} pages were read`);
  if (!pages.some((p) => p.length)) return documentReject('no-text-layer', 'no text layer (scanned)');

  const { lines } = dropRunningLines(pages);
  const { info } = (await doc.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
  const heading = headingLines(lines);
  const stated = usableTitle(info['Title']);
  const title = stated ?? (heading.length ? heading.map((l) => l.text).join(' ') : null);
  const body = stated ? lines : lines.slice(heading.length);
  return {
    ok: true,
    format: 'pdf',
    document: {
      title,
      paragraphs: paragraphsOf(body),
      dateTime: pdfDateTime(info['CreationDate']),
      warnings,
    },
  };
}

async function pageLines(doc: PdfDocument, n: number): Promise<PdfLine[]> {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  const runs: PdfRun[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [a, b, , , x, y] = item.transform as number[];
    runs.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height });
  }
  page.cleanup();
  return linesOfPage(runs, n);
}

/** The opening lines of page 1 set clearly larger than the body: the headline. */
function headingLines(lines: readonly PdfLine[]): PdfLine[] {
  // The body's size is the one most of the text is set in, counted in characters.
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(Math.round(l.size), (chars.get(Math.round(l.size)) ?? 0) + l.text.length);
  const body = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const heading: PdfLine[] = [];
  for (const line of lines) {
    if (line.page !== 1 || line.size < 1.3 * body || heading.length >= 4) break;
    heading.push(line);
  }
  return heading;
}

/**
 * Writers fill Title with the file name, their own name for the document, or (Chromium
 * printing a page without <title>) its address; none is a headline.
 */
function usableTitle(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const title = value.replace(/\s+/g, ' ').trim();
  if (!title || /^(untitled|microsoft (word|powerpoint) - |document\d*$)/i.test(title)) return null;
  if (/\.(docx?|odt|pdf|html?|txt|rtf)$/i.test(title) || /^(about|https?|file|data):\S*$/i.test(title)) return null;
  return title;
}

function openFailure(err: unknown): DocumentOutcome {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') return documentReject('encrypted', 'PDF is encrypted with a password');
  return documentReject('malformed', `broken PDF (${message.slice(0, 160)})`);
}
