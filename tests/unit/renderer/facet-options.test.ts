import { describe, expect, it } from 'vitest';
import { folderLabel, periodTree, shortList, withSelected } from '../../../src-renderer/src/lib/facet-options';

describe('withSelected', () => {
  it('adds a selected value the counts lack at zero, after the counted ones', () => {
    const options = withSelected([{ value: 'Damascus', count: 2 }], ['Aleppo']);
    expect(options).toEqual([
      { value: 'Damascus', count: 2 },
      { value: 'Aleppo', count: 0 },
    ]);
  });

  it('orders equal counts by value', () => {
    const options = withSelected(
      [
        { value: 'b', count: 1 },
        { value: 'a', count: 1 },
      ],
      [],
    );
    expect(options.map((o) => o.value)).toEqual(['a', 'b']);
  });
});

describe('shortList', () => {
  it('keeps a selected option that lies past the limit', () => {
    const options = ['a', 'b', 'c', 'd'].map((value, i) => ({ value, count: 10 - i }));
    expect(shortList(options, ['d'], 2).map((o) => o.value)).toEqual(['a', 'b', 'd']);
  });
});

describe('periodTree', () => {
  it('puts months under their year in calendar order, years newest first', () => {
    const tree = periodTree(
      [
        { value: '2016', count: 3 },
        { value: '2016-08', count: 1 },
        { value: '2016-07', count: 2 },
        { value: '1987', count: 1 },
      ],
      [],
    );
    expect(tree.map((y) => [y.value, y.count, y.months.map((m) => m.value)])).toEqual([
      ['2016', 3, ['2016-07', '2016-08']],
      ['1987', 1, []],
    ]);
  });

  it('keeps a selected month of a year with no results under that year', () => {
    expect(periodTree([], ['2015-03'])).toEqual([
      { value: '2015', count: 0, months: [{ value: '2015-03', count: 0 }] },
    ]);
  });
});

describe('folderLabel', () => {
  it('takes the last segment of a POSIX or a Windows path', () => {
    expect(folderLabel('/home/me/wires/sana/')).toBe('sana');
    expect(folderLabel('C:\\Users\\me\\reuters')).toBe('reuters');
  });
});
