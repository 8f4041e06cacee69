import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src-main/core/parse/index';

describe('parseFile', () => {
  it('rejects an empty file with a specific reason', () => {
    const out = parseFile({ path: '/x/empty.txt', bytes: new Uint8Array(), mtimeMs: 0 });
    expect(out).toEqual({ ok: false, code: 'empty', reason: 'file is empty (0 bytes)' });
  });
});
