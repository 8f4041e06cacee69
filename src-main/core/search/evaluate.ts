// Runs a compiled query: index look-ups combined as sets, metadata tests as filters,
// phrases checked against the index's positions last, on the few candidates left.
import type { CatalogueFacetName } from '../../contract/search';
import { keepListed } from './column-postings';
import { analyze } from './index/analyzer';
import type { ArticleRow, Matcher } from './compile-query';
import type { HasValue } from './query-tree';
import type { MentionLookup } from './mention-columns';
import { everything, fromIds, intersect, NO_MATCHES, union, unscored, without, type Matches } from './index/matches';
import { INDEX_FIELDS, type Hits, type IndexField, type PositionLookup, type SearchIndex } from './index/search-index';

/** What search sees of the user's work: tags, kinds of work, and the words of notes. */
export interface UserLookup {
  /** Articles carrying tag `name` or a tag under it. */
  tagged(name: string): ReadonlySet<string>;
  having(what: HasValue): ReadonlySet<string>;
  /** Articles whose highlight notes or article note hold any of `terms` (analysed). */
  matchNotes(terms: readonly string[], prefix: boolean): Hits;
  /** The article's notes as one text, for phrase checks. */
  noteText(id: string): string | undefined;
  /** Changes whenever the work does; without it, the sets' positions are not kept between searches. */
  readonly generation?: number;
}

/** The articles search lists, at fixed positions (the facet table's). */
export interface ArticleTable extends PositionLookup {
  idAt(position: number): string;
}

export interface EvaluationContext {
  index: SearchIndex;
  table: ArticleTable;
  /** Every article's metadata, by table position: the universe a negation or a bare filter starts from. */
  rows: readonly ArticleRow[];
  user: UserLookup;
  /** The names articles mention; without it, `person:` and the like match nothing. */
  mentions?: MentionLookup;
  /** A catalogue facet value's rows, ascending (facets.ts: positionsWith); without it, filters test each row. */
  facetRows?: (name: CatalogueFacetName, value: string) => Int32Array;
}

/** Matching articles with their scores; each one's score is the sum of its matching words'. */
export function evaluate(matcher: Matcher, ctx: EvaluationContext): Promise<Matches> {
  return run(matcher, ctx, null);
}

// `domain` narrows the answer to articles already known to match (the rest of an AND);
// null means every article. The result holds this matcher's own scores. An import may
// index articles that the table does not list yet: they match nothing until it does.
async function run(m: Matcher, ctx: EvaluationContext, domain: Matches | null): Promise<Matches> {
  const positionOf = (id: string): number | undefined => ctx.table.positionOf(id);
  switch (m.kind) {
    case 'terms': {
      // Within an AND's domain only its articles are scored: a full pass scored every posting (issue 20).
      let hits = ctx.index.matchIn(ctx.table, m.terms, m.prefix, m.fields, domain?.positions);
      // A plain word also finds the user's notes; a field (agency:, place:) never does.
      const notes = m.fields ? null : ctx.user.matchNotes(m.terms, m.prefix);
      if (notes?.size) hits = union(hits, fromIds(notes, positionOf));
      return restrict(hits, domain);
    }
    case 'tag':
      return restrict(placedSet(ctx, ctx.user.tagged(m.name)), domain);
    case 'has':
      return restrict(placedSet(ctx, ctx.user.having(m.what)), domain);
    case 'mentions':
      return restrict(unscored(ctx.mentions?.mentioning(m.facets, m.value) ?? new Int32Array(0)), domain);
    case 'phrase': {
      // Candidates hold every word of the phrase somewhere; the positions then decide.
      const words = [...new Set(m.terms)].map((term): Matcher => ({
        kind: 'terms',
        terms: [term],
        prefix: false,
        ...(m.fields && { fields: m.fields }),
      }));
      return verifyPhrase(m.terms, m.fields, await runAnd(words, ctx, domain), ctx);
    }
    case 'filter':
      // Unscored as a filter's rows are: runAnd adds the domain's scores itself.
      if (m.facet && ctx.facetRows)
        return unscored(keepListed(domain, ctx.facetRows(m.facet.name, m.facet.value)).positions);
      return filter(domain?.positions ?? null, ctx.rows, m.test);
    case 'not':
      return without(domain ?? everything(ctx.rows.length), await run(m.child, ctx, domain));
    case 'or': {
      let out = NO_MATCHES;
      for (const child of m.children) out = union(out, await run(child, ctx, domain));
      return out;
    }
    case 'and':
      return runAnd(m.children, ctx, domain);
  }
}

