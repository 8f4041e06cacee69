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
import { tinyPdf } from './tiny-pdf';

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
  const task = getDocument({
    data: new Uint8Array(bytes),
    worker: new PDFWorker({ port: port as never }),
    verbosity: 0,
  });
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

/** pdf.js's stock worker module and the text-only copy, each loaded apart. */
async function bothWorkers(): Promise<{ stock: WorkerModule; textOnly: WorkerModule }> {
  const kept = keepNatives();
  const global = globalThis as { pdfjsWorker?: unknown };
  const before = global.pdfjsWorker;
  // Loading a worker module sets globalThis.pdfjsWorker and core-js's replacements: both are put back.
  const stock = (await import(/* @vite-ignore */ `${workerPath}?stock`)) as WorkerModule;
  const textOnly = (await loadTextOnlyWorker()) as WorkerModule;
  global.pdfjsWorker = before;
  restoreNatives(kept);
  return { stock, textOnly };
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
    const { stock, textOnly } = await bothWorkers();
    expect(textOnly).not.toBe(stock);
    // make-fixtures.ts prints it with Chromium: Noto fonts, composite, each with a ToUnicode map.
    const bytes = new Uint8Array(readFileSync(join(fixtures, 'article.pdf')));
    const expected = await textItems(stock, bytes);
    expect(expected.length).toBeGreaterThan(50);
    expect(await textItems(textOnly, bytes)).toEqual(expected);
  }, 60_000);

  it('reads awkward content streams to the same text items as the stock worker', async () => {
    const { stock, textOnly } = await bothWorkers();
    const hex = (text: string): string => Buffer.from(text, 'latin1').toString('hex');
    const page = [
      // Hex strings: plain, an odd digit count, white space inside, longer than one 4,096 part.
      `BT /F1 12 Tf 72 700 Td <${hex('Hex plain')}> Tj ET`,
      `BT /F1 12 Tf 72 680 Td <${hex('Odd')}4> Tj ET`,
      `BT /F1 12 Tf 72 660 Td <48 65\n78 20 73 70 61 63 65 64> Tj ET`,
      `BT /F1 3 Tf 10 640 Td <${hex('long line of text '.repeat(300))}> Tj ET`,
      // Commands: glued to delimiters, one letter (' and "), a known prefix of an unknown
      // word (Tjx, Qq), words of four letters and more, true/false/null among operands.
      'BT /F1 12 Tf 72 620 Td(glued)Tj<41>Tj[(ar)-250(ray)]TJ ET',
      'BT /F1 12 Tf 14 TL 72 600 Td (first) Tj (quote) \' 1 2 (dquote) " ET',
      'BT /F1 12 Tf 72 560 Td (known prefix) Tjx (after) Tj ET',
      'BT /F1 12 Tf 72 540 Td true false null (operands) Tj Unknownword (long word) Tj ET',
      // Saved and restored states, the font size inside differing from the one outside.
      'q BT /F1 20 Tf 72 500 Td (inside) Tj ET Q BT 72 480 Td (outside) Tj ET',
      'q q 1 0 0 1 5 5 cm BT /F1 9 Tf 72 460 Td (nested) Tj ET Q BT /F1 12 Tf 72 440 Td (one out) Tj ET Q',
      '/P <</MCID 0>> BDC BT /F1 12 Tf 72 420 Td (marked) Tj ET EMC',
      // Qq is two commands, Q then q: the scale set before it is undone.
      'q 2 0 0 2 0 0 cm Qq BT /F1 12 Tf 72 380 Td (after Qq) Tj ET Q',
    ];
    const bytes = tinyPdf([page], { operators: true });
    const expected = await textItems(stock, bytes);
    expect(expected.length).toBeGreaterThan(15);
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
