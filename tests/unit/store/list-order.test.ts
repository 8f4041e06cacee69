// The list orders, bucketed by date: the same order the comparator sort they replaced gave.
import { describe, expect, it } from 'vitest';
import type { ListSort } from '../../../src-main/contract/archive';
import { listOrder, type Orderable } from '../../../src-main/core/store/list-order';

const item = (title: string, date: string | null): Orderable => ({ title, date });

/** The comparator sort the catalogue used before, kept here as the reference. */
function comparatorOrder(items: readonly Orderable[], sort: ListSort): number[] {
  const byTitle = (a: Orderable, b: Orderable): number => a.title.localeCompare(b.title);
  const byDate =
    (dir: 1 | -1) =>
    (a: Orderable, b: Orderable): number => {
      if (a.date === b.date) return byTitle(a, b);
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? -dir : dir;
    };
  const compare = sort === 'title' ? byTitle : byDate(sort === 'date-desc' ? -1 : 1);
  return [...items.keys()].sort((a, b) => compare(items[a]!, items[b]!));
}

/** A small deterministic generator, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const TITLES = [
  'Talks resume',
  'talks resume',
  'Ceasefire holds',
  'Переговоры возобновились',
  'переговоры',
  'محادثات',
  'Élection',
  'election',
  'Zebra',
  '',
  '10 killed',
  '9 killed',
];
const DATES = [null, '2016-05-01', '2016-05-02', '2017-01-31', '2005-02-09', '1999-12-31'];

describe('list orders', () => {
  it('lists newest first, headlines in order within a day, undated last', () => {
    const items = [item('B', '2016-05-01'), item('x', null), item('A', '2016-05-01'), item('C', '2017-01-01')];
    expect(Array.from(listOrder(items, 'date-desc'))).toEqual([3, 2, 0, 1]);
  });

  it('lists oldest first with undated articles still last', () => {
    const items = [item('x', null), item('B', '2017-01-01'), item('A', '2016-05-01')];
    expect(Array.from(listOrder(items, 'date-asc'))).toEqual([2, 1, 0]);
  });

  it('keeps articles with the same date and headline in catalogue order', () => {
    const items = [item('Same', '2016-05-01'), item('Same', '2016-05-01'), item('Same', '2016-05-01')];
    expect(Array.from(listOrder(items, 'date-desc'))).toEqual([0, 1, 2]);
  });

  it.each(['date-desc', 'date-asc', 'title'] as const)(
    'gives the order the comparator sort gave, %s, over mixed scripts and repeated values',
    (sort) => {
      const random = seeded(7);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
      const items = Array.from({ length: 2_000 }, () => item(pick(TITLES), pick(DATES)));
      expect(Array.from(listOrder(items, sort))).toEqual(comparatorOrder(items, sort));
    },
  );
});
