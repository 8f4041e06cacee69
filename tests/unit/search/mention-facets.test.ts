// The People, Organisations and Places mentioned facets (issue 19): many values per
// article, counted once each, with the same selection rules as the one-value facets.
import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../src-main/contract/entities';
import type { FacetCount } from '../../../src-main/contract/search';
import type { ArticleRow } from '../../../src-main/core/search/compile-query';
import { FacetTable, MAX_FACET_VALUES } from '../../../src-main/core/search/facets';
import { fromIds } from '../../../src-main/core/search/index/matches';
import { mentionRow } from './mention-rows';

const person = (name: string, count = 1): EntityMention => ({ type: 'person', name, count });
const org = (name: string): EntityMention => ({ type: 'org', name, count: 1 });
const place = (name: string): EntityMention => ({ type: 'place', name, count: 1 });

const row = (id: string, entities: EntityMention[] | undefined, agency = 'TASS'): ArticleRow =>
  mentionRow(id, entities, { agency });

const table = new FacetTable([
  row('a', [person('Юрий Лужков', 3), person('Борис Громов'), org('Мосгордума'), place('Москва')]),
  row('b', [person('Юрий Лужков'), place('Москва')], 'RIA'),
  row('c', [person('Борис Громов'), place('Красногорск')]),
  row('d', undefined, 'RIA'),
  // The same name in capitals (a headline's) and the extractor's spelling twice: one value, counted once.
  row('e', [person('ЮРИЙ ЛУЖКОВ'), person('юрий лужков'), org('Москва')]),
]);

/** A facet's values and counts as pairs, to compare at a glance. */
const pairs = (list: FacetCount[]): [string, number][] => list.map((c) => [c.value, c.count]);

function select(filters: Parameters<FacetTable['select']>[1], matching: string[] | null = null) {
  const hits = matching && fromIds(new Map(matching.map((id) => [id, 1])), (id) => table.positionOf(id));
  const { positions, facets } = table.select(hits, filters);
  return { ids: Array.from(positions, (p) => table.idAt(p)), facets };
}

describe('the mention facets', () => {
  it('count each article once under every name it mentions, commonest first', () => {
    const { facets } = select({});
    expect(pairs(facets.person)).toEqual([
      ['Юрий Лужков', 3],
      ['Борис Громов', 2],
    ]);
    // A place the gazetteer knows is one value under its id; one it does not stays as written.
    expect(pairs(facets.location)).toEqual([
      ['place/moscow', 2],
      ['Красногорск', 1],
    ]);
    // A place name the extractor took for an organisation stays under organisations only.
    expect(pairs(facets.org)).toEqual([
      ['Мосгордума', 1],
      ['Москва', 1],
    ]);
  });

  it('count only the current results', () => {
    const { facets } = select({}, ['b', 'c']);
    expect(pairs(facets.person)).toEqual([
      ['Борис Громов', 1],
      ['Юрий Лужков', 1],
    ]);
  });

  it('keep the articles mentioning any chosen name of one facet, whatever its case', () => {
    expect(select({ person: ['юрий лужков'] }).ids).toEqual(['a', 'b', 'e']);
    expect(select({ person: ['Юрий Лужков', 'Борис Громов'] }).ids).toEqual(['a', 'b', 'c', 'e']);
  });

  it('combine with other facets by AND, and leave a facet its own selection when counting it', () => {
    const { ids, facets } = select({ person: ['Борис Громов'], location: ['Москва'] });
    expect(ids).toEqual(['a']);
    // Counted with location's selection only: Лужков would add b, Громов is a.
    expect(pairs(facets.person)).toEqual([
      ['Юрий Лужков', 2],
      ['Борис Громов', 1],
    ]);
    // Counted with person's selection only: a and c mention Громов.
    expect(pairs(facets.location)).toEqual([
      ['place/moscow', 1],
      ['Красногорск', 1],
    ]);
    expect(select({ person: ['Борис Громов'], agency: ['RIA'] }).ids).toEqual([]);
  });

  it('keep a chosen name the archive does not hold, so it can be unchosen, and match nothing with it', () => {
    const { ids, facets } = select({ org: ['Газпром'] });
    expect(ids).toEqual([]);
    expect(facets.org).toContainEqual({ value: 'Газпром', count: 0 });
  });

  it('list at most MAX_FACET_VALUES names, and a chosen one past them too', () => {
    const many = Array.from({ length: MAX_FACET_VALUES + 20 }, (_, i) =>
      row(`m${i}`, [person(`Name ${String(i).padStart(3, '0')}`), person('Common Name')]),
    );
    const big = new FacetTable(many);
    const last = `Name ${MAX_FACET_VALUES + 19}`;
    const { facets } = big.select(null, { person: [last] });
    expect(facets.person).toHaveLength(MAX_FACET_VALUES + 1);
    expect(facets.person[0]).toEqual({ value: 'Common Name', count: MAX_FACET_VALUES + 20 });
    expect(facets.person.at(-1)).toEqual({ value: last, count: 1 });
  });
});
