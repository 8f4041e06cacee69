import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SyncDecompressionStream } from '../../../../src-main/core/parse/docs/pdf-inflate';

// What pdf.js does with a DecompressionStream (pdf.worker.mjs asyncGetBytesFromDecompressionStream):
// write the bytes without awaiting, close, and read every chunk with for-await.
async function inflateAsPdfJs(
  Stream: new (format: CompressionFormat) => unknown,
  format: string,
  bytes: Uint8Array,
): Promise<Buffer> {
  const { readable, writable } = new Stream(format as CompressionFormat) as {
    readable: AsyncIterable<Uint8Array>;
    writable: { getWriter(): { ready: Promise<void>; write(b: Uint8Array): Promise<void>; close(): Promise<void> } };
  };
  const writer = writable.getWriter();
  await writer.ready;
  writer
    .write(bytes)
    .then(async () => {
      await writer.ready;
      await writer.close();
    })
    .catch(() => undefined);
  const chunks: Uint8Array[] = [];
  for await (const chunk of readable) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const text = Buffer.from('BT /F1 12 Tf 72 712 Td (Ceasefire talks resume in Geneva) Tj ET\n'.repeat(500));
const COMPRESS: Record<string, (b: Buffer) => Buffer> = {
  deflate: deflateSync,
  'deflate-raw': deflateRawSync,
  gzip: gzipSync,
  brotli: brotliCompressSync,
};

describe('SyncDecompressionStream', () => {
  it.each(Object.keys(COMPRESS))('gives the bytes the platform DecompressionStream gives (%s)', async (format) => {
    const compressed = COMPRESS[format]!(text);
    const ours = await inflateAsPdfJs(SyncDecompressionStream, format, compressed);
    expect(ours.equals(text)).toBe(true);
    if (format !== 'brotli')
      expect(ours.equals(await inflateAsPdfJs(DecompressionStream, format, compressed))).toBe(true);
  });

  it('gives what the platform one gives for a cut stream, and fails a broken one as it does, so pdf.js falls back', async () => {
    const cut = deflateSync(text).subarray(0, 200);
    const ours = await inflateAsPdfJs(SyncDecompressionStream, 'deflate', cut);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.equals(await inflateAsPdfJs(DecompressionStream, 'deflate', cut))).toBe(true);
    const broken = Buffer.from([0x78, 0x9c, 0xff, 0xff, 0xff, 0x00]);
    await expect(inflateAsPdfJs(SyncDecompressionStream, 'deflate', broken)).rejects.toThrow('invalid block type');
    await expect(inflateAsPdfJs(DecompressionStream, 'deflate', broken)).rejects.toThrow('invalid block type');
  });

  it('refuses a format it does not know, as the platform one does', () => {
    expect(() => new SyncDecompressionStream('zstd')).toThrow(TypeError);
    expect(() => new DecompressionStream('zstd' as CompressionFormat)).toThrow(TypeError);
  });
});
