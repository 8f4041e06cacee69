// The per-value position lists (column-postings.ts) must keep exactly the rows, scores and
// order of the row-by-row tests they replace: checked against those tests on random tables.
import { describe, expect, it } from 'vitest';
import type { FacetFilters } from '../../../src-main/contract/search';
import { ColumnPostings, keepListed } from '../../../src-main/core/search/column-postings';
import { compileQuery, type ArticleRow } from '../../../src-main/core/search/compile-query';
import { evaluate, type EvaluationContext } from '../../../src-main/core/search/evaluate';
import { FacetTable } from '../../../src-main/core/search/facets';
import { intersect, type Matches } from '../../../src-main/core/search/index/matches';
import { SearchIndex } from '../../../src-main/core/search/index/search-index';
import { parseQuery } from '../../../src-main/core/search/query';
import { seededRandom as random } from './seeded-random';

// Spellings of one entity across scripts and cases, and values the gazetteer does not know.
const AGENCIES = ['SANA', 'САНА', 'سانا', 'Reuters', 'REUTERS', 'ТАСС', 'Zq Wire', null];
const PLACES = ['Damascus', 'DAMASCUS', 'Дамаск', 'دمشق', 'Moscow', 'Москва', 'Aleppo', 'Nowhereville', null];
const LANGUAGES = ['en', 'ru', 'ar'];
const WORDS = ['army', 'oil', 'gas', 'talks', 'border'];

function randomRows(next: () => number, n: number): ArticleRow[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    title: `${pick(WORDS)} ${pick(WORDS)}`,
    date: next() < 0.15 ? null : `${2014 + Math.floor(next() * 4)}-0${1 + Math.floor(next() * 9)}-1${i % 10}`,
    language: pick(LANGUAGES),
    agency: pick(AGENCIES),
    place: pick(PLACES),
    folder: pick(['/a', '/b']),
    status: 'usable',
    versionCount: 1,
  }));
}

/** A random subset of positions below `size`, ascending, with random scores (some 0). */
function randomMatches(next: () => number, size: number): Matches {
  const positions = Int32Array.from({ length: size }, (_, p) => p).filter(() => next() < 0.4);
  return { positions, scores: Float64Array.from(positions, () => (next() < 0.2 ? 0 : next() * 10)) };
}

function randomFilters(next: () => number): FacetFilters {
  const some = (values: readonly string[]): string[] => values.filter(() => next() < 0.3);
  return {
    language: some(LANGUAGES),
    period: some(['2014', '2015', '2016-03', '2016', '2017-05', 'undated', '1999']),
    agency: some(['agency/sana', 'Reuters', 'zq wire', 'Unheard']),
    place: some(['place/damascus', 'Moscow', 'nowhereville']),
    folder: some(['/a']),
  };
}

const plain = (m: Matches): [number[], number[]] => [Array.from(m.positions), Array.from(m.scores)];

describe('FacetTable.filter by per-value lists', () => {
  it('keeps the rows, scores and order the row-by-row pass keeps, on random tables and selections', () => {
    const next = random(20);
    for (let round = 0; round < 40; round++) {
      const table = new FacetTable(randomRows(next, 30 + Math.floor(next() * 200)));
      for (let k = 0; k < 10; k++) {
        const matching = next() < 0.3 ? null : randomMatches(next, table.size);
        const filters = randomFilters(next);
        // select() always takes the pass (it counts); filter() now reads the lists.
        const { positions, scores } = table.select(matching, filters);
        expect(plain(table.filter(matching, filters))).toEqual(plain({ positions, scores }));
      }
    }
  });
});

describe('keepListed', () => {
  it('equals a plain merge of the matches with the listed positions', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const size = 1 + Math.floor(next() * 500);
      const matching = randomMatches(next, size);
      const listed = randomMatches(next, size);
      // A very short or very long list against the matches takes the galloping path both ways.
      const list = next() < 0.5 ? listed.positions.filter(() => next() < 0.05) : listed.positions;
      const expected = intersect(matching, { positions: list, scores: new Float64Array(list.length) }, false);
      expect(plain(keepListed(matching, list))).toEqual(plain(expected));
    }
  });

  it('gives the list itself, unscored, without matches, as a copy', () => {
    const list = Int32Array.from([2, 5, 9]);
    const kept = keepListed(null, list);
    expect(plain(kept)).toEqual([
      [2, 5, 9],
      [0, 0, 0],
    ]);
    kept.positions[0] = 7;
    expect(list[0]).toBe(2);
  });
});

describe('ColumnPostings', () => {
  it('lists each code at the positions its slots hold it, a year and its month once each', () => {
    const postings = new ColumnPostings({
      values: ['2016', '2016-07', '1987', '1987-03'],
      slots: [Int32Array.from([0, 2, 0, -1]), Int32Array.from([1, 3, 1, -1])],
    });
    expect(Array.from(postings.of(0))).toEqual([0, 2]);
    expect(Array.from(postings.of(3))).toEqual([1]);
    expect(Array.from(postings.selected(Uint8Array.from([1, 1, 0, 1])))).toEqual([0, 1, 2]);
    expect(Array.from(postings.selected(Uint8Array.from([0, 0, 0, 0])))).toEqual([]);
  });
});

describe('place: and agency: by facet rows', () => {
  it('matches what testing each row matches, with the same scores, on a random archive', async () => {
    const next = random(33);
    const rows = randomRows(next, 300);
    const index = SearchIndex.create();
    for (const r of rows)
      index.put({ id: r.id, title: r.title, body: [r.title], place: r.place ?? '', agency: r.agency ?? '' }, r.id);
    const table = new FacetTable(rows);
    const byRow: EvaluationContext = {
      index,
      table,
      rows,
      user: {
        tagged: () => new Set(),
        having: () => new Set(),
        matchNotes: () => new Map(),
        noteText: () => undefined,
      },
    };
    const byList = { ...byRow, facetRows: table.positionsWith.bind(table) };
    const queries = [
      'place:Damascus',
      'agency:SANA army',
      'place:Дамаск OR oil',
      'gas -agency:Reuters',
      'place:Moscow',
    ];
    for (const query of queries) {
      const parsed = parseQuery(query);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const { matcher } = compileQuery(parsed.node);
      const expected = await evaluate(matcher!, byRow);
      expect(expected.positions.length).toBeGreaterThan(0);
      expect(plain(await evaluate(matcher!, byList))).toEqual(plain(expected));
    }
  });
});
