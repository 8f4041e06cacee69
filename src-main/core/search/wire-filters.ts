// Tests on what agency copy states beyond a dispatch's common fields (issue 17): status,
// byline, subjects, versions. They run on the in-memory rows rather than the text index:
// these fields are short and most archives have few of them, so the index file keeps its
// format and an archive imported before issue 17 needs no re-indexing.
import type { DispatchStatus } from '../../contract/records';
import { analyzeTerms } from './index/analyzer';
import type { ArticleRow } from './compile-query';
import { phraseStarts } from './evaluate';

type RowTest = (row: ArticleRow) => boolean;

export function statusTest(status: DispatchStatus): RowTest {
  return (row) => row.status === status;
}

/** A story the archive holds more than one version of. */
export const hasVersions: RowTest = (row) => row.versionCount > 1;

// Bylines repeat (an agency's few reporters sign most of its copy), so each distinct one
// is analysed once rather than once per row per query. Cleared when full, as the analyser's cache is.
const bylineTerms = new Map<string, string[]>();
const CACHE_LIMIT = 50_000;

function cached<T>(cache: Map<string, T>, key: string, make: (key: string) => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, (value = make(key)));
  }
  return value;
}

/**
 * The byline holds the value's words, in order, as agency: and place: hold theirs:
 * analysed as the index analyses text, so case, diacritics and endings do not matter
 * (`byline:muller` finds "By Jörg Müller"). Null when the value has no words.
 */
export function bylineTest(value: string): RowTest | null {
  const wanted = analyzeTerms(value);
  if (wanted.length === 0) return null;
  return (row) =>
    row.byline !== undefined && phraseStarts(cached(bylineTerms, row.byline, analyzeTerms), wanted).length > 0;
}

// Codes and keywords come from a small vocabulary, so folding them is cached per value too.
const folded = new Map<string, string>();

/** Case and diacritics dropped, runs of spaces made one: `Politics`, `POLITICS` and `politics` are one keyword. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** One of the subjects is the value, or with `prefix` starts with it (`medtop:` is any medtop code). */
export function subjectTest(value: string, prefix: boolean): RowTest {
  const wanted = fold(value);
  const matches = prefix ? (s: string) => s.startsWith(wanted) : (s: string) => s === wanted;
  return (row) => row.subjects !== undefined && row.subjects.some((s) => matches(cached(folded, s, fold)));
}
