import { describe, expect, it } from 'vitest';
import { automaticSort, isSort } from '../../../src-renderer/src/lib/sort';

describe('automaticSort', () => {
  it('sorts by relevance while a text query is typed', () => {
    expect(automaticSort('Damascus')).toBe('relevance');
  });

  it('sorts newest first with no query, blank space included', () => {
    expect(automaticSort('  ')).toBe('date-desc');
  });
});

describe('isSort', () => {
  it('accepts the four sorts and nothing else', () => {
    expect(['relevance', 'date-desc', 'date-asc', 'title', 'score'].map(isSort)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});
