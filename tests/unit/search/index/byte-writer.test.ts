import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from '../../../../src-main/core/search/index/byte-stream';

// Small writers share slabs (byte-stream.ts): each must keep its own bytes while its
// neighbours in the slab write and grow past their first capacity.
describe('ByteWriter', () => {
  it('keeps each of many interleaved writers own varints as they grow', () => {
    const writers = Array.from({ length: 3_000 }, () => new ByteWriter());
    const expected: number[][] = writers.map(() => []);
    for (let round = 0; round < 40; round++)
      writers.forEach((writer, w) => {
        if ((w + round) % 3 === 0) return; // writers grow unevenly, as a segment's runs do
        const value = (w * 7919 + round * 104_729) % 2 ** 28;
        writer.varint(value);
        expected[w]!.push(value);
      });
    const read = writers.map((writer, w) => {
      const reader = new ByteReader(writer.view());
      return expected[w]!.map(() => reader.varint());
    });
    expect(read).toEqual(expected);
  });

  it('keeps bytes written past the small sizes', () => {
    const writer = new ByteWriter();
    const chunk = Uint8Array.from({ length: 700 }, (_x, i) => i & 0xff);
    writer.bytes(chunk);
    writer.bytes(chunk);
    expect(Array.from(writer.view())).toEqual([...chunk, ...chunk]);
  });
});
