// What the index holds of an article, and the shapes its callers share: the fields,
// scores by id, the article table as saved, and a field's terms with their positions.
import { appendTerms } from './analyzer';
import type { FieldTokens } from './segment-build';

/** What the index reads of an article. */
export interface IndexDoc {
  id: string;
  title: string;
  /** The body's paragraphs: a phrase never runs from one into the next. */
  body: readonly string[];
  place: string;
  agency: string;
}

export type IndexField = 'title' | 'body' | 'place' | 'agency';
export const INDEX_FIELDS: readonly IndexField[] = ['title', 'body', 'place', 'agency'];

/** Article id → relevance score. */
export type Hits = Map<string, number>;

/** Where search lists an article: the facet table's positions. */
export interface PositionLookup {
  readonly size: number;
  positionOf(id: string): number | undefined;
}

/** The article table as saved beside the segments: article number → id and stamp (null: removed). */
export interface SavedDocs {
  ids: (string | null)[];
  stamps: (string | null)[];
}

/** One field's terms with positions; paragraphs are set apart by a gap so no phrase spans two. */
export function fieldTokens(texts: readonly string[]): FieldTokens {
  const terms: string[] = [];
  const positions: number[] = [];
  let next = 0;
  for (const text of texts) {
    const from = terms.length;
    appendTerms(text, terms);
    for (let i = from; i < terms.length; i++) positions.push(next++);
    next++;
  }
  return { terms, positions };
}

export const BODY = INDEX_FIELDS.indexOf('body');

export function fieldNumbers(fields: readonly IndexField[]): number[] {
  return fields.map((f) => INDEX_FIELDS.indexOf(f));
}

/** Article numbers and table positions, both ways (-1: none). */
export interface Placement {
  table: PositionLookup;
  version: number;
  positions: Int32Array;
  docs: Int32Array;
}
