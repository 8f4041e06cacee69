import { describe, expect, it } from 'vitest';
import type { FacetCount } from '../../../src-main/contract/search';
import type { ArticleRow } from '../../../src-main/core/search/compile-query';
import { FacetTable } from '../../../src-main/core/search/facets';
import { fromIds } from '../../../src-main/core/search/index/matches';

const row = (
  id: string,
  agency: string,
  language: string,
  date: string | null,
  place: string | null = null,
): ArticleRow => ({ id, title: id, agency, language, date, place, folder: '/news', status: 'usable', versionCount: 1 });
const rows = new Map(
  [
    row('a', 'SANA', 'ar', '2016-07-15', 'Damascus'),
    row('b', 'SANA', 'en', '2016-08-01'),
    row('c', 'Reuters', 'en', '1987-03-02'),
    row('d', 'TASS', 'ru', null),
  ].map((r) => [r.id, r]),
);
const table = new FacetTable(rows.values());
const hits = (...ids: string[]): Map<string, number> => new Map(ids.map((id) => [id, 1]));
/** The ids a selection keeps, and its facets. */
function select(matching: Map<string, number> | null, filters: Parameters<FacetTable['select']>[1]) {
  const { positions, facets } = table.select(matching && fromIds(matching, (id) => table.positionOf(id)), filters);
  return { ids: Array.from(positions, (p) => table.idAt(p)), facets };
}
const count = (list: { value: string; count: number }[], value: string): number | undefined =>
  list.find((c) => c.value === value)?.count;
/** Values and counts only: the gazetteer's labels and spellings are tested in facets-names.test.ts. */
const plain = (list: FacetCount[]): FacetCount[] => list.map(({ value, count }) => ({ value, count }));

describe('FacetTable.select', () => {
  it('counts every value over the matching articles when nothing is selected', () => {
    const { ids, facets } = select(null, {});
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
    expect(plain(facets.agency)).toEqual([
      { value: 'agency/sana', count: 2 },
      { value: 'agency/reuters', count: 1 },
      { value: 'agency/tass', count: 1 },
    ]);
    expect(facets.folder).toEqual([{ value: '/news', count: 4 }]);
    expect(plain(facets.place)).toEqual([{ value: 'place/damascus', count: 1 }]);
  });

  it('counts only over the articles the query matched', () => {
    const { facets } = select(hits('a', 'c'), {});
    expect(facets.language).toEqual([
      { value: 'ar', count: 1 },
      { value: 'en', count: 1 },
    ]);
  });

  it('lists years and their months, newest year first, each year before its months, and undated articles last', () => {
    const { facets } = select(null, {});
    expect(facets.period.map((c) => c.value)).toEqual(['2016', '2016-08', '2016-07', '1987', '1987-03', 'undated']);
    expect(count(facets.period, 'undated')).toBe(1);
    expect(count(facets.period, '2016')).toBe(2);
  });

  it('combines values of one facet with OR', () => {
    expect(select(null, { language: ['ar', 'ru'] }).ids).toEqual(['a', 'd']);
  });

  it('combines facets with each other with AND', () => {
    expect(select(null, { agency: ['SANA'], language: ['en'] }).ids).toEqual(['b']);
  });

  it('selects the articles with no date through the undated period', () => {
    expect(select(null, { period: ['undated'] }).ids).toEqual(['d']);
    expect(select(null, { period: ['undated', '1987'] }).ids).toEqual(['c', 'd']);
  });

  it('matches a selected year against every month of it', () => {
    expect(select(null, { period: ['2016'] }).ids).toEqual(['a', 'b']);
    expect(select(null, { period: ['2016-07'] }).ids).toEqual(['a']);
  });

  it("leaves a facet's own selection out of its counts, but applies the other facets", () => {
    const { facets } = select(null, { agency: ['agency/sana'], language: ['en'] });
    // agency counts see the language filter only: b (SANA) and c (Reuters) are English.
    expect(plain(facets.agency)).toEqual([
      { value: 'agency/reuters', count: 1 },
      { value: 'agency/sana', count: 1 },
    ]);
    // language counts see the agency filter only: a (ar) and b (en) are SANA's.
    expect(facets.language).toEqual([
      { value: 'ar', count: 1 },
      { value: 'en', count: 1 },
    ]);
    // other facets see both filters.
    expect(facets.period.map((c) => c.value)).toEqual(['2016', '2016-08']);
  });

  it('keeps a selected value listed with a count of zero', () => {
    const { ids, facets } = select(hits('c'), { agency: ['agency/sana'] });
    expect(ids).toEqual([]);
    expect(count(facets.agency, 'agency/sana')).toBe(0);
  });
});

describe('FacetTable places and agencies', () => {
  const mixed = new FacetTable(
    [
      // Names the gazetteer does not know (core/names), so they keep their own spellings.
      row('p', 'fa-kes', 'en', null, 'tell rifaat'),
      row('q', 'Hawar News', 'en', null, 'Tell Rifaat'),
      row('r', 'Hawar News', 'en', null, 'Marea'),
      row('s', 'hawar news', 'en', null, 'marea'),
      row('t', 'Smyrna Wire', 'en', null, 'AZAZ'),
      row('u', 'Smyrna Wire', 'en', null, 'Azaz'),
    ].values(),
  );

  it('groups values that differ only in case under the best spelling: mixed case, then capitals, then lower case', () => {
    const { facets } = mixed.select(null, {});
    expect(facets.place).toEqual([
      { value: 'Azaz', count: 2 },
      { value: 'Marea', count: 2 },
      { value: 'Tell Rifaat', count: 2 },
    ]);
    expect(facets.agency).toEqual([
      { value: 'Hawar News', count: 3 },
      { value: 'Smyrna Wire', count: 2 },
      { value: 'fa-kes', count: 1 },
    ]);
  });

  it('selects every spelling of a place whichever spelling was chosen', () => {
    const { positions } = mixed.select(null, { place: ['tell rifaat'] });
    expect(Array.from(positions, (p) => mixed.idAt(p)).sort()).toEqual(['p', 'q']);
  });
});

describe('FacetTable status', () => {
  const withStatus = (id: string, status: ArticleRow['status']): ArticleRow => ({
    ...row(id, 'AP', 'en', null),
    status,
  });
  const wire = new FacetTable(
    [
      withStatus('u1', 'usable'),
      withStatus('k1', 'canceled'),
      withStatus('k2', 'canceled'),
      withStatus('k3', 'canceled'),
      withStatus('c1', 'correction'),
      withStatus('e1', 'embargoed'),
    ].values(),
  );
  const statusIds = (filters: Parameters<FacetTable['select']>[1]): string[] =>
    Array.from(wire.select(null, filters).positions, (p) => wire.idAt(p)).sort();

  it('lists statuses in their own order, not by count, each with its count', () => {
    expect(wire.select(null, {}).facets.status).toEqual([
      { value: 'usable', count: 1 },
      { value: 'embargoed', count: 1 },
      { value: 'correction', count: 1 },
      { value: 'canceled', count: 3 },
    ]);
  });

  it('filters by status, values combining with OR', () => {
    expect(statusIds({ status: ['canceled'] })).toEqual(['k1', 'k2', 'k3']);
    expect(statusIds({ status: ['usable', 'embargoed'] })).toEqual(['e1', 'u1']);
  });

  it('counts statuses over the other facets’ selection and keeps an unknown selected value listed last', () => {
    const { facets } = wire.select(null, { status: ['bogus', 'usable'], agency: ['AP'] });
    expect(facets.status.map((c) => c.value)).toEqual(['usable', 'embargoed', 'correction', 'canceled', 'bogus']);
  });
});
