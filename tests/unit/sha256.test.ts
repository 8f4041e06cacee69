import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src-main/core/sha256';

const createHashHex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

describe('sha256Hex', () => {
  it.each(['', 'Talks resume in Geneva.', 'Café £5 “quoted”', 'دمشق', 'emoji 😀', 'lone \ud800 and \udc00 halves'])(
    'hashes the string %j as createHash does',
    (text) => {
      expect(sha256Hex(text)).toBe(createHashHex(text));
    },
  );

  it('hashes bytes as createHash does', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) & 0xff);
    expect(sha256Hex(bytes)).toBe(createHashHex(bytes));
    expect(sha256Hex(bytes.subarray(10, 500))).toBe(createHashHex(bytes.subarray(10, 500)));
  });
});
