// Facet filtering and counting in one pass over the articles that match the query.
// Every facet value is interned to a small integer when the table is built, so a pass
// over 100,000 articles is array reads and counter increments: a few milliseconds,
// where counting in Maps of strings took 70–140 ms.
import { DISPATCH_STATUSES } from '../../contract/archive';
import {
  ANNOTATED_YES,
  CATALOGUE_FACETS,
  MENTION_FACETS,
  type CatalogueFacetName,
  NO_FACET_COUNTS,
  UNDATED,
  type FacetCount,
  type FacetFilters,
  type Facets,
} from '../../contract/search';
import { NO_TIMELINE, type Timeline } from '../../contract/timeline';
import { compareTagNames } from '../tags/tag-tree';
import type { ArticleRow } from './compile-query';
import { DayColumn, dayNumbers } from './day-column';
import { everything, type Matches } from './index/matches';
import { FacetColumn, type FacetColumnLike } from './facet-column';
import { MentionColumns } from './mention-columns';
import { ColumnPostings, keepListed } from './column-postings';

export type { FacetColumnLike } from './facet-column';

// Places and agencies can run into thousands at 100k articles; the sidebar shows the
// commonest. Selected values are always listed, so they can be unselected.
export const MAX_FACET_VALUES = 200;

export interface FacetOutcome {
  /** Table positions of the query's matches that pass every selected facet. */
  positions: Int32Array;
  /** Each one's score, aligned with `positions`; 0 without a text query. */
  scores: Float64Array;
  facets: Facets;
  /** The results by day, before the brushed range (filters.date) narrows them, so the chart keeps its context. */
  timeline: Timeline;
}

/**
 * Every article at a fixed position, with its facet values: built once per change of the
 * archive. Results are kept as positions from here on, so sorting and paging 50,000 hits
 * works on typed arrays rather than Maps of ids.
 */
export class FacetTable {
  readonly #ids: string[];
  /** Built on the first lookup: the list's first page needs none, and at 100k it costs 30-90 ms. */
  #position: Map<string, number> | null = null;
  readonly #rows: readonly ArticleRow[];
  readonly #catalogueColumns: FacetColumn[];
  #mentions: MentionColumns | null = null;
  readonly #days: DayColumn;
  /** Per catalogue column, its values' positions: built on the first filter by it (column-postings.ts). */
  readonly #postings = new Map<string, ColumnPostings>();

  constructor(rows: Iterable<ArticleRow>) {
    const list = [...rows];
    this.#rows = list;
    this.#ids = list.map((r) => r.id);
    this.#catalogueColumns = CATALOGUE_FACETS.map((name) => new FacetColumn(name, list));
    this.#days = new DayColumn(list);
  }

  /**
   * The names articles mention (issue 19): facets with many values per article, and
   * `person:` search. Built on first use: at 100,000 articles they took 360 ms of the
   * 650 ms of the tables, and the list's first page needs none of them (issue 20);
   * ArchiveSearch builds them once the index is open, before anyone asks.
   */
  get mentions(): MentionColumns {
    this.buildMentions();
    return this.#mentions!;
  }

  buildMentions(): void {
    this.#mentions ??= new MentionColumns(this.#rows);
  }

  /** The columns a pass reads: without counts, the mention columns only when a mention facet is selected. */
  #columns(filters: FacetFilters, count: boolean): FacetColumnLike[] {
    const needsMentions = count || MENTION_FACETS.some((name) => filters[name]?.length);
    return needsMentions ? [...this.#catalogueColumns, ...this.mentions.columns] : this.#catalogueColumns;
  }

  get size(): number {
    return this.#ids.length;
  }

  idAt(position: number): string {
    return this.#ids[position]!;
  }

  positionOf(id: string): number | undefined {
    this.#position ??= new Map(this.#ids.map((id, r) => [id, r]));
    return this.#position.get(id);
  }

