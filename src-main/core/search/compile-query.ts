// A parsed query, analysed: words become index terms, filters become tests on an
// article's metadata. Also collects what to highlight: the words the query looks for.
import type { DispatchStatus } from '../../contract/records';
import { entityForField, isNamedField, type NamedField } from '../names';
import type { StoredMentions } from '../record-entities';
import { analyze, normalizeWord, stemNormalized } from './index/analyzer';
import type { MentionFacetName } from '../../contract/search';
import type { FieldName, HasValue, QueryNode } from './query-tree';
import type { IndexField } from './index/search-index';
import { bylineTest, hasVersions, statusTest, subjectTest } from './wire-filters';

export interface ArticleRow {
  id: string;
  title: string;
  date: string | null;
  language: string;
  agency: string | null;
  place: string | null;
  folder: string | null;
  /** As the agency states it; `usable` when it says nothing. */
  status: DispatchStatus;
  /** How many versions its story has in the archive: 1 for most articles. */
  versionCount: number;
  byline?: string;
  /** Subject codes and keywords as the source gives them. */
  subjects?: readonly string[];
  /** The id of its story thread (store/story-threads.ts); absent when it is in none. */
  threadId?: string;
  /** The names the article mentions (issue 19), as the catalogue stores them. */
  entities?: StoredMentions;
}

export type Matcher =
  /** Any of `terms` (a word; a prefix word's normalised and stemmed forms), in `fields` or all. */
  | { kind: 'terms'; terms: string[]; prefix: boolean; fields?: IndexField[] }
  /** The terms next to each other, in order, within one field or paragraph. */
  | { kind: 'phrase'; terms: string[]; fields?: IndexField[] }
  /** `threads` marks a test of the rows' threads, which wait for the thread index (see readsThreads). */
  | {
      kind: 'filter';
      test: (row: ArticleRow) => boolean;
      threads?: true;
      /** The same test as a facet value's rows, which evaluate.ts reads instead of testing each row. */
      facet?: { name: NamedField; value: string };
    }
  /** Articles carrying the user's tag `name` or one under it. */
  | { kind: 'tag'; name: string }
  /** Articles with that kind of user work. */
  | { kind: 'has'; what: HasValue }
  /** Articles mentioning a name of these types that holds the value's words (mention-columns.ts). */
  | { kind: 'mentions'; facets: MentionFacetName[]; value: string }
  | { kind: 'and'; children: Matcher[] }
  | { kind: 'or'; children: Matcher[] }
  | { kind: 'not'; child: Matcher };

/** The query's positive words, to mark in a text. */
export interface HighlightTerms {
  terms: Set<string>;
  /** Prefix words: a token matches when its term or its normalised form starts with one of these. */
  prefixes: string[];
  phrases: string[][];
}

function emptyHighlightTerms(): HighlightTerms {
  return { terms: new Set(), prefixes: [], phrases: [] };
}

/** The matcher for a query (null: it matches everything) and the words it highlights. */
export function compileQuery(node: QueryNode | null): { matcher: Matcher | null; highlight: HighlightTerms } {
  const highlight = emptyHighlightTerms();
  return { matcher: node ? compile(node, highlight, true) : null, highlight };
}

