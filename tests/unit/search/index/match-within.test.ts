// matchIn narrowed to a domain (evaluate.ts: an AND's later words) against the full
// evaluation cut to that domain afterwards, as evaluate did before: the same articles with
// the same scores, bit for bit, on random articles over several segments, some removed.
import { describe, expect, it } from 'vitest';
import { intersect, unscored } from '../../../../src-main/core/search/index/matches';
import { SearchIndex, type IndexDoc, type IndexField } from '../../../../src-main/core/search/index/search-index';
import { seededRandom as random } from '../seeded-random';

const WORDS = ['oil', 'gas', 'sea', 'sun', 'red', 'seaside', 'sunny', 'redden'];
const FIELD_SETS: IndexField[][] = [['title', 'body', 'place', 'agency'], ['body'], ['title', 'place']];

function randomIndex(next: () => number) {
  const pick = (): string => WORDS[Math.floor(next() * WORDS.length)]!;
  const sentence = (): string => Array.from({ length: 1 + Math.floor(next() * 8) }, pick).join(' ');
  const index = SearchIndex.create();
  const docs: IndexDoc[] = Array.from({ length: 80 }, (_, i) => ({
    id: `d${i}`,
    title: sentence(),
    body: [sentence(), sentence()],
    place: next() < 0.3 ? pick() : '',
    agency: next() < 0.3 ? pick() : '',
  }));
  docs.forEach((d, i) => {
    index.put(d, d.id);
    if (i % 19 === 18) index.match(['seal']); // several segments
  });
  for (const d of docs) if (next() < 0.1) index.remove(d.id);
  // Positions run against the article numbers, and one article is not listed at all.
  const ids = docs.map((d) => d.id).reverse();
  const listed = ids.slice(1);
  const table = {
    size: listed.length,
    positionOf: (id: string) => (listed.includes(id) ? listed.indexOf(id) : undefined),
  };
  return { index, table };
}

describe('matchIn within a domain', () => {
  it('gives the full evaluation cut to the domain, scores bit for bit', () => {
    const next = random(11);
    let [kept, cut] = [0, 0];
    for (let round = 0; round < 12; round++) {
      const { index, table } = randomIndex(next);
      for (let q = 0; q < 10; q++) {
        const terms = Array.from({ length: 1 + Math.floor(next() * 2) }, () => WORDS[Math.floor(next() * 5)]!);
        const prefix = next() < 0.3;
        const fields = FIELD_SETS[q % FIELD_SETS.length]!;
        const domain = Int32Array.from({ length: table.size }, (_, p) => p).filter(() => next() < 0.4);
        const full = index.matchIn(table, terms, prefix, fields);
        const expected = intersect(full, unscored(domain), false);
        const narrowed = index.matchIn(table, terms, prefix, fields, domain);
        expect(narrowed, `${terms.join(' ')} prefix=${prefix}`).toEqual(expected);
        [kept, cut] = [kept + narrowed.positions.length, cut + full.positions.length - narrowed.positions.length];
      }
    }
    // The domains both kept and cut hits: neither side of the comparison was empty throughout.
    expect(kept).toBeGreaterThan(100);
    expect(cut).toBeGreaterThan(100);
  });

  it('finds nothing within an empty domain, though the words occur', () => {
    const { index, table } = randomIndex(random(3));
    expect(index.matchIn(table, ['oil']).positions.length).toBeGreaterThan(0);
    expect(index.matchIn(table, ['oil'], false, undefined, new Int32Array(0)).positions.length).toBe(0);
  });
});
