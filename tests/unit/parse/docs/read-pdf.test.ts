import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { MAX_PDF_PAGES, readPdf } from '../../../../src-main/core/parse/docs/read-pdf';
import type { DocumentOutcome } from '../../../../src-main/core/parse/docs/document-outcome';
import { PdfWorkerPort } from '../../../../src-main/core/parse/docs/pdf-worker-port';
import { tinyPdf } from './tiny-pdf';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/documents');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(fixtures, name)));

function documentOf(outcome: DocumentOutcome) {
  if (!outcome.ok) throw new Error(`expected a document, got ${outcome.code}: ${outcome.reason}`);
  return outcome.document;
}

describe('readPdf', () => {
  it('rebuilds whole paragraphs from the lines Chromium printed, each as one string', async () => {
    const doc = documentOf(await readPdf(fixture('article.pdf')));
    // make-fixtures.ts wraps this paragraph over four lines of an A5 page.
    expect(doc.paragraphs).toContain(
      'The draft, seen by reporters, sets a minimum flow for the dry season and creates a joint commission to measure it at three gauging stations along the river.',
    );
    expect(doc.paragraphs.length).toBeGreaterThanOrEqual(12);
    expect(doc.paragraphs.every((p) => p.length > 20)).toBe(true);
  }, 30_000);

  it('leaves out the running head and the page numbers printed on every page', async () => {
    const doc = documentOf(await readPdf(fixture('article.pdf')));
    const text = doc.paragraphs.join('\n');
    expect(text).not.toContain('Basin Courier');
    expect(doc.paragraphs.filter((p) => /^\d+$/.test(p))).toEqual([]);
  }, 30_000);

  it('takes the title from the document info and the time, with its offset, from CreationDate', async () => {
    const doc = documentOf(await readPdf(fixture('article.pdf')));
    expect(doc.title).toBe('River basin accord');
    expect(doc.dateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
  }, 30_000);

  it('takes the large first line as the headline when the info has no title', async () => {
    const doc = documentOf(
      await readPdf(tinyPdf([['# Ferry service resumes', 'The first boat left.', 'More follow.']])),
    );
    expect(doc.title).toBe('Ferry service resumes');
    expect(doc.paragraphs.join(' ')).not.toContain('Ferry service resumes');
    expect(doc.paragraphs.join(' ')).toContain('The first boat left.');
  });

  it('takes no address or file name from the info Title as the headline', async () => {
    for (const stated of ['about:blank', 'https://example.com/news/1', 'report-final.docx']) {
      const doc = documentOf(
        await readPdf(
          tinyPdf([['# Ferry service resumes', 'The first boat left the harbour at dawn.']], { title: stated }),
        ),
      );
      expect(doc.title).toBe('Ferry service resumes');
    }
  });

  it('has no title when neither the info nor a larger first line gives one', async () => {
    const doc = documentOf(await readPdf(tinyPdf([['Ferry service resumes', 'The first boat left.']])));
    expect(doc.title).toBeNull();
    expect(doc.paragraphs.join(' ')).toContain('Ferry service resumes');
  });

  it('reads the Node Buffer the importer hands it, and leaves that buffer usable', async () => {
    const buffer = readFileSync(join(fixtures, 'article.pdf'));
    expect(documentOf(await readPdf(buffer)).paragraphs.length).toBeGreaterThan(0);
    expect(buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 30_000);

  it('refuses a PDF that is only a picture with "no text layer (scanned)"', async () => {
    expect(await readPdf(fixture('scanned.pdf'))).toEqual({
      ok: false,
      code: 'no-text-layer',
      reason: 'no text layer (scanned)',
    });
  });

  it('refuses a password-protected PDF as encrypted', async () => {
    const outcome = await readPdf(tinyPdf([['Secret text']], { encrypted: true }));
    expect(outcome).toMatchObject({ ok: false, code: 'encrypted' });
  });

  it('refuses a broken PDF with a reason that says so', async () => {
    const outcome = await readPdf(new TextEncoder().encode('%PDF-1.7\n' + 'garbage '.repeat(200)));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(/PDF/);
  });

  it('reads a 500-page PDF only up to the page cap, quickly, and says so', async () => {
    // Each page's text differs in its letters, not only its digits, or it would be a running head.
    const name = (i: number): string => String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));
    const pages = Array.from({ length: 500 }, (_, i) => [`Section ${name(i)} of the annual report.`]);
    const started = Date.now();
    const doc = documentOf(await readPdf(tinyPdf(pages)));
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(doc.warnings).toContain(`only the first ${MAX_PDF_PAGES} of 500 pages were read`);
    expect(doc.paragraphs.join('\n')).toContain(`Section ${name(MAX_PDF_PAGES - 1)} of the annual report.`);
    expect(doc.paragraphs.join('\n')).not.toContain(`Section ${name(MAX_PDF_PAGES)} of the annual report.`);
  }, 30_000);

  it('reads a PDF after a broken and an encrypted one as it reads it alone, leaving no handler behind', async () => {
    const alone = await readPdf(fixture('article.pdf'));
    const counts = vi.spyOn(PdfWorkerPort.prototype, 'postMessage');
    await readPdf(new TextEncoder().encode('%PDF-1.7\n' + 'garbage '.repeat(200)));
    await readPdf(tinyPdf([['Secret text']], { encrypted: true }));
    expect(await readPdf(fixture('article.pdf'))).toEqual(alone);
    const contexts = [...counts.mock.contexts] as PdfWorkerPort[];
    counts.mockRestore();
    const port = contexts[0]!;
    expect(contexts.every((p) => p === port)).toBe(true);
    // The worker's own handler and the main thread's: each document's were removed.
    expect(port.listenerCount).toBe(2);
  }, 30_000);
});
