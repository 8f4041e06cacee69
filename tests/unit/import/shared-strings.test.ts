import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { DispatchRecord } from '../../../src-main/contract/records';
import { shareStrings, StringPool } from '../../../src-main/core/import/shared-strings';

// A full collection on demand, to weigh what the records hold: vitest runs without --expose-gc.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const PATH = `/archive/${'wire/'.repeat(12)}story.txt`;
const SHA = 'ab'.repeat(32);

function record(i: number): DispatchRecord {
  return {
    id: `id${i}`,
    title: `Talks resume ${i}`,
    date: '2016-03-04',
    place: 'Geneva',
    agency: 'Example Wire',
    language: 'en',
    signature: null,
    paragraphs: [],
    related: [],
    warnings: [],
    source: { path: PATH, format: 'text', encoding: 'utf-8', sha256: SHA, size: 10, mtime: '2016-03-04T00:00:00.000Z' },
  } as unknown as DispatchRecord;
}

/** Records as the worker's messages bring them: every string a copy of its own. */
const cloned = (n: number): DispatchRecord[] => Array.from({ length: n }, (_, i) => structuredClone(record(i)));

function heldBytes(make: () => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = make();
  gc();
  const bytes = process.memoryUsage().heapUsed - before;
  expect(held).toBeTruthy();
  return bytes;
}

describe('shareStrings', () => {
  it('leaves every value of the record as it was', () => {
    const records = cloned(3);
    const pool = new StringPool();
    for (const r of records) shareStrings(r, { path: PATH, sha256: SHA }, pool);
    expect(records).toEqual([record(0), record(1), record(2)]);
  });

  it('leaves a path or hash that differs from the file entry’s alone', () => {
    const [r] = cloned(1);
    shareStrings(r!, { path: '/elsewhere.txt', sha256: 'cd'.repeat(32) }, new StringPool());
    expect(r!.source).toMatchObject({ path: PATH, sha256: SHA });
  });

  it('keeps one copy of the strings records share, where cloned records held one each', () => {
    const n = 5_000;
    const copies = heldBytes(() => cloned(n));
    const shared = heldBytes(() => {
      const pool = new StringPool();
      const records = cloned(n);
      for (const r of records) shareStrings(r, { path: PATH, sha256: SHA }, pool);
      return records;
    });
    // The path (~80 characters), the hash (64) and six short labels each, about 300 bytes a record.
    expect((copies - shared) / n).toBeGreaterThan(200);
  });

  it('gives equal strings as one value, and passes null and undefined through', () => {
    const pool = new StringPool();
    expect(pool.take('en')).toBe('en');
    expect(pool.take(null)).toBeNull();
    expect(pool.take(undefined)).toBeUndefined();
  });
});
