import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src-main/core/bounded-memo';

describe('boundedMemo', () => {
  it('computes each key once, undefined and null answers included', () => {
    const asked: string[] = [];
    const memo = boundedMemo(10, (key: string) => {
      asked.push(key);
      return key === 'none' ? undefined : key === 'null' ? null : key.length;
    });
    for (let i = 0; i < 3; i++) {
      expect(memo('abc')).toBe(3);
      expect(memo('none')).toBeUndefined();
      expect(memo('null')).toBeNull();
    }
    expect(asked).toEqual(['abc', 'none', 'null']);
  });

  it('holds at most max answers, then forgets them all and starts again', () => {
    const asked: string[] = [];
    const memo = boundedMemo(2, (key: string) => (asked.push(key), key));
    memo('a');
    memo('b');
    memo('c'); // the memo is full: forgotten, then c kept
    memo('c');
    memo('a');
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
