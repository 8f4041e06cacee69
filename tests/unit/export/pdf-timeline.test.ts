// The dossier cover's timeline through a real Chromium, read back with poppler: its
// caption and end dates as text, and its bars as ink on the rendered cover page.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src-main/contract/archive';
import type { PdfRenderer } from '../../../src-main/core/export/pdf';
import { chromiumPath, openChromiumPdfRenderer } from '../../../src-main/core/export/pdf-chromium';
import { buildPrintHtml, printFooterTemplate } from '../../../src-main/core/export/print/print-html';
import { dossierDoc, makeArticle } from '../../fixtures/export/articles';
import { missingPopplerTool, pageToPng, pdfText, plainText } from '../../fixtures/export/poppler';

const SCREENSHOTS = join(resolve(__dirname, '../../..'), 'test-results/screenshots');
const browser = chromiumPath();
const tool = missingPopplerTool();
const skip = !browser || !existsSync(browser) ? 'no Chromium' : tool ? `no ${tool}: install poppler-utils` : null;
if (skip) console.warn(`skipping the PDF cover timeline test: ${skip}`);

let root: string;
let renderer: PdfRenderer;

/** Six weeks of dispatches, busier in the middle, and one undated. */
function articles(date: (i: number) => string | null): Article[] {
  return Array.from({ length: 40 }, (_, i) =>
    makeArticle({ id: `t${String(i).padStart(2, '0')}`, title: `Dispatch ${i}`, date: date(i) }),
  );
}
const spread = (i: number): string | null =>
  i === 0 ? null : new Date(Date.UTC(2016, 6, 1 + Math.round(20 + 20 * Math.sin(i)))).toISOString().slice(0, 10);

async function printCover(list: Article[], name: string): Promise<string> {
  const doc = dossierDoc(list);
  const pdf = await renderer.render(buildPrintHtml(doc), {
    paperSize: 'A4',
    footerTemplate: printFooterTemplate(doc),
    outline: true,
  });
  const file = join(root, `${name}.pdf`);
  await writeFile(file, pdf);
  return file;
}

/** Dark pixels of page 1 in the lower half, where the chart sits below the cover's facts. */
function inkBelowMiddle(file: string): number {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', '1', '-l', '1', file]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (let y = Math.floor(height / 2); y < height * 0.9; y++)
    for (let x = 0; x < width; x++) if (pixels[y * width + x]! < 128) dark++;
  return dark;
}

describe.skipIf(skip !== null)('the dossier cover timeline in a PDF', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'da-pdf-timeline-'));
    await mkdir(SCREENSHOTS, { recursive: true });
    renderer = await openChromiumPdfRenderer();
  });
  afterAll(async () => {
    await renderer?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('prints the chart with its caption and end dates on the cover', async () => {
    const file = await printCover(articles(spread), 'timeline');
    const cover = plainText(pdfText(file).split('\f')[0]!);
    expect(cover).toContain('Articles by day · undated: 1');
    // Once in the cover's date line, once under each end of the chart's axis.
    expect(cover.split('July 1, 2016')).toHaveLength(3);
    expect(cover.split('August 10, 2016')).toHaveLength(3);
    pageToPng(file, 1, join(SCREENSHOTS, 'export-dossier-timeline-cover.png'));
  });

  it('puts ink where the bars go, which a cover of undated articles leaves blank', async () => {
    const charted = inkBelowMiddle(await printCover(articles(spread), 'charted'));
    const blank = inkBelowMiddle(
      await printCover(
        articles(() => null),
        'blank',
      ),
    );
    expect(blank).toBeLessThan(50);
    expect(charted).toBeGreaterThan(blank + 200);
  });
});
