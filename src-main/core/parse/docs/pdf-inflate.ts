// pdf.js inflates each compressed stream of a PDF (its pages' content, fonts, object
// streams) through the web's DecompressionStream when the platform has one. In Node that
// class is zlib behind web streams: a writer, a reader and promise chains per stream, for
// streams of a few KB. In a 20,000-file import the 422 PDFs spent more time in that
// plumbing than in zlib itself (bench/prepare-stages.ts, cpu profile). This stands in for
// the class in the thread that reads PDFs with the same zlib, called once per stream: the
// same bytes come out, and what fails to inflate fails as before (the for-await throws, and
// pdf.js falls back to its own JavaScript inflater, pdf.worker.mjs
// asyncGetBytesFromDecompressionStream).
import { brotliDecompressSync, inflateRawSync, inflateSync, unzipSync } from 'node:zlib';

type Format = 'deflate' | 'deflate-raw' | 'gzip' | 'brotli';

const INFLATE: Record<Format, (bytes: Uint8Array) => Uint8Array> = {
  deflate: inflateSync,
  'deflate-raw': inflateRawSync,
  gzip: unzipSync,
  brotli: brotliDecompressSync,
};

/**
 * The part of DecompressionStream that pdf.js uses: write the whole input, close, then read
 * the output with for-await. Whatever is written is inflated in one call when the reader
 * asks, so an error reaches the reader, as a broken stream's does.
 */
export class SyncDecompressionStream {
  readonly #inflate: (bytes: Uint8Array) => Uint8Array;
  readonly #chunks: Uint8Array[] = [];

  constructor(format: string) {
    if (!Object.hasOwn(INFLATE, format)) throw new TypeError(`unsupported compression format: ${format}`);
    this.#inflate = INFLATE[format as Format];
  }

  readonly writable = {
    getWriter: () => ({
      ready: Promise.resolve(),
      write: async (chunk: Uint8Array): Promise<void> => {
        this.#chunks.push(chunk);
      },
      close: async (): Promise<void> => undefined,
    }),
  };

  readonly readable = {
    [Symbol.asyncIterator]: async function* (this: SyncDecompressionStream): AsyncGenerator<Uint8Array> {
      // The writes pdf.js starts without awaiting them land first: their promises settled before this runs.
      await Promise.resolve();
      yield this.#inflate(this.#chunks.length === 1 ? this.#chunks[0]! : Buffer.concat(this.#chunks));
    }.bind(this),
  };
}

/** Makes pdf.js, loaded next in this thread, inflate through SyncDecompressionStream. */
export function useSyncInflate(): void {
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = SyncDecompressionStream;
}
