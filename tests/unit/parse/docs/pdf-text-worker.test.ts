import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { keepNatives, restoreNatives } from '../../../../src-main/core/parse/docs/pdf-natives';
import {
  TEXT_ONLY_EDITS,
  loadTextOnlyWorker,
  textOnlyWorkerSource,
} from '../../../../src-main/core/parse/docs/pdf-text-worker';
import { readPdf, warmPdfReader } from '../../../../src-main/core/parse/docs/read-pdf';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/documents');
const workerPath = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');

type WorkerModule = { WorkerMessageHandler: { initializeFromPort(port: unknown): void } };
type Listener = (event: { data: unknown }) => void;

/** pdf.js's own in-thread port (LoopbackPort), so each side can be a worker module of our choice. */
class Port {
  readonly #listeners = new Set<Listener>();
  postMessage(data: unknown, transfer?: Transferable[]): void {
    const event = { data: structuredClone(data, transfer ? { transfer } : undefined) };
    void Promise.resolve().then(() => this.#listeners.forEach((l) => l.call(this, event)));
  }
  addEventListener(_name: string, listener: Listener): void {
    this.#listeners.add(listener);
  }
  removeEventListener(_name: string, listener: Listener): void {
    this.#listeners.delete(listener);
  }
  terminate(): void {
    this.#listeners.clear();
  }
}

/** Every text item of every page as pdf.js gives it to read-pdf.ts, read through the given worker module. */
async function textItems(worker: WorkerModule, bytes: Uint8Array): Promise<unknown[]> {
  const { getDocument, PDFWorker } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const port = new Port();
  worker.WorkerMessageHandler.initializeFromPort(port);
  const task = getDocument({ data: new Uint8Array(bytes), worker: new PDFWorker({ port: port as never }) });
  const doc = await task.promise;
  const items: unknown[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items)
      if ('str' in item) items.push({ str: item.str, transform: item.transform, width: item.width, h: item.height });
  }
  await task.destroy();
  return items;
}

describe('the text-only copy of the pdf.js worker', () => {
  // pdf.mjs loads only where read-pdf.ts has set up the globals it asks for.
  beforeAll(() => warmPdfReader(), 30_000);

  it('finds each place it changes in the installed pdf.js exactly once, so no saving is silently lost', () => {
    const source = readFileSync(workerPath, 'utf8');
    for (const edit of TEXT_ONLY_EDITS) expect(source.split(edit.anchor)).toHaveLength(2);
    const patched = textOnlyWorkerSource(source);
    expect(patched).toContain('properties.hasIncludedToUnicodeMap');
    expect(patched).toContain('return textTransform(textState.ctm, textState.textMatrix, tsm);');
    expect(patched).not.toContain('Util.transform(textState.ctm, Util.transform(textState.textMatrix, tsm))');
  });

  it('falls back to the stock worker when a place it changes is missing or not alone', () => {
    const source = readFileSync(workerPath, 'utf8');
    const at = source.indexOf("warn('Font file is empty in");
    expect(textOnlyWorkerSource(source.slice(0, at) + source.slice(at + 10))).toBeNull();
    expect(textOnlyWorkerSource(source + source)).toBeNull();
  });

  it('gives the same text items, places and widths as the stock worker for a Chromium PDF', async () => {
    const kept = keepNatives();
    const global = globalThis as { pdfjsWorker?: unknown };
    const before = global.pdfjsWorker;
    // Loading a worker module sets globalThis.pdfjsWorker and core-js's replacements: both are put back.
    const stock = (await import(/* @vite-ignore */ `${workerPath}?stock`)) as WorkerModule;
    const textOnly = (await loadTextOnlyWorker()) as WorkerModule;
    global.pdfjsWorker = before;
    restoreNatives(kept);
    expect(textOnly).not.toBe(stock);
    // make-fixtures.ts prints it with Chromium: Noto fonts, composite, each with a ToUnicode map.
    const bytes = new Uint8Array(readFileSync(join(fixtures, 'article.pdf')));
    const expected = await textItems(stock, bytes);
    expect(expected.length).toBeGreaterThan(50);
    expect(await textItems(textOnly, bytes)).toEqual(expected);
  }, 60_000);

  it('is the worker readPdf reads with', async () => {
    expect((await readPdf(new Uint8Array(readFileSync(join(fixtures, 'article.pdf'))))).ok).toBe(true);
    const global = globalThis as { pdfjsWorker?: WorkerModule };
    const used = global.pdfjsWorker!.WorkerMessageHandler;
    const kept = keepNatives();
    const stock = (await import('pdfjs-dist/legacy/build/pdf.worker.mjs')) as WorkerModule;
    global.pdfjsWorker = { WorkerMessageHandler: used };
    restoreNatives(kept);
    expect(used).toBeTypeOf('function');
    expect(used).not.toBe(stock.WorkerMessageHandler);
  }, 30_000);
});
