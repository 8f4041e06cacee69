// Property tests over every reader with random and adversarial input (robustness audit):
// whatever the bytes, parseFile and the format detector return a value, never throw, never
// fall back on their own catch-all ('reader-failed' means a reader threw), and give the same
// answer twice. Failures fast-check found are kept below as explicit regression tests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src-main/core/parse/detect-format';
import { parseFile, type ParseOutcome } from '../../../src-main/core/parse/index';
import { fileBytes, PATHS } from './fuzz-inputs';

const FORMATS = ['text', 'markdown', 'html', 'json', 'jsonl', 'csv', 'sgml', 'trec', 'feed'];

function read(path: string, bytes: Uint8Array): Promise<ParseOutcome> {
  return parseFile({ path, bytes, mtimeMs: 0 });
}

describe('every reader, on any bytes', { timeout: 120_000 }, () => {
  it('returns records or a reject with a reason, and never fails on its own', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), fileBytes, async (path, bytes) => {
        const outcome = await read(path, bytes);
        if (outcome.ok) expect(outcome.records.length).toBeGreaterThan(0);
        else {
          expect(outcome.reason).not.toBe('');
          expect(outcome.code).not.toBe('reader-failed');
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it('gives the same outcome for the same bytes twice', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), fileBytes, async (path, bytes) => {
        expect(await read(path, bytes)).toEqual(await read(path, bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('detects one of the formats for any text and any name, the same each time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fileBytes, (path, bytes) => {
        const text = new TextDecoder().decode(bytes);
        const format = detectFormat(path, text);
        expect(FORMATS).toContain(format);
        expect(detectFormat(path, text)).toBe(format);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('inputs fast-check found failing, kept as regression tests', () => {
  it('rejects an .html file holding no element as holding no dispatch (seed -85972716)', async () => {
    expect(await read('/fuzz/a.html', Uint8Array.from([33]))).toEqual({
      ok: false,
      code: 'no-records',
      reason: 'no dispatch found in this html file',
    });
  });

  it('reads a page without <html> or <body>, and rejects it for having a headline but no text (seed -64144755)', async () => {
    const page = `${'<div>'.repeat(127)}<TITLE><DOC>! <DOC><DOC> ! ! ! !`;
    const outcome = await read('/fuzz/a.xhtml', new TextEncoder().encode(page));
    expect(outcome).toEqual({
      ok: false,
      code: 'no-records',
      reason: 'no article text found in this page (only a headline)',
    });
  });

  it('rejects an MHTML page with a headline but no text with that reason, not as a reader failure (seed 398511243)', async () => {
    const mhtml =
      'Content-Type: multipart/related; type="text/html"; boundary="b"\n\n--b\nContent-Type: text/html\n\n<rss><channel><item><title>!';
    expect(await read('/fuzz/a.txt', new TextEncoder().encode(mhtml))).toEqual({
      ok: false,
      code: 'no-records',
      reason: 'no article text found in this page (only a headline)',
    });
  });

  it('rejects an .html file whose only element is a headline or a script as holding no dispatch (seeds 297971701, 552233495)', async () => {
    for (const only of ['<h1>', '<script>']) {
      expect(await read('/fuzz/a.html', new TextEncoder().encode(only))).toEqual({
        ok: false,
        code: 'no-records',
        reason: 'no dispatch found in this html file',
      });
    }
  });
});
