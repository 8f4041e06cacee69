// The metadata search filters and counts on, one row per article, kept in memory.
import { sep } from 'node:path';
import type { StoredArticle } from '../store/catalogue';
import type { ArticleRow } from './compile-query';

/** Rows for every article of the catalogue, in the catalogue's order. */
export function buildRows(articles: Readonly<Record<string, StoredArticle>>, folders: readonly string[]): ArticleRow[] {
  const folderOfPath = folderFinder(folders);
  // One pass building plain rows: at 100k articles, a Map by id built on the way cost ~50 ms nobody used.
  return Object.values(articles).map((a) => ({
    id: a.id,
    title: a.title,
    date: a.date,
    language: a.language,
    agency: a.agency,
    place: a.place,
    folder: folderOfPath(a.sources[0]?.path),
  }));
}

/** folderOf for many paths: each root's prefix is built once, not once per path. */
function folderFinder(folders: readonly string[]): (path: string | undefined) => string | null {
  const roots = sortRoots(folders);
  const prefixes = roots.map((root) => (root.endsWith(sep) ? root : `${root}${sep}`));
  return (path) => {
    if (!path) return null;
    const i = prefixes.findIndex((prefix) => path.startsWith(prefix));
    return i < 0 ? null : roots[i]!;
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
