// phraseIn against a plain scan of the texts, on random articles spread over segments,
// some removed, asked through a table whose positions run opposite to the article numbers.
import { describe, expect, it } from 'vitest';
import { analyzeTerms } from '../../../../src-main/core/search/index/analyzer';
import { SearchIndex, type IndexDoc } from '../../../../src-main/core/search/index/search-index';
import { seededRandom as random } from '../seeded-random';

const WORDS = ['oil', 'gas', 'sea', 'sun', 'red'];

/** The terms hold `phrase` as a run. */
const holds = (text: string, phrase: string[]): boolean => {
  const t = analyzeTerms(text);
  return t.some((_, i) => phrase.every((w, k) => t[i + k] === w));
};

describe('phraseIn on random articles', () => {
  it('keeps exactly the candidates whose title or one paragraph holds the phrase, in the order given', () => {
    const next = random(5);
    const sentence = (): string =>
      Array.from({ length: 1 + Math.floor(next() * 6) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
    for (let round = 0; round < 15; round++) {
      const index = SearchIndex.create();
      const docs: IndexDoc[] = Array.from({ length: 60 }, (_, i) => ({
        id: `d${i}`,
        title: sentence(),
        body: [sentence(), sentence()],
        place: '',
        agency: '',
      }));
      docs.forEach((d, i) => {
        index.put(d, d.id);
        if (i % 17 === 16) index.match(['seal']); // several segments
      });
      const removed = new Set(docs.filter(() => next() < 0.1).map((d) => d.id));
      for (const id of removed) index.remove(id);
      // Positions run against the article numbers: d59 at 0, d0 at 59.
      const ids = docs.map((d) => d.id).reverse();
      const table = { size: ids.length, positionOf: (id: string) => ids.indexOf(id) };
      const candidates = Int32Array.from(ids.keys()).filter(() => next() < 0.6);
      for (let q = 0; q < 6; q++) {
        const phrase = analyzeTerms(sentence()).slice(0, 2 + Math.floor(next() * 2));
        const expected = Array.from(candidates).filter((p) => {
          const d = docs.find((x) => x.id === ids[p])!;
          return !removed.has(d.id) && [d.title, ...d.body].some((text) => holds(text, phrase));
        });
        expect(Array.from(index.phraseIn(table, phrase, ['title', 'body'], candidates))).toEqual(expected);
      }
    }
  });
});
