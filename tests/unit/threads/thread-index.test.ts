import { describe, expect, it } from 'vitest';
import { signatureOf } from '../../../src-main/core/threads/minhash';
import { MAX_BUCKET, ThreadIndex } from '../../../src-main/core/threads/thread-index';
import { reportWindow } from '../../../src-main/core/store/story-threads';

const words = (seed: string, n: number): string[] => Array.from({ length: n }, (_x, i) => `${seed}${i}`);
/** A story of 300 words; a copy changes `changed` of them (one in every 300/changed). */
const story = (seed: string, changed = 0): Uint16Array => {
  const text = words(seed, 300).map((w, i) => (changed && i % Math.floor(300 / changed) === 0 ? `${w}x` : w));
  return signatureOf(text.join(' '))!;
};
const sorted = (ids: string[] | undefined): string[] | undefined => ids && [...ids].sort();

describe('ThreadIndex', () => {
  it('puts a lightly edited copy in the original’s thread and leaves other stories alone', () => {
    const index = new ThreadIndex();
    index.put('a', story('quake'));
    index.put('b', story('quake', 5));
    index.put('c', story('vote'));
    expect(sorted(index.membersOf('a'))).toEqual(['a', 'b']);
    expect(index.membersOf('c')).toBeUndefined();
  });

  it('keeps a heavily rewritten copy apart: below the threshold is another story', () => {
    const index = new ThreadIndex();
    index.put('a', story('quake'));
    index.put('b', story('quake', 150));
    expect(index.membersOf('a')).toBeUndefined();
  });

  it('joins by the threshold it is given', () => {
    const strict = new ThreadIndex(0.95);
    strict.put('a', story('quake'));
    strict.put('b', story('quake', 10));
    expect(strict.membersOf('a')).toBeUndefined();
    const loose = new ThreadIndex(0.5);
    loose.put('a', story('quake'));
    loose.put('b', story('quake', 10));
    expect(sorted(loose.membersOf('a'))).toEqual(['a', 'b']);
  });

  it('gives the same threads whatever order the articles arrive in', () => {
    const signatures = { a: story('q'), b: story('q', 4), c: story('q', 8), d: story('r'), e: story('r', 3) };
    const threads = (order: (keyof typeof signatures)[]): string[][] => {
      const index = new ThreadIndex();
      for (const id of order) index.put(id, signatures[id]);
      return [...index.threads()].map((t) => [...t].sort()).sort();
    };
    expect(threads(['a', 'b', 'c', 'd', 'e'])).toEqual(threads(['e', 'c', 'a', 'd', 'b']));
    expect(threads(['a', 'b', 'c', 'd', 'e'])).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('joins a new article to an existing thread incrementally', () => {
    const index = new ThreadIndex();
    index.put('a', story('q'));
    index.put('b', story('q', 4));
    const before = index.revision;
    index.put('c', story('q', 6));
    expect(sorted(index.membersOf('b'))).toEqual(['a', 'b', 'c']);
    expect(index.revision).toBeGreaterThan(before);
  });

  it('splits a thread whose only bridge is removed, and forgets the removed article', () => {
    // Three windows of one long text: b overlaps a and c by 220 of 300 words (Jaccard 0.58),
    // a and c overlap by 140 (0.30), so b alone joins them.
    const text = words('w', 460);
    const [a, b, c] = [text.slice(0, 300), text.slice(80, 380), text.slice(160, 460)];
    const index = new ThreadIndex();
    index.put('a', signatureOf(a.join(' ')));
    index.put('c', signatureOf(c.join(' ')));
    index.put('b', signatureOf(b.join(' ')));
    expect(sorted(index.membersOf('a'))).toEqual(['a', 'b', 'c']);
    index.remove('b');
    expect(index.membersOf('a')).toBeUndefined();
    expect(index.membersOf('c')).toBeUndefined();
    expect(index.membersOf('b')).toBeUndefined();
    expect(index.size).toBe(2);
  });

  it('keeps the rest of a thread together when one of three copies is removed', () => {
    const index = new ThreadIndex();
    index.put('a', story('q'));
    index.put('b', story('q', 3));
    index.put('c', story('q', 6));
    index.remove('a');
    expect(sorted(index.membersOf('b'))).toEqual(['b', 'c']);
  });

  it('moves an article whose text changed into its new thread', () => {
    const index = new ThreadIndex();
    index.put('a', story('q'));
    index.put('b', story('q', 3));
    index.put('c', story('r'));
    index.put('b', story('r', 3));
    expect(sorted(index.membersOf('b'))).toEqual(['b', 'c']);
    expect(index.membersOf('a')).toBeUndefined();
  });

  it('indexes nothing for an article without a signature', () => {
    const index = new ThreadIndex();
    index.put('a', null);
    expect(index.size).toBe(0);
    expect(index.membersOf('a')).toBeUndefined();
  });
});

describe('ThreadIndex over copy built from one template', () => {
  it('joins thousands of identical texts into one thread, each compared with a bucket’s newest only', () => {
    const index = new ThreadIndex();
    const same = story('market');
    const count = 20 * MAX_BUCKET;
    for (let i = 0; i < count; i++) index.put(`m${i}`, same);
    expect(index.membersOf('m0')).toHaveLength(count);
    // The newcomer still joins the thread through the bucket's newest members.
    index.put('late', story('market', 3));
    expect(index.membersOf('late')).toHaveLength(count + 1);
  });
});

describe('reportWindow', () => {
  const ids = Array.from({ length: 200 }, (_x, i) => `r${i}`);

  it('lists every report of a thread within the limit', () => {
    expect(reportWindow(ids.slice(0, 50), 'r10', 50)).toEqual(ids.slice(0, 50));
  });

  it('lists the earliest half and the reports around this one of a larger thread', () => {
    const window = reportWindow(ids, 'r120', 50);
    expect(window).toHaveLength(50);
    expect(window.slice(0, 25)).toEqual(ids.slice(0, 25));
    expect(window).toContain('r120');
    expect(window.slice(25)).toEqual(ids.slice(108, 133));
  });

  it('keeps the window inside the thread at either end', () => {
    expect(reportWindow(ids, 'r199', 50).slice(25)).toEqual(ids.slice(175, 200));
    expect(reportWindow(ids, 'r3', 50)).toEqual([...ids.slice(0, 25), ...ids.slice(25, 50)]);
  });
});
