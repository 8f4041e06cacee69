// Two-word ANDs and phrases, now evaluated rarer word first and the other scored only within
// it (evaluate.ts), against the evaluation they had before: each word scored over the whole
// archive, the articles holding both (or the phrase) kept, their two scores summed.
import { describe, expect, it } from 'vitest';
import { analyzeTerms } from '../../../src-main/core/search/index/analyzer';
import { phraseIds, smallArchive, type SmallArticle } from './small-archive';
import { seededRandom as random } from './seeded-random';

// Skewed: `oil` is common, `red` rare, so the rarer word is sometimes the second one asked.
const WORDS = ['oil', 'oil', 'oil', 'gas', 'gas', 'sea', 'sun', 'red'];

function randomArticles(next: () => number): SmallArticle[] {
  const pick = (): string => WORDS[Math.floor(next() * WORDS.length)]!;
  const sentence = (): string => Array.from({ length: 1 + Math.floor(next() * 7) }, pick).join(' ');
  return Array.from({ length: 50 }, (_, i) => ({ id: `d${i}`, title: sentence(), body: [sentence(), sentence()] }));
}

describe('two-word ANDs and phrases on random articles', () => {
  it('match and score as the whole-archive evaluation of each word did', async () => {
    const next = random(21);
    let compared = 0;
    for (let round = 0; round < 8; round++) {
      const articles = randomArticles(next);
      const archive = smallArchive(articles);
      const ids = articles.map((a) => a.id);
      for (const [a, b] of [
        ['oil', 'red'],
        ['red', 'oil'],
        ['gas', 'sea'],
        ['sun', 'gas'],
      ] as const) {
        const [alone, other] = [await archive.scores(a), await archive.scores(b)];
        const both = [...alone.keys()].filter((id) => other.has(id));
        const sum = (list: string[]) => new Map(list.map((id) => [id, other.get(id)! + alone.get(id)!]));
        expect(await archive.scores(`${a} ${b}`), `${a} ${b}`).toEqual(sum(both));
        const inPhrase = new Set(
          phraseIds(archive.index, analyzeTerms(`${a} ${b}`), ['title', 'body', 'place', 'agency'], ids),
        );
        expect(await archive.scores(`"${a} ${b}"`), `"${a} ${b}"`).toEqual(sum(both.filter((id) => inPhrase.has(id))));
        compared += both.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