// Positions of the user's sets, kept while the work and the table are unchanged: `tag:bench`
// in the 100k bench holds 30,000 ids, 10-20 ms to place, and each sort or facet click of the
// same search asked again (issue 20). Keyed by the set itself, which the work updates in place.
const placedSets = new WeakMap<ReadonlySet<string>, { generation: number; table: ArticleTable; matches: Matches }>();

function placedSet(ctx: EvaluationContext, ids: ReadonlySet<string>): Matches {
  const { generation } = ctx.user;
  const known = placedSets.get(ids);
  if (generation !== undefined && known?.generation === generation && known.table === ctx.table) return known.matches;
  const matches = fromIds(ids, (id) => ctx.table.positionOf(id));
  if (generation !== undefined) placedSets.set(ids, { generation, table: ctx.table, matches });
  return matches;
}

function filter(domain: Int32Array | null, rows: readonly ArticleRow[], test: (row: ArticleRow) => boolean): Matches {
  const size = domain?.length ?? rows.length;
  const positions = new Int32Array(size);
  let n = 0;
  for (let i = 0; i < size; i++) {
    const p = domain ? domain[i]! : i;
    if (test(rows[p]!)) positions[n++] = p;
  }
  return unscored(positions.subarray(0, n));
}

// Cheap, selective parts first, so phrases and negations see the fewest candidates.
const COST: Record<Matcher['kind'], number> = {
  tag: 0,
  has: 0,
  terms: 0,
  mentions: 1,
  or: 1,
  and: 1,
  filter: 2,
  phrase: 3,
  not: 4,
};

async function runAnd(children: Matcher[], ctx: EvaluationContext, domain: Matches | null): Promise<Matches> {
  let acc: Matches | null = null;
  for (const child of rarerFirst(
    [...children].sort((a, b) => COST[a.kind] - COST[b.kind]),
    ctx,
  )) {
    // Each part is evaluated within the parts before it, so it is a subset of them: adding their scores is all that is left.
    const part: Matches = await run(child, ctx, acc ?? domain);
    acc = acc === null ? part : intersect(part, acc, true);
    if (acc.positions.length === 0) break;
  }
  return acc ?? NO_MATCHES;
}

/**
 * Two plain words, the rarer first: the other is then scored only within its articles
 * (`chemical attack`, `"Security Council"`: issue 20). Only for two, as their scores sum
 * to the same either way round; three would not (float addition does not associate),
 * and results must stay as they were (bench/search-compare.ts).
 */
function rarerFirst(parts: Matcher[], ctx: EvaluationContext): Matcher[] {
  const [a, b] = parts;
  if (parts.length !== 2 || a?.kind !== 'terms' || b?.kind !== 'terms' || a.prefix || b.prefix) return parts;
  const size = (m: typeof a): number => m.terms.reduce((n, t) => n + ctx.index.postingCount(t, m.fields), 0);
  return size(b) < size(a) ? [b, a] : parts;
}

/** The hits (with their own scores) that are also in `domain`; all of them when it is null. */
function restrict(hits: Matches, domain: Matches | null): Matches {
  return domain === null ? hits : intersect(hits, domain, false);
}

/**
 * The candidates holding the phrase in one field or paragraph, by the index's positions,
 * or in the user's notes. No article text is read: checking thousands of candidates'
 * texts took most of a second at 100k articles.
 */
function verifyPhrase(
  terms: string[],
  fields: IndexField[] | undefined,
  candidates: Matches,
  ctx: EvaluationContext,
): Matches {
  const inIndex = ctx.index.phraseIn(ctx.table, terms, fields ?? INDEX_FIELDS, candidates.positions);
  const inNotes = !fields || fields.includes('body');
  // Both ascending: one merge finds which candidates the index kept.
  let j = 0;
  const keep = candidates.positions.map((p) => {
    while (j < inIndex.length && inIndex[j]! < p) j++;
    if (inIndex[j] === p) return 1;
    const note = inNotes ? ctx.user.noteText(ctx.table.idAt(p)) : undefined;
    return note !== undefined && containsPhrase(note, terms) ? 1 : 0;
  });
  return {
    positions: candidates.positions.filter((_, i) => keep[i] === 1),
    scores: candidates.scores.filter((_, i) => keep[i] === 1),
  };
}

/** The analysed terms of `text` hold `terms` as a run. */
function containsPhrase(text: string, terms: readonly string[]): boolean {
  return (
    phraseStarts(
      analyze(text).map((t) => t.term),
      terms,
    ).length > 0
  );
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
