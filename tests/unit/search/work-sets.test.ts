import { describe, expect, it } from 'vitest';
import { tagAncestry, tagKey } from '../../../src-main/contract/userdata';
import type { ArticleUserRecord } from '../../../src-main/core/store/userdata';
import { WorkSets } from '../../../src-main/core/search/work-sets';

const keysOf = (tag: string): string[] => tagAncestry(tag).map(tagKey);

function record(tags: string[], note = '', annotations = 0): ArticleUserRecord {
  const annotation = {
    id: 'a',
    start: 0,
    end: 1,
    color: 'yellow',
    note: '',
  } as unknown as ArticleUserRecord['annotations'][number];
  return {
    tags,
    note,
    annotations: Array.from({ length: annotations }, () => annotation),
    anchoredTo: null,
    link: null,
    sourceTags: [],
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** What a test compares: every set as sorted ids, the empty tag keys left out. */
function view(sets: WorkSets): unknown {
  const sorted = (s: Set<string>): string[] => [...s].sort();
  return {
    tagged: Object.fromEntries([...sets.tagged].map(([k, ids]) => [k, sorted(ids)]).sort()),
    has: { annotations: sorted(sets.has.annotations), note: sorted(sets.has.note), tags: sorted(sets.has.tags) },
    records: sorted(sets.records),
  };
}

describe('WorkSets', () => {
  it('built from the records, sets each tag key its articles, parents included', () => {
    const sets = WorkSets.of({ x: record(['Syria/Aleppo']), y: record(['syria', 'Trade'], 'n', 1) }, keysOf);
    expect([...sets.tagged.get('syria')!].sort()).toEqual(['x', 'y']);
    expect([...sets.tagged.get('syria/aleppo')!]).toEqual(['x']);
    expect([...sets.has.note]).toEqual(['y']);
    expect(sets.records.size).toBe(2);
  });

  it('kept in step change by change, equals the sets built again from every record', () => {
    const tags = ['Syria', 'Syria/Aleppo', 'syria/aleppo/east', 'Trade', 'Оружие', 'bench/one'];
    const records: Record<string, ArticleUserRecord> = {};
    const sets = WorkSets.of(records, keysOf);
    let x = 7;
    const next = (n: number): number => (x = (x * 1103515245 + 12345) % 2 ** 31) % n;
    for (let step = 0; step < 500; step++) {
      const id = `a${next(12)}`;
      if (next(5) === 0) delete records[id];
      else {
        const own = tags.filter(() => next(3) === 0);
        records[id] = record(own, next(2) ? 'note' : '', next(3));
      }
      sets.update(id, records[id]);
      expect(view(sets), `step ${step}`).toEqual(view(WorkSets.of(records, keysOf)));
    }
  });
});
