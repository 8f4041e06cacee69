import { describe, expect, it } from 'vitest';
import type { ArticleRow } from '../../../src-main/core/search/compile-query';
import { FacetTable } from '../../../src-main/core/search/facets';

const row = (id: string, agency: string | null, place: string | null): ArticleRow => ({
  id,
  title: id,
  agency,
  place,
  language: 'en',
  date: null,
  folder: '/news',
  status: 'usable',
  versionCount: 1,
});

const table = new FacetTable(
  [
    row('en', 'SANA', 'Damascus'),
    row('ru', 'САНА', 'Дамаск'),
    row('ar', 'سانا', 'دمشق'),
    row('ru2', 'САНА', 'Дамаске'),
    row('x', 'Hawar News', 'Tell Rifaat'),
    row('moscow', 'ТАСС', 'МОСКВА'),
  ].values(),
);
const ids = (positions: Int32Array): string[] => Array.from(positions, (p) => table.idAt(p)).sort();

describe('agency and place facets across scripts', () => {
  it('counts one value per entity, sent as its id with its labels and the spellings seen', () => {
    const { facets } = table.select(null, {});
    expect(facets.agency[0]).toEqual({
      value: 'agency/sana',
      count: 4,
      labels: { en: 'SANA', ru: 'САНА', ar: 'سانا' },
      spellings: ['SANA', 'САНА', 'سانا'],
    });
    expect(facets.place[0]).toMatchObject({ value: 'place/damascus', count: 4 });
    expect(facets.place[0]!.spellings).toEqual(['Damascus', 'Дамаск', 'Дамаске', 'دمشق']);
  });

  it('keeps names the gazetteer does not know as their own spelling, without labels', () => {
    const { facets } = table.select(null, {});
    expect(facets.agency.find((c) => c.value === 'Hawar News')).toEqual({ value: 'Hawar News', count: 1 });
    expect(facets.place.find((c) => c.value === 'Tell Rifaat')).toEqual({ value: 'Tell Rifaat', count: 1 });
  });

  it('selects every spelling by the id, and by any spelling an older link holds', () => {
    expect(ids(table.select(null, { place: ['place/damascus'] }).positions)).toEqual(['ar', 'en', 'ru', 'ru2']);
    expect(ids(table.select(null, { agency: ['سانا'] }).positions)).toEqual(['ar', 'en', 'ru', 'ru2']);
    expect(ids(table.select(null, { place: ['place/moscow'] }).positions)).toEqual(['moscow']);
  });

  it('keeps a selected id listed with its labels when the results hold none of it', () => {
    const { facets } = table.select(null, { agency: ['agency/tass'], place: ['place/damascus'] });
    expect(facets.agency.find((c) => c.value === 'agency/tass')).toMatchObject({ count: 0, labels: { en: 'TASS' } });
  });
});
