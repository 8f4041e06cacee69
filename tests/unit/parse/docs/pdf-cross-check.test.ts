// The PDF reader's words against poppler's pdftotext on the Chromium fixture: the same words
// in the same order, less the running head and page numbers. Skips where poppler-utils is absent.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../../src-main/core/parse/docs/read-pdf';

const pdf = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/documents/article.pdf');

function popplerText(): string | null {
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  } catch {
    return null;
  }
}

const poppler = popplerText();
if (poppler === null) console.warn('pdftotext (poppler-utils) is not installed: the PDF cross-check is skipped');
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

describe('readPdf against pdftotext', () => {
  it.skipIf(poppler === null)(
    'finds the same words in the same order, less the running lines',
    async () => {
      const outcome = await readPdf(new Uint8Array(readFileSync(pdf)));
      if (!outcome.ok) throw new Error(outcome.reason);
      const running = /^(The Basin Courier — World desk|\d+)$/;
      const expected = words(
        poppler!
          .split('\n')
          .filter((line) => !running.test(line.trim()))
          .join('\n'),
      );
      // The info Title is the headline here, so the large heading stays in the body.
      expect(words(outcome.document.paragraphs.join('\n'))).toEqual(expected);
    },
    30_000,
  );
});
