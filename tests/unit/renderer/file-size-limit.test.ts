import { describe, expect, it } from 'vitest';
import { parseMaxFileMb } from '../../../src-renderer/src/lib/file-size-limit';
import { MAX_FILE_MB } from '../../../src-main/contract/archive';

describe('parseMaxFileMb', () => {
  it('reads a whole number of megabytes', () => {
    expect(parseMaxFileMb('32')).toBe(32);
  });

  it('ignores spaces around the number', () => {
    expect(parseMaxFileMb(' 8 ')).toBe(8);
  });

  it('accepts both bounds', () => {
    expect(parseMaxFileMb(String(MAX_FILE_MB.min))).toBe(MAX_FILE_MB.min);
    expect(parseMaxFileMb(String(MAX_FILE_MB.max))).toBe(MAX_FILE_MB.max);
  });

  it('refuses values outside the bounds', () => {
    expect(parseMaxFileMb('0')).toBeNull();
    expect(parseMaxFileMb(String(MAX_FILE_MB.max + 1))).toBeNull();
  });

  it('refuses fractions, signs, exponents and empty text', () => {
    for (const text of ['1.5', '-4', '1e2', '', 'ten']) expect(parseMaxFileMb(text)).toBeNull();
  });
});