  /**
   * Values combine with OR within a facet and with AND across facets. Each facet's
   * counts leave out its own selection (disjunctive faceting): an article counts for
   * facet F when it passes every other facet's selection, so picking a second value of
   * F stays possible and shows how many articles it would add. `matching` null: all.
   * `extra` are the facets of the user's work (tags, annotated), built over this table.
   * The brushed range `filters.date` is one more such test, and the day counts leave it
   * out like a facet its own selection; an invalid range matches nothing.
   */
  select(matching: Matches | null, filters: FacetFilters, extra: readonly FacetColumnLike[] = []): FacetOutcome {
    return this.#pass(matching, filters, extra, true);
  }

  /**
   * The matches that pass every selected facet and the brushed range, without counting:
   * what a results page needs. Counting every facet over 50,000 hits cost more than the
   * rest of a search (archive-search.ts defers it); the tests alone are array reads.
   */
  filter(matching: Matches | null, filters: FacetFilters, extra: readonly FacetColumnLike[] = []): Matches {
    const active = [...this.#columns(filters, false), ...extra].some((c) => filters[c.name]?.length);
    if (!active && filters.date === undefined) return matching ?? everything(this.size);
    const listed = this.#byPostings(matching, filters, extra);
    if (listed) return listed;
    const { positions, scores } = this.#pass(matching, filters, extra, false);
    return { positions, scores };
  }

  /**
   * The rows of the values `name` holds `value` under (an entity id or a spelling, as a
   * facet link sends it), ascending: `place:Damascus` finds its gazetteer entity's rows so.
   */
  positionsWith(name: CatalogueFacetName, value: string): Int32Array {
    const f = CATALOGUE_FACETS.indexOf(name);
    return this.#postingsOf(f).selected(this.#catalogueColumns[f]!.selection([value])!);
  }

  /**
   * Builds the lists of the facets filtered most, and behind `place:`/`agency:`, before a
   * search needs them (warm-search.ts): ~2 MB at 100k, ~20 MB at 1M; folder and status on first use.
   */
  preparePostings(): void {
    for (const name of ['language', 'period', 'agency', 'place'] as const)
      this.#postingsOf(CATALOGUE_FACETS.indexOf(name));
  }

  #postingsOf(f: number): ColumnPostings {
    const column = this.#catalogueColumns[f]!;
    let postings = this.#postings.get(column.name);
    if (!postings) this.#postings.set(column.name, (postings = new ColumnPostings(column)));
    return postings;
  }