function compile(node: QueryNode, hl: HighlightTerms, positive: boolean): Matcher | null {
  switch (node.kind) {
    case 'word':
      return wordMatcher(node.text, node.prefix, positive ? hl : null);
    case 'phrase':
      return termsMatcher(
        analyze(node.text).map((t) => t.term),
        positive ? hl : null,
      );
    case 'field':
      return fieldMatcher(node.field, node.value);
    case 'date': {
      const { from, to } = node;
      return {
        kind: 'filter',
        test: (row) => row.date !== null && (from === null || row.date >= from) && (to === null || row.date <= to),
      };
    }
    case 'tag':
    case 'has':
    case 'mentions':
      return node;
    case 'status':
      return { kind: 'filter', test: statusTest(node.status) };
    case 'subject':
      return { kind: 'filter', test: subjectTest(node.value, node.prefix) };
    case 'versions':
      return { kind: 'filter', test: hasVersions };
    case 'thread': {
      const id = node.id;
      return { kind: 'filter', test: (row) => row.threadId === id, threads: true };
    }
    case 'threaded':
      return { kind: 'filter', test: (row) => row.threadId !== undefined, threads: true };
    case 'not': {
      const child = compile(node.child, hl, !positive);
      return child && { kind: 'not', child };
    }
    case 'and':
    case 'or': {
      const children = node.children.map((c) => compile(c, hl, positive)).filter((c): c is Matcher => c !== null);
      return children.length > 1 ? { kind: node.kind, children } : (children[0] ?? null);
    }
  }
}

/** One typed word. A word the analyser splits (по-прежнему, COVID-19) is a phrase. */
function wordMatcher(text: string, prefix: boolean, hl: HighlightTerms | null): Matcher | null {
  const tokens = analyze(text);
  if (!prefix || tokens.length === 0)
    return termsMatcher(
      tokens.map((t) => t.term),
      hl,
    );
  const last = tokens.at(-1)!;
  // Terms are stems, so `running*` must also try `run*`; the normalised form covers a
  // stem that is not a prefix of the word (Arabic وزي* whose و the stemmer would drop).
  const alternatives = [...new Set([last.norm, stemNormalized(last.norm)])].filter(Boolean);
  hl?.prefixes.push(...alternatives);
  const head = tokens.slice(0, -1).map((t): Matcher => ({ kind: 'terms', terms: [t.term], prefix: false }));
  for (const t of tokens.slice(0, -1)) hl?.terms.add(t.term);
  const tail: Matcher = { kind: 'terms', terms: alternatives, prefix: true };
  return head.length ? { kind: 'and', children: [...head, tail] } : tail;
}

function termsMatcher(terms: string[], hl: HighlightTerms | null, fields?: IndexField[]): Matcher | null {
  if (terms.length === 0) return null;
  if (terms.length === 1) {
    hl?.terms.add(terms[0]!);
    return { kind: 'terms', terms, prefix: false, ...(fields && { fields }) };
  }
  hl?.phrases.push(terms);
  return { kind: 'phrase', terms, ...(fields && { fields }) };
}

function fieldMatcher(field: FieldName, value: string): Matcher | null {
  if (field === 'language') {
    const code = normalizeWord(value);
    return { kind: 'filter', test: (row) => row.language === code };
  }
  if (field === 'byline') {
    const test = bylineTest(value);
    return test && { kind: 'filter', test };
  }
  const words = termsMatcher(
    analyze(value).map((t) => t.term),
    null,
    [field],
  );
  return isNamedField(field) ? withEntity(field, value, words) : words;
}

/**
 * `place:Damascus` also finds the articles filed from Дамаск and دمشق: those whose field
 * names the same gazetteer entity (core/names). A name the gazetteer does not know
 * searches the words alone, as before.
 */
function withEntity(field: 'agency' | 'place', value: string, words: Matcher | null): Matcher | null {
  const id = entityForField(field, value)?.id;
  if (!id) return words;
  const same: Matcher = {
    kind: 'filter',
    test: (row) => row[field] !== null && entityForField(field, row[field])?.id === id,
    facet: { name: field, value: id },
  };
  return words ? { kind: 'or', children: [words, same] } : same;
}

/** Whether the matcher tests the rows' threads, which are built after open (store/thread-build.ts). */
export function readsThreads(matcher: Matcher): boolean {
  switch (matcher.kind) {
    case 'filter':
      return matcher.threads === true;
    case 'not':
      return readsThreads(matcher.child);
    case 'and':
    case 'or':
      return matcher.children.some(readsThreads);
    default:
      return false;
  }
}
