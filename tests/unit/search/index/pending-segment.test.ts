import { describe, expect, it } from 'vitest';
import { ByteReader } from '../../../../src-main/core/search/index/byte-stream';
import { FIELD_COUNT, type Segment } from '../../../../src-main/core/search/index/segment';
import { PendingSegment } from '../../../../src-main/core/search/index/pending-segment';
import type { FieldTokens } from '../../../../src-main/core/search/index/segment-build';

/** term → field → [doc, positions][]: what a segment should say, worked out the plain way. */
type Model = Map<string, Map<number, [number, number[]][]>>;

function model(docs: readonly (readonly FieldTokens[])[], base: number): Model {
  const out: Model = new Map();
  docs.forEach((fields, i) =>
    fields.forEach(({ terms, positions }, field) =>
      terms.forEach((term, k) => {
        const byField = out.get(term) ?? out.set(term, new Map()).get(term)!;
        const postings = byField.get(field) ?? byField.set(field, []).get(field)!;
        const last = postings[postings.length - 1];
        if (last?.[0] === base + i) last[1].push(positions[k]!);
        else postings.push([base + i, [positions[k]!]]);
      }),
    ),
  );
  return out;
}

/** The same, read back from the segment's bytes. */
function decode(segment: Segment): Model {
  const out: Model = new Map();
  for (let t = 0; t < segment.termCount; t++) {
    const byField = new Map<number, [number, number[]][]>();
    for (const run of segment.runs(t)) {
      const post = new ByteReader(segment.parts.post, run.post);
      const pos = new ByteReader(segment.parts.pos, run.pos);
      const postings: [number, number[]][] = [];
      let doc = 0;
      for (let n = 0; n < run.count; n++) {
        doc += post.varint();
        const tf = post.varint();
        let at = 0;
        const positions = Array.from({ length: tf }, () => (at += pos.varint()));
        postings.push([doc, positions]);
      }
      byField.set(run.field, postings);
    }
    out.set(segment.term(t), byField);
  }
  return out;
}

/** A seeded generator, so a failure can be run again. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31), s / 2 ** 31);
}

/** Articles of Zipf-ish words, with paragraph gaps and now and then a long jump in position. */
function articles(count: number, seed: number): FieldTokens[][] {
  const next = random(seed);
  const word = (): string => `w${Math.floor(1 / (next() + 0.001))}${next() < 0.05 ? 'é' : ''}`;
  return Array.from({ length: count }, () =>
    Array.from({ length: FIELD_COUNT }, (_, field) => {
      const n = field === 1 ? Math.floor(next() * 60) : Math.floor(next() * 4);
      const terms: string[] = [];
      const positions: number[] = [];
      let at = 0;
      for (let i = 0; i < n; i++) {
        terms.push(word());
        positions.push(at);
        at += next() < 0.1 ? 2 : next() < 0.02 ? 40 : 1;
      }
      return { terms, positions };
    }),
  );
}

describe('PendingSegment', () => {
  it('seals postings and positions that read back as they were added, across sort blocks', () => {
    const docs = articles(300, 7);
    for (const block of [1 << 20, 50]) {
      const pending = new PendingSegment(1000, block);
      docs.forEach((fields, i) => pending.add(1000 + i, fields));
      const segment = pending.seal();
      expect(decode(segment)).toEqual(model(docs, 1000));
      const terms = Array.from({ length: segment.termCount }, (_, t) => Buffer.from(segment.termBytes(t)));
      expect(terms.every((bytes, t) => t === 0 || Buffer.compare(terms[t - 1]!, bytes) < 0)).toBe(true);
    }
  });

  it('counts each field’s distinct terms, as sealed', () => {
    const pending = new PendingSegment(0);
    const field = (terms: string[]): FieldTokens => ({ terms, positions: terms.map((_, i) => i) });
    pending.add(0, [field(['a', 'b', 'a']), field(['a', 'a', 'a', 'c']), field([]), field(['d'])]);
    expect([0, 1, 2, 3].map((f) => pending.length(0, f))).toEqual([2, 2, 0, 1]);
    expect(Array.from(pending.seal().parts.lengths)).toEqual([2, 2, 0, 1]);
  });

  it('refuses an article numbered out of order', () => {
    const pending = new PendingSegment(5);
    expect(() => pending.add(6, [])).toThrow(/out of order/);
  });
});
