// Pair precision and recall of threads against a ground truth: two articles are a true
// pair when the truth puts them in one group, a found pair when one thread holds both.
import type { DispatchRecord } from '../src-main/contract/records';
import { signatureOf } from '../src-main/core/threads/minhash';
import { ThreadIndex } from '../src-main/core/threads/thread-index';

export interface PairScore {
  precision: number;
  recall: number;
  truePairs: number;
  foundPairs: number;
  both: number;
}

/** The text an article's signature is taken from, as the importer does (content-hash.ts digestRecord). */
export const threadText = (r: Pick<DispatchRecord, 'title' | 'paragraphs'>): string =>
  [r.title, ...r.paragraphs].join('\n');

/** Threads of these texts, by index: each index's thread number (its own index when alone). */
export function threadsOf(texts: readonly string[], index = new ThreadIndex()): number[] {
  texts.forEach((text, i) => index.put(String(i), signatureOf(text)));
  const thread = texts.map((_t, i) => i);
  for (const members of index.threads()) {
    const first = Math.min(...members.map(Number));
    for (const m of members) thread[Number(m)] = first;
  }
  return thread;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

function groupSizes(keys: readonly (string | number)[]): Map<string | number, number> {
  const sizes = new Map<string | number, number>();
  for (const k of keys) sizes.set(k, (sizes.get(k) ?? 0) + 1);
  return sizes;
}

/** Scores found groups against true groups, both given as one key per article. */
export function pairScore(found: readonly (string | number)[], truth: readonly (string | number)[]): PairScore {
  const sum = (m: Map<string | number, number>): number => [...m.values()].reduce((s, n) => s + pairs(n), 0);
  const foundPairs = sum(groupSizes(found));
  const truePairs = sum(groupSizes(truth));
  const both = sum(groupSizes(found.map((f, i) => `${f}\u0000${truth[i]}`)));
  return {
    precision: foundPairs ? both / foundPairs : 1,
    recall: truePairs ? both / truePairs : 1,
    truePairs,
    foundPairs,
    both,
  };
}

export const formatScore = (s: PairScore): string =>
  `precision ${(100 * s.precision).toFixed(1)}% recall ${(100 * s.recall).toFixed(1)}% (true pairs ${s.truePairs}, found ${s.foundPairs}, both ${s.both})`;
