// Runs a compiled query: index look-ups combined as sets, metadata tests as filters,
// phrases checked against the index's positions last, on the few candidates left.
import { analyze } from './analyzer';
import type { ArticleRow, Matcher } from './compile-query';
import type { HasValue } from './query';
import { INDEX_FIELDS, type Hits, type IndexField, type SearchIndex } from './search-index';

/** What search sees of the user's work: tags, kinds of work, and the words of notes. */
export interface UserLookup {
  /** Articles carrying tag `name` or a tag under it. */
  tagged(name: string): ReadonlySet<string>;
  having(what: HasValue): ReadonlySet<string>;
  /** Articles whose highlight notes or article note hold any of `terms` (analysed). */
  matchNotes(terms: readonly string[], prefix: boolean): Hits;
  /** The article's notes as one text, for phrase checks. */
  noteText(id: string): string | undefined;
}

export interface EvaluationContext {
  index: SearchIndex;
  /** Every article, by id: the universe a negation or a bare filter starts from. */
  rows: ReadonlyMap<string, ArticleRow>;
  user: UserLookup;
}

/** Matching articles with their scores; each one's score is the sum of its matching words'. */
export function evaluate(matcher: Matcher, ctx: EvaluationContext): Promise<Hits> {
  return run(matcher, ctx, null);
}

// `domain` narrows the answer to articles already known to match (the rest of an AND);
// null means every article. The result holds this matcher's own scores. An import may
// index articles that `rows` does not list yet: tests treat them as not matching, and
// the facet table leaves them out of the results.
async function run(m: Matcher, ctx: EvaluationContext, domain: Hits | null): Promise<Hits> {
  switch (m.kind) {
    case 'terms': {
      const hits = ctx.index.match(m.terms, m.prefix, m.fields);
      // A plain word also finds the user's notes; a field (agency:, place:) never does.
      if (!m.fields) for (const [id, score] of ctx.user.matchNotes(m.terms, m.prefix)) hits.set(id, (hits.get(id) ?? 0) + score);
      return restrict(hits, domain);
    }
    case 'tag':
      return restrict(asHits(ctx.user.tagged(m.name)), domain);
    case 'has':
      return restrict(asHits(ctx.user.having(m.what)), domain);
    case 'phrase': {
      // Candidates hold every word of the phrase somewhere; the text then decides.
      const words = [...new Set(m.terms)].map((term): Matcher => ({ kind: 'terms', terms: [term], prefix: false, ...(m.fields && { fields: m.fields }) }));
      return verifyPhrase(m.terms, m.fields, await runAnd(words, ctx, domain), ctx);
    }
    case 'filter': {
      const out: Hits = new Map();
      for (const id of (domain ?? ctx.rows).keys()) {
        const row = ctx.rows.get(id);
        if (row && m.test(row)) out.set(id, 0);
      }
      return out;
    }
    case 'not': {
      const excluded = await run(m.child, ctx, domain);
      const out: Hits = new Map();
      for (const id of (domain ?? ctx.rows).keys()) if (!excluded.has(id)) out.set(id, 0);
      return out;
    }
    case 'or': {
      const out: Hits = new Map();
      for (const child of m.children) {
        for (const [id, score] of await run(child, ctx, domain)) out.set(id, (out.get(id) ?? 0) + score);
      }
      return out;
    }
    case 'and':
      return runAnd(m.children, ctx, domain);
  }
}

// Cheap, selective parts first, so phrases and negations see the fewest candidates.
const COST: Record<Matcher['kind'], number> = { tag: 0, has: 0, terms: 0, or: 1, and: 1, filter: 2, phrase: 3, not: 4 };

function asHits(ids: ReadonlySet<string>): Hits {
  const hits: Hits = new Map();
  for (const id of ids) hits.set(id, 0);
  return hits;
}

async function runAnd(children: Matcher[], ctx: EvaluationContext, domain: Hits | null): Promise<Hits> {
  let acc: Hits | null = null;
  for (const child of [...children].sort((a, b) => COST[a.kind] - COST[b.kind])) {
    const part = await run(child, ctx, acc ?? domain);
    if (acc === null) acc = part;
    else for (const [id, score] of part) part.set(id, acc.get(id)! + score);
    acc = part;
    if (acc.size === 0) break;
  }
  return acc ?? new Map();
}

/** The hits (with their own scores) that are also in `domain`; all of them when it is null. */
function restrict(hits: Hits, domain: ReadonlyMap<string, unknown> | null): Hits {
  if (domain === null) return hits;
  const [small, large] = hits.size <= domain.size ? [hits, domain] : [domain, hits];
  const out: Hits = new Map();
  for (const id of small.keys()) if (large.has(id)) out.set(id, hits.get(id)!);
  return out;
}

/**
 * The candidates holding the phrase in one field or paragraph, by the index's positions,
 * or in the user's notes. No article text is read: checking thousands of candidates'
 * texts took most of a second at 100k articles.
 */
function verifyPhrase(terms: string[], fields: IndexField[] | undefined, candidates: Hits, ctx: EvaluationContext): Hits {
  const inIndex = ctx.index.phrase(terms, fields ?? INDEX_FIELDS, candidates.keys());
  const inNotes = !fields || fields.includes('body');
  const out: Hits = new Map();
  for (const [id, score] of candidates) {
    const note = inNotes ? ctx.user.noteText(id) : undefined;
    if (inIndex.has(id) || (note !== undefined && containsPhrase(note, terms))) out.set(id, score);
  }
  return out;
}

/** The analysed terms of `text` hold `terms` as a run. */
function containsPhrase(text: string, terms: readonly string[]): boolean {
  return phraseStarts(analyze(text).map((t) => t.term), terms).length > 0;
}

/** Token positions where `terms` start as a run in `sequence`. */
export function phraseStarts(sequence: readonly string[], terms: readonly string[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i + terms.length <= sequence.length; i++) {
    let j = 0;
    while (j < terms.length && sequence[i + j] === terms[j]) j++;
    if (j === terms.length) starts.push(i);
  }
  return starts;
}
