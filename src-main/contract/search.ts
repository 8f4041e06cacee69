// Types of search, facets and highlighting that cross IPC. Imports only the contract's own plain constants, like archive.ts.
import type { EntityType } from './entities';
import { LIST_SORTS, type ArticleSummary } from './archive';
import type { Timeline } from './timeline';

/**
 * Facets drawn from the catalogue. `period` values are a year (`2016`), a month (`2016-07`) or UNDATED;
 * `status` values are DISPATCH_STATUSES (an article whose source states none is `usable`).
 */
export const CATALOGUE_FACETS = ['folder', 'agency', 'place', 'language', 'period', 'status'] as const;
/**
 * Facets drawn from the user's own work. `tag` values are tag names; choosing `syria`
 * takes in `syria/aleppo` too. `annotated` values are ANNOTATED_YES / ANNOTATED_NO.
 */
export const USER_FACETS = ['tag', 'annotated'] as const;
/**
 * Facets of the names an article mentions (issue 19): `person`, `org`, and `location` for
 * places mentioned, apart from `place`, the dateline's. An article has any number of each.
 */
export const MENTION_FACETS = ['person', 'org', 'location'] as const;
/** The facet that lists each type of name. */
export const MENTION_FACET_OF = { person: 'person', org: 'org', place: 'location' } as const satisfies Record<
  EntityType,
  MentionFacetName
>;
/** The facets the sidebar shows. */
export const FACET_NAMES = [...CATALOGUE_FACETS, ...USER_FACETS, ...MENTION_FACETS] as const;
export type FacetName = (typeof FACET_NAMES)[number];
export type CatalogueFacetName = (typeof CATALOGUE_FACETS)[number];
export type UserFacetName = (typeof USER_FACETS)[number];
export type MentionFacetName = (typeof MENTION_FACETS)[number];

/** `annotated` facet values: the article has highlights or an article note, or has neither. */
export const ANNOTATED_YES = 'yes';
export const ANNOTATED_NO = 'no';

/** The `period` value of articles whose source states no date, so they can be found too. */
export const UNDATED = 'undated';

/**
 * Selected facet values. Values within one facet combine with OR, facets with each
 * other (and with the query) with AND.
 */
export type FacetFilters = Partial<Record<FacetName, string[]>> & {
  /** The timeline's brushed range, `YYYY-MM-DD..YYYY-MM-DD` (contract/timeline.ts DATE_RANGE); ANDed like a facet. */
  date?: string;
};

export interface FacetCount {
  value: string;
  count: number;
  /** For an agency or place the gazetteer knows, `value` is its id (`place/damascus`) and these are its names by UI language. */
  labels?: { en: string; ru: string; ar: string };
  /** The spellings of it the archive holds (`Damascus`, `Дамаск`, `دمشق`), for a hover title. */
  spellings?: string[];
}

/**
 * Counts per facet value over the current results. A facet's own selection is left
 * out of its counts (the other facets and the query still apply), so choosing a
 * second value in the same facet stays possible. `period` holds years and months.
 */
export type Facets = Record<FacetName, FacetCount[]>;

/** Search orders: relevance, then the list's own. */
export const SEARCH_SORTS = ['relevance', ...LIST_SORTS] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** A half-open character range `[start, end)` in a string. */
export type Range = [number, number];

export interface SearchHit extends ArticleSummary {
  /** Relevance score; 0 when there is no text query. */
  score: number;
  /** Ranges of query hits in `title`. */
  titleHits: Range[];
  /** Ranges of query hits in `snippet` (the snippet is cut around the first body hit). */
  snippetHits: Range[];
  /**
   * Set on a first page's rows past the first screen whose snippet is not cut yet: they
   * carry the stored opening and no marks (`titleHits`, `snippetHits` empty), and
   * archive:searchSnippets brings the cut snippet and the marks (issue 20).
   */
  snippetPending?: true;
}

