// The parsed query's shape (query.ts builds it, compile-query.ts analyses it).
import type { DispatchStatus } from '../../contract/records';
import type { MentionFacetName, QueryError } from '../../contract/search';

/** Fields matched as words: agency and place in the index, language and byline on the rows. */
export type FieldName = 'agency' | 'place' | 'language' | 'byline';

/** What `has:` asks of the user's work: highlights, an article note, tags. */
export const HAS_VALUES = ['annotations', 'note', 'tags'] as const;
export type HasValue = (typeof HAS_VALUES)[number];

export type QueryNode =
  | { kind: 'word'; text: string; prefix: boolean }
  | { kind: 'phrase'; text: string }
  | { kind: 'field'; field: FieldName; value: string }
  /** Inclusive bounds as `YYYY-MM-DD`-comparable strings; null for an open end. */
  | { kind: 'date'; from: string | null; to: string | null }
  | { kind: 'tag'; name: string }
  | { kind: 'has'; what: HasValue }
  /** `person:`, `org:`, `location:` (one type of name mentioned) and `mentions:` (any). */
  | { kind: 'mentions'; facets: MentionFacetName[]; value: string }
  | { kind: 'status'; status: DispatchStatus }
  /** A subject or keyword as typed; with `prefix`, any starting with it (`medtop:`, `medtop:2000*`). */
  | { kind: 'subject'; value: string; prefix: boolean }
  /** `has:versions`: stories the archive holds more than one version of. */
  | { kind: 'versions' }
  /** `thread:<id>`: every report of the thread named by its earliest report's id (store/story-threads.ts). */
  | { kind: 'thread'; id: string }
  /** `has:thread`: articles in a thread of two or more. */
  | { kind: 'threaded' }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode };

/** The parsed query, or null for one with nothing to search (list everything); or the error to show. */
export type ParsedQuery = { ok: true; node: QueryNode | null } | { ok: false; error: QueryError };
