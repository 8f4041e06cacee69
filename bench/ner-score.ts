// FactRuEval-2016 track 1 scoring (its scripts/t1_eval.py with -l, so a LocOrg is a
// location), rewritten from dialent/task1/util.py: per document and type, the response's
// spans become sets of the standard's tokens, and the matching that gives the best F1 pairs
// them; a pair scores its weighted token overlap, so a partial name earns partial credit.
import { readdirSync } from 'node:fs';
import type { EntitySpan } from '../src-main/core/entities/entity-types';
import { readStandard, type StandardDoc, type StdToken, type Tag, type TokenSet } from './ner-standard';

export const TAGS: Tag[] = ['per', 'org', 'loc'];
const TAG_OF: Record<EntitySpan['type'], Tag> = { person: 'per', org: 'org', place: 'loc' };

export interface Counts {
  tp: number;
  nStd: number;
  nTest: number;
}

export interface Miss {
  doc: string;
  tag: Tag;
  kind: 'missed' | 'spurious' | 'partial';
  text: string;
  quality: number;
}

export interface DocScore {
  counts: Record<Tag, Counts>;
  misses: Miss[];
}

/** The document names of a standard folder, in FactRuEval's order (by number). */
export function standardNames(dir: string): string[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.objects'))
    .map((f) => f.slice(0, -'.objects'.length));
  return names.sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')));
}

export { readStandard };

/** The standard's tokens a response span covers, as task1/test.py makeTokenSets. */
function responseSet(doc: StandardDoc, span: EntitySpan): TokenSet {
  const last = span.end - 1;
  const tokens = doc.tokens.filter((t) => t.start >= span.start && t.end <= last && !t.ignored);
  return {
    tag: TAG_OF[span.type],
    tokens: new Set(tokens),
    marks: new Map(),
    parents: [],
    text: doc.text.slice(span.start, span.end),
  };
}

const overlap = (s: TokenSet, t: TokenSet): number => [...s.tokens].filter((x) => t.tokens.has(x)).length;

function priority(s: TokenSet, t: TokenSet): number {
  const tp = overlap(s, t);
  const sum = s.tokens.size + t.tokens.size - tp;
  return sum > 0 ? tp / sum : 0;
}

function quality(s: TokenSet, t: TokenSet): number {
  let tp = 0;
  let fn = 0;
  for (const x of s.tokens) {
    const mark = s.marks.get(x) ?? 0;
    if (t.tokens.has(x)) tp += mark;
    else fn += mark;
  }
  const fp = [...t.tokens].filter((x: StdToken) => !s.tokens.has(x)).length;
  const sum = tp + fp + fn;
  return sum > 0 ? tp / sum : priority(s, t);
}

export const metrics = (c: Counts): { p: number; r: number; f1: number } => {
  const p = c.nTest > 0 ? c.tp / c.nTest : 1;
  const r = c.nStd > 0 ? c.tp / c.nStd : 1;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
};

/** Scores one document's response against its standard. */
export function scoreDocument(doc: StandardDoc, response: EntitySpan[]): DocScore {
  const counts = {} as Record<Tag, Counts>;
  const misses: Miss[] = [];
  for (const tag of TAGS) {
    const std = doc.sets.filter((s) => s.tag === tag);
    const test = response.filter((r) => TAG_OF[r.type] === tag).map((r) => responseSet(doc, r));
    const best = new Matcher(std, test).best();
    counts[tag] = best.counts;
    misses.push(...describe(doc.name, tag, std, test, best.pairs));
  }
  return { counts, misses };
}

function describe(doc: string, tag: Tag, std: TokenSet[], test: TokenSet[], pairs: [number, number][]): Miss[] {
  const misses: Miss[] = [];
  const matchedStd = new Set(pairs.map(([s]) => s));
  const matchedTest = new Set(pairs.map(([, t]) => t));
  for (const [s, t] of pairs) {
    const q = quality(std[s] as TokenSet, test[t] as TokenSet);
    if (q < 1)
      misses.push({
        doc,
        tag,
        kind: 'partial',
        text: `${(std[s] as TokenSet).text} ≠ ${(test[t] as TokenSet).text}`,
        quality: q,
      });
  }
  std.forEach((s, i) => {
    if (!matchedStd.has(i) && relevant(s, std, matchedStd))
      misses.push({ doc, tag, kind: 'missed', text: s.text, quality: 0 });
  });
  test.forEach((t, j) => {
    if (!matchedTest.has(j)) misses.push({ doc, tag, kind: 'spurious', text: t.text, quality: 0 });
  });
  return misses;
}

/** An unmatched standard object counts unless its parent organisation matched or it has no name tokens. */
function relevant(s: TokenSet, std: TokenSet[], matched: Set<number>): boolean {
  if (s.parents.some((p) => matched.has(std.indexOf(p)))) return false;
  return [...s.tokens].some((t) => (s.marks.get(t) ?? 0) > 0);
}

/** MatchingOptimizer of dialent/task1/util.py: a recursive search for the best-F1 matching. */
class Matcher {
  private readonly m: number[][];

  constructor(
    private readonly std: TokenSet[],
    private readonly test: TokenSet[],
  ) {
    this.m = std.map((s) => test.map((t) => (overlap(s, t) > 0 ? priority(s, t) : 0)));
  }

  best(): { counts: Counts; pairs: [number, number][] } {
    return this.search(
      this.std.map((_, i) => i),
      this.test.map((_, j) => j),
      [],
    );
  }

  private evaluate(pairs: [number, number][]): { counts: Counts; pairs: [number, number][] } {
    let tp = 0;
    const matched = new Set<number>();
    for (const [s, t] of pairs) {
      tp += quality(this.std[s] as TokenSet, this.test[t] as TokenSet);
      matched.add(s);
    }
    const nStd = this.std.filter((s, i) => matched.has(i) || relevant(s, this.std, matched)).length;
    return { counts: { tp, nStd, nTest: this.test.length }, pairs };
  }

  private search(
    std: number[],
    test: number[],
    pairs: [number, number][],
  ): { counts: Counts; pairs: [number, number][] } {
    if (std.length === 0 || test.length === 0) return this.evaluate(pairs);
    const [curr = 0, ...rest] = std;
    const row = this.m[curr] as number[];
    const perfect = test.filter((t) => row[t] === 1);
    const candidates = perfect.length > 0 ? perfect : test.filter((t) => row[t] !== 0);
    let best: { counts: Counts; pairs: [number, number][] } | undefined;
    let maxAlternatives = 0;
    for (const t of candidates) {
      let alternatives = 0;
      let skip = false;
      for (const k of std) {
        const mk = (this.m[k] as number[])[t] as number;
        if (mk === 1 && (row[t] as number) < 1) skip = true;
        if (mk !== 0) alternatives++;
      }
      maxAlternatives = Math.max(maxAlternatives, alternatives);
      if (skip) continue;
      const res = this.search(
        rest,
        test.filter((x) => x !== t),
        [...pairs, [curr, t]],
      );
      if (!best || metrics(res.counts).f1 > metrics(best.counts).f1) best = res;
    }
    if (candidates.length === 0 || (candidates.length === 1 && maxAlternatives > 1) || !best) {
      const res = this.search(rest, test, pairs);
      if (!best || metrics(res.counts).f1 > metrics(best.counts).f1) best = res;
    }
    return best;
  }
}
