import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { keepNatives, restoreNatives } from '../../../../src-main/core/parse/docs/pdf-natives';
import { readPdf } from '../../../../src-main/core/parse/docs/read-pdf';

// Taken before this file's first PDF loads pdf.js (read-pdf.ts loads it lazily).
const nativePush = Array.prototype.push;
const nativeParse = JSON.parse;
const nativeStringify = JSON.stringify;

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/documents');

describe('the engine methods pdf.js replaces', () => {
  it('are put back after a PDF is read, while what Node 20 lacks stays added', async () => {
    const outcome = await readPdf(new Uint8Array(readFileSync(join(fixtures, 'article.pdf'))));
    expect(outcome.ok).toBe(true);
    expect(Array.prototype.push).toBe(nativePush);
    expect(JSON.parse).toBe(nativeParse);
    expect(JSON.stringify).toBe(nativeStringify);
    // pdf.js 5 calls it; core-js adds it on Node 20, and it must stay.
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
  }, 30_000);

  it('restores a replaced method and names it, and leaves an added one alone', () => {
    const kept = keepNatives();
    const slowPush = function push(this: unknown[], ...items: unknown[]): number {
      return nativePush.apply(this, items);
    };
    Object.defineProperty(Array.prototype, 'push', { value: slowPush, writable: true, configurable: true });
    Object.defineProperty(Math, 'addedByTest', { value: () => 1, writable: true, configurable: true });
    try {
      expect(restoreNatives(kept)).toEqual(['push']);
      expect(Array.prototype.push).toBe(nativePush);
      expect((Math as unknown as { addedByTest?: () => number }).addedByTest?.()).toBe(1);
    } finally {
      Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true });
      delete (Math as unknown as { addedByTest?: unknown }).addedByTest;
    }
  });
});