  /**
   * filter() when only catalogue facets are selected and no range is brushed: the
   * selected values' rows merged with the matches, the same rows #pass keeps, in the same
   * order with the same scores. Null when a user, mention or date filter needs the pass.
   */
  #byPostings(matching: Matches | null, filters: FacetFilters, extra: readonly FacetColumnLike[]): Matches | null {
    if (filters.date !== undefined) return null;
    // The mention columns are named by MENTION_FACETS, built or not.
    if (extra.some((c) => filters[c.name]?.length) || MENTION_FACETS.some((name) => filters[name]?.length)) return null;
    let out = matching;
    this.#catalogueColumns.forEach((column, f) => {
      const selection = column.selection(filters[column.name]);
      if (selection) out = keepListed(out, this.#postingsOf(f).selected(selection));
    });
    return out ?? everything(this.size);
  }

  #pass(
    matching: Matches | null,
    filters: FacetFilters,
    extra: readonly FacetColumnLike[],
    count: boolean,
  ): FacetOutcome {
    const columns = [...this.#columns(filters, count), ...extra];
    const selected = columns.map((c) => c.selection(filters[c.name]));
    const counts = columns.map((c) => new Int32Array(c.values.length));
    const range = dayNumbers(filters.date);
    const RANGE = selected.length;
    const dayCounts = this.#days.counters();
    const positions = new Int32Array(matching?.positions.length ?? this.size);
    const scores = new Float64Array(positions.length);
    let kept = 0;
    const visit = (r: number, score: number): void => {
      let failed = -1;
      for (let f = 0; f < selected.length; f++) {
        const sel = selected[f];
        if (!sel || columns[f]!.passes(r, sel)) continue;
        if (failed >= 0) return; // fails two facets: counts for none
        failed = f;
      }
      if (range !== null && (range === 'invalid' || !this.#days.within(r, range))) {
        if (failed >= 0) return;
        failed = RANGE;
      }
      if (failed < 0) {
        positions[kept] = r;
        scores[kept++] = score;
      }
      if (!count) return;
      for (let f = 0; f < selected.length; f++) if (failed < 0 || f === failed) columns[f]!.count(r, counts[f]!);
      if (failed < 0 || failed === RANGE) this.#days.count(r, dayCounts);
    };
    if (matching === null) for (let r = 0; r < this.size; r++) visit(r, 0);
    else for (let i = 0; i < matching.positions.length; i++) visit(matching.positions[i]!, matching.scores[i]!);
    if (!count)
      return {
        positions: positions.subarray(0, kept),
        scores: scores.subarray(0, kept),
        facets: NO_FACET_COUNTS,
        timeline: NO_TIMELINE,
      };
    const facets = Object.fromEntries(
      columns.map((c, f) => [c.name, listValues(c, counts[f]!, filters[c.name] ?? [])]),
    ) as Facets;
    for (const name of ['tag', 'annotated'] as const) facets[name] ??= [];
    const timeline = this.#days.timeline(dayCounts);
    return { positions: positions.subarray(0, kept), scores: scores.subarray(0, kept), facets, timeline };
  }
}

// Periods run newest first, years before their months, undated last; statuses in their
// own order, so Usable stays first and Canceled last as counts change; the rest commonest first.
// The sidebar draws tags as a tree, so every tag in the results comes, parents before children.
const MAX_TAG_VALUES = 5000;

function listValues(column: FacetColumnLike, counts: Int32Array, selected: readonly string[]): FacetCount[] {
  const chosen = column.selection(selected) ?? new Uint8Array(column.values.length);
  const all: (FacetCount & { chosen: boolean })[] = [];
  // A plain loop over the counters: the mention columns hold tens of thousands of names at
  // 100k, and a callback per value cost ~1 ms of every search that counted (issue 20).
  for (let code = 0; code < counts.length; code++) {
    if (counts[code] === 0 && chosen[code] === 0) continue;
    const value = column.values[code]!;
    all.push({ value, count: counts[code]!, chosen: chosen[code] === 1, ...column.describe?.(code) });
  }
  // A selected value the archive does not hold (an old link, say) stays listed, so it can be unselected.
  for (const value of selected)
    if (!column.selection([value])!.includes(1)) all.push({ value, count: 0, chosen: true });
  const plain = (list: typeof all): FacetCount[] =>
    list.map(({ value, count, labels, spellings }) => ({ value, count, ...(labels && { labels, spellings }) }));
  if (column.name === 'period') return plain(all.sort((a, b) => byPeriod(a.value, b.value)));
  if (column.name === 'tag')
    return plain(all.sort((a, b) => compareTagNames(a.value, b.value)).slice(0, MAX_TAG_VALUES));
  if (column.name === 'status') return plain(all.sort((a, b) => statusRank(a.value) - statusRank(b.value)));
  if (column.name === 'annotated')
    return plain(all.sort((a, b) => Number(b.value === ANNOTATED_YES) - Number(a.value === ANNOTATED_YES)));
  // Code-point order between equal counts: localeCompare over thousands of places costs tens of ms.
  all.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return plain([...all.slice(0, MAX_FACET_VALUES), ...all.slice(MAX_FACET_VALUES).filter((c) => c.chosen)]);
}

/** Place in DISPATCH_STATUSES; a value that is none of them (an old link, say) last. */
function statusRank(value: string): number {
  const rank = (DISPATCH_STATUSES as readonly string[]).indexOf(value);
  return rank < 0 ? DISPATCH_STATUSES.length : rank;
}

function byPeriod(a: string, b: string): number {
  if (a === UNDATED || b === UNDATED) return (a === UNDATED ? 1 : 0) - (b === UNDATED ? 1 : 0);
  const year = b.slice(0, 4).localeCompare(a.slice(0, 4));
  if (year !== 0) return year;
  if (a.length !== b.length) return a.length - b.length;
  return b.localeCompare(a);
}