/** A row's snippet (cut around its first body hit, else its stored opening) and the marks of its headline and snippet. */
export type SearchSnippet = Pick<SearchHit, 'snippet' | 'snippetHits' | 'titleHits'>;

/** What archive:searchSnippets answers, aligned with the ids; null for an id the archive does not list. */
export interface SearchSnippets {
  snippets: (SearchSnippet | null)[];
}

/** The ids of a page's rows whose snippets are still to come (`snippetPending`): what archive:searchSnippets is asked. */
export function pendingSnippetIds(rows: readonly SearchHit[]): string[] {
  return rows.filter((hit) => hit.snippetPending).map((hit) => hit.id);
}

/** The rows with archive:searchSnippets' answer for `ids` put in, those rows no longer pending. */
export function withSnippets(rows: readonly SearchHit[], ids: readonly string[], answer: SearchSnippets): SearchHit[] {
  const cut = new Map(ids.map((id, i) => [id, answer.snippets[i]]));
  return rows.map((hit) => {
    if (!hit.snippetPending || !cut.has(hit.id)) return hit;
    const { snippetPending: _, ...rest } = hit;
    return { ...rest, ...cut.get(hit.id) };
  });
}

/** Why a query could not be parsed. The renderer words each code from its message files. */
export const QUERY_ERROR_CODES = [
  'unclosed-quote',
  'unclosed-field-quote',
  'field-needs-value',
  'stray-closing-bracket',
  'unclosed-bracket',
  'or-needs-terms',
  'and-needs-terms',
  'prefix-too-short',
  'date-invalid',
  'date-reversed',
  'has-invalid',
  'status-invalid',
] as const;
export type QueryErrorCode = (typeof QUERY_ERROR_CODES)[number];

export interface QueryError {
  code: QueryErrorCode;
  /** The part of the query at fault: a field name, a date value, a prefix; '' when none. */
  detail: string;
  /** The same in English, for the CLI and logs. */
  message: string;
}

export interface SearchPage {
  total: number;
  offset: number;
  items: SearchHit[];
  facets: Facets;
  /** Set when the query could not be parsed; the page is then empty. */
  queryError: QueryError | null;
  /**
   * The results by day, counted in the same pass as the facets; the brushed range does
   * not narrow it. Null on the pages after the first (offset > 0): it is the same
   * search's, and over years of dispatches it is thousands of days to send with every page.
   */
  timeline: Timeline | null;
  /**
   * True when `facets` are empty and `timeline` null because counting them over this many
   * hits would hold the page back: archive:searchCounts with the same query brings them.
   * `total` is exact either way. Absent (false) when they came with the page.
   */
  countsPending?: boolean;
}

/** Where the query hits an article's text, for the reader to mark and step through. */
export interface ArticleHighlights {
  title: Range[];
  /** One list per paragraph, in paragraph order. */
  paragraphs: Range[][];
  related: { title: Range[]; excerpt: Range[] }[];
}

/** Every facet with no values: what a page carries while its counts are still to come (`countsPending`). */
export const NO_FACET_COUNTS: Facets = Object.fromEntries(FACET_NAMES.map((name) => [name, []])) as unknown as Facets;

/**
 * What archive:searchCounts answers: the facet counts and the timeline of the search a
 * page said `countsPending` for, counted after that page was sent (issue 20).
 */
export interface SearchCounts {
  total: number;
  facets: Facets;
  timeline: Timeline;
}

/** Any facet value or a brushed range selected. */
export function narrows(filters: FacetFilters): boolean {
  return Object.values(filters).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined));
}

/** Every story, each once: no query, no filter, no brushed range, threads not collapsed; its total is the archive's story count. */
export function isPlainList(args: { query: string; filters: FacetFilters; collapseThreads?: boolean }): boolean {
  return args.query.trim() === '' && !narrows(args.filters) && !args.collapseThreads;
}
