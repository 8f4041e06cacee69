import { describe, expect, it } from 'vitest';
import { analyzeTerms } from '../../../../src-main/core/search/index/analyzer';
import { SearchIndex, type IndexDoc } from '../../../../src-main/core/search/index/search-index';
import { phraseIds } from '../small-archive';

const doc = (id: string, body: string, title = ''): IndexDoc => ({ id, title, body: [body], place: '', agency: '' });

/** An index whose articles sit in one segment each: every search seals what came before it. */
function segmented(docs: IndexDoc[]): SearchIndex {
  const index = SearchIndex.create();
  for (const d of docs) {
    index.put(d, d.id);
    index.match(['seal']);
  }
  return index;
}

/** Index terms as the query compiler makes them (day → dai). */
const terms = (text: string): string[] => analyzeTerms(text);

const sortedIds = (hits: Map<string, number>): string[] => [...hits.keys()].sort();

describe('the segmented index', () => {
  it('finds a word in articles that sit in different segments', () => {
    const index = segmented([doc('a', 'oil rose'), doc('b', 'gas fell'), doc('c', 'oil fell')]);
    expect(index.segments.length).toBe(3);
    expect(sortedIds(index.match(['oil']))).toEqual(['a', 'c']);
  });

  it('finds a common word in every article of every segment, however many hold it', () => {
    const index = SearchIndex.create();
    for (let batch = 0; batch < 2; batch++) {
      for (let i = 0; i < 3000; i++) index.put(doc(`d${batch}-${i}`, 'oil'), 'v');
      index.match(['seal']);
    }
    expect(index.segments.length).toBe(2);
    expect(index.match(['oil']).size).toBe(6000);
  });

  it('finds every term starting with a prefix, whichever segment holds it', () => {
    const index = segmented([doc('a', 'oilfield'), doc('b', 'oil'), doc('c', 'gas')]);
    expect(sortedIds(index.match(['oil'], true))).toEqual(['a', 'b']);
  });

  it('scores a longer prefix match below the exact word', () => {
    const hits = segmented([doc('exact', 'oil today'), doc('longer', 'oilfield today')]).match(['oil'], true);
    expect(hits.get('exact')!).toBeGreaterThan(hits.get('longer')!);
  });

  it('merges its segments into one once there are many, keeping every article', () => {
    const docs = Array.from({ length: 20 }, (_, i) => doc(`d${i}`, i % 2 ? 'oil and gas' : 'gas only'));
    const index = SearchIndex.create();
    for (const d of docs.slice(0, 16)) {
      index.put(d, d.id);
      index.match(['seal']);
    }
    const before = index.match(['oil']);
    for (const d of docs.slice(16)) {
      index.put(d, d.id);
      index.match(['seal']);
    }
    expect(index.segments.length).toBeLessThan(16);
    const after = index.match(['oil']);
    expect(sortedIds(after)).toEqual(['d1', 'd11', 'd13', 'd15', 'd17', 'd19', 'd3', 'd5', 'd7', 'd9']);
    expect(before.size).toBe(8);
  });

  it('leaves a removed article out of a merge and keeps the others findable by their stamps', () => {
    const index = segmented([doc('a', 'oil'), doc('b', 'oil'), doc('c', 'oil')]);
    index.remove('b');
    const { docs } = index.settle(true);
    expect(index.segments.length).toBe(1);
    expect(docs.ids).toEqual(['a', 'c']);
    expect(sortedIds(index.match(['oil']))).toEqual(['a', 'c']);
    expect(index.stampOf('c')).toBe('c');
  });

  it('gives the same scores before and after a merge', () => {
    const index = segmented([doc('a', 'oil oil gas', 'Oil'), doc('b', 'oil gas gas'), doc('c', 'gas')]);
    const before = index.match(terms('oil gas'));
    index.settle(true);
    expect(index.match(terms('oil gas'))).toEqual(before);
  });

  it('finds a phrase from the positions in any segment, and not its words apart', () => {
    const index = segmented([doc('apart', 'council of security'), doc('together', 'the security council met')]);
    expect(phraseIds(index, terms('security council'), ['body'], ['apart', 'together'])).toEqual(['together']);
  });

  it('finds a phrase only in the fields asked for', () => {
    const index = segmented([doc('title', 'nothing here', 'Security Council meets')]);
    expect(phraseIds(index, terms('security council'), ['body'], ['title'])).toEqual([]);
    expect(phraseIds(index, terms('security council'), ['title'], ['title'])).toEqual(['title']);
  });

  it('finds a phrase whose words repeat', () => {
    const index = segmented([doc('a', 'day after day'), doc('b', 'day after night')]);
    expect(phraseIds(index, terms('day after day'), ['body'], ['a', 'b'])).toEqual(['a']);
  });
});
