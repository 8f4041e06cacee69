// One mentioned place or organisation across scripts (issue 19, part 2 follow-up): the
// facets count a name the gazetteer knows once per entity, with its labels and the
// spellings behind it, and `location:`/`org:`/`mentions:` find it by any of its names.
import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../src-main/contract/entities';
import type { ArticleRow } from '../../../src-main/core/search/compile-query';
import { FacetTable } from '../../../src-main/core/search/facets';
import { mentionRow } from './mention-rows';
import { smallArchive } from './small-archive';

const e = (type: EntityMention['type'], name: string): EntityMention => ({ type, name, count: 1 });

const row = (id: string, language: string, entities: EntityMention[]): ArticleRow =>
  mentionRow(id, entities, { language, agency: null, date: null });

const table = new FacetTable([
  row('ru', 'ru', [e('place', 'Дамаск'), e('org', 'Рейтер'), e('org', 'ООН'), e('place', 'Красногорск')]),
  row('en', 'en', [e('place', 'Damascus'), e('org', 'Reuters'), e('org', 'United Nations')]),
  row('ar', 'ar', [e('place', 'دمشق'), e('org', 'رويترز'), e('place', 'Москва')]),
  row('en2', 'en', [e('place', 'DAMASCUS'), e('org', 'Moscow City Duma'), e('org', 'Россия')]),
]);

const idsOf = (filters: Parameters<FacetTable['select']>[1]): string[] =>
  Array.from(table.select(null, filters).positions, (p) => table.idAt(p));

describe('a mentioned place or organisation the gazetteer knows', () => {
  it('is one facet value under its id, counting every article whatever the script', () => {
    const { facets } = table.select(null, {});
    expect(facets.location[0]).toEqual({
      value: 'place/damascus',
      count: 4,
      labels: { en: 'Damascus', ru: 'Дамаск', ar: 'دمشق' },
      spellings: ['DAMASCUS', 'Damascus', 'Дамаск', 'دمشق'],
    });
    expect(facets.org.slice(0, 2).map((c) => [c.value, c.count])).toEqual([
      ['agency/reuters', 3],
      ['place/united-nations', 2],
    ]);
  });

  it('leaves a name the gazetteer does not know as written, without labels', () => {
    const { facets } = table.select(null, {});
    expect(facets.location).toContainEqual({ value: 'Красногорск', count: 1 });
    expect(facets.org).toContainEqual({ value: 'Moscow City Duma', count: 1 });
    // A country acting is an organisation to the extractor (FactRuEval); it is not turned into the place.
    expect(facets.org).toContainEqual({ value: 'Россия', count: 1 });
  });

  it('is chosen by its id or by any spelling, and the choice keeps all its articles', () => {
    expect(idsOf({ location: ['place/damascus'] })).toEqual(['ru', 'en', 'ar', 'en2']);
    expect(idsOf({ location: ['Дамаск'] })).toEqual(['ru', 'en', 'ar', 'en2']);
    expect(idsOf({ org: ['رويترز'] })).toEqual(['ru', 'en', 'ar']);
  });

  it('does not take a place for an organisation or an organisation for a place', () => {
    expect(idsOf({ location: ['agency/reuters'] })).toEqual([]);
    expect(idsOf({ org: ['place/damascus'] })).toEqual([]);
  });
});

describe('a Russian organisation in the facet', () => {
  const orgs = new FacetTable([
    row('nom', 'ru', [e('org', 'Газпром')]),
    row('gen', 'ru', [e('org', 'Газпрома'), e('org', 'Лукойла')]),
    row('caps', 'ru', [e('org', 'ГАЗПРОМУ')]),
    // Stored before the nominative rule: the table puts it right.
    row('old', 'ru', [e('org', 'Министерства обороны')]),
    row('new', 'ru', [e('org', 'Министерство обороны')]),
  ]);
  const pairs = (): [string, number][] => orgs.select(null, {}).facets.org.map((c) => [c.value, c.count]);

  it('counts a case of a name under its nominative when the archive holds the nominative', () => {
    expect(pairs()).toEqual([
      ['Газпром', 3],
      ['Министерство обороны', 2],
      // No «Лукойл» in the archive: the rule does not guess it.
      ['Лукойла', 1],
    ]);
  });

  it('is chosen by any case of it', () => {
    const { positions } = orgs.select(null, { org: ['Газпрома'] });
    expect(Array.from(positions, (p) => orgs.idAt(p))).toEqual(['nom', 'gen', 'caps']);
  });
});

describe('searching a mentioned place by any of its names', () => {
  const archive = smallArchive([
    { id: 'ru', body: ['Текст.'], language: 'ru', entities: [e('place', 'Дамаск'), e('org', 'ТАСС')] },
    { id: 'en', body: ['Text.'], entities: [e('place', 'Damascus')] },
    { id: 'ar', body: ['نص.'], language: 'ar', entities: [e('place', 'دمشق')] },
    { id: 'other', body: ['Text.'], entities: [e('place', 'Aleppo'), e('org', 'Damascus University')] },
  ]);

  it('finds every spelling from the English, Russian (any case) or Arabic name', async () => {
    expect(await archive.ids('location:Damascus')).toEqual(['ar', 'en', 'ru']);
    expect(await archive.ids('location:Дамаске')).toEqual(['ar', 'en', 'ru']);
    expect(await archive.ids('mentions:دمشق')).toEqual(['ar', 'en', 'ru']);
  });

  it('still matches a word of an unknown name, and an agency by its other script', async () => {
    expect(await archive.ids('mentions:Damascus')).toEqual(['ar', 'en', 'other', 'ru']);
    expect(await archive.ids('org:TASS')).toEqual(['ru']);
    expect(await archive.ids('location:Aleppo')).toEqual(['other']);
  });
});
