import { describe, expect, it } from 'vitest';
import type { ArticleRow } from '../../../src-main/core/search/compile-query';
import { dayNumber, dayNumbers, dayText } from '../../../src-main/core/search/day-column';
import { FacetTable } from '../../../src-main/core/search/facets';
import { fromIds } from '../../../src-main/core/search/index/matches';

const row = (id: string, agency: string, date: string | null): ArticleRow => ({
  id,
  title: id,
  agency,
  language: 'en',
  date,
  place: null,
  folder: '/news',
  status: 'usable',
  versionCount: 1,
});
const table = new FacetTable([
  row('a', 'SANA', '2016-07-15'),
  row('b', 'SANA', '2016-07-15'),
  row('c', 'SANA', '2016-08-01'),
  row('d', 'Reuters', '2016-07-20'),
  row('e', 'TASS', null),
]);
const ids = (positions: Int32Array): string[] => Array.from(positions, (p) => table.idAt(p));

describe('day numbers', () => {
  it('reads a stated calendar day as whole days since 1970 and back', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayText(dayNumber('2016-07-15')!)).toBe('2016-07-15');
  });

  it('refuses a day the month lacks and anything but YYYY-MM-DD', () => {
    expect(dayNumber('2016-02-30')).toBeNull();
    expect(dayNumber('2016-07')).toBeNull();
    expect(dayNumbers('2016-02-01..2016-02-30')).toBe('invalid');
    expect(dayNumbers(undefined)).toBeNull();
  });
});

describe('the timeline of a selection', () => {
  it('counts the results by day, oldest first, and the undated apart', () => {
    const { timeline } = table.select(null, {});
    // 15 July to 1 August, a number a day.
    expect(timeline.start).toBe('2016-07-15');
    expect(timeline.counts).toEqual([2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(timeline.undated).toBe(1);
  });

  it('counts only what the query and the facets keep', () => {
    const matching = fromIds(['a', 'd', 'e'], (id) => table.positionOf(id));
    const { timeline } = table.select(matching, { agency: ['SANA'] });
    expect(timeline).toEqual({ start: '2016-07-15', counts: [1], undated: 0 });
  });

  it('narrows the results to the brushed range, undated ones out, but counts the days around it', () => {
    const { positions, timeline, facets } = table.select(null, { date: '2016-07-16..2016-08-01' });
    expect(ids(positions)).toEqual(['c', 'd']);
    expect(timeline.counts.filter((n) => n > 0)).toEqual([2, 1, 1]);
    expect(timeline.undated).toBe(1);
    // The facets count within the range, as the list shows it: one Reuters, one SANA (values as the facet names them).
    expect(facets.agency.map((c) => c.count)).toEqual([1, 1]);
  });

  it('leaves out of the day counts an article another facet already refuses', () => {
    const { timeline } = table.select(null, { date: '2016-07-16..2016-08-01', agency: ['Reuters'] });
    expect(timeline).toEqual({ start: '2016-07-20', counts: [1], undated: 0 });
  });

  it('keeps nothing for a range of days the calendar lacks', () => {
    expect(table.select(null, { date: '2016-02-01..2016-02-30' }).positions).toHaveLength(0);
  });
});
