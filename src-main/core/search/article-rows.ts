// The metadata search filters and counts on, one row per article, kept in memory.
import { sep } from 'node:path';
import type { StoredArticle } from '../store/catalogue';
import type { ArticleRow } from './compile-query';

/** Rows for every article of the catalogue, by id. */
export function buildRows(articles: Readonly<Record<string, StoredArticle>>, folders: readonly string[]): Map<string, ArticleRow> {
  const rows = new Map<string, ArticleRow>();
  const roots = sortRoots(folders);
  for (const a of Object.values(articles)) rows.set(a.id, toRow(a, roots));
  return rows;
}

export function toRow(a: StoredArticle, roots: readonly string[]): ArticleRow {
  return {
    id: a.id,
    title: a.title,
    date: a.date,
    language: a.language,
    agency: a.agency,
    place: a.place,
    folder: folderOf(a.sources[0]?.path, roots),
  };
}

/** Imported roots, longest first, so the first that contains a path is the deepest. */
export function sortRoots(folders: readonly string[]): string[] {
  return [...folders].sort((a, b) => b.length - a.length);
}

/** The deepest imported root holding `path`, or null. `roots` must come from sortRoots. */
export function folderOf(path: string | undefined, roots: readonly string[]): string | null {
  if (!path) return null;
  return roots.find((root) => path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) ?? null;
}
