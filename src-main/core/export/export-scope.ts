// Which articles an export covers, in the dossier's order.
import type { ExportScope } from '../../contract/export';
import type { ArchiveSearch } from '../search/archive-search';
import type { StoredArticle } from '../store/catalogue';
import { compareForDossier } from './export-document';

/** What resolving a scope reads: article metadata by id, and every id a search matches. */
export interface ScopeArchive {
  meta(id: string): Pick<StoredArticle, 'id' | 'date' | 'title'> | undefined;
  searchIds: ArchiveSearch['ids'];
}

/** The article ids a scope covers, in date order (the dossier's order); ids the archive lacks are left out. */
export async function scopeIds(archive: ScopeArchive, scope: ExportScope): Promise<string[]> {
  const byDossier = (a: string, b: string): number => compareForDossier(archive.meta(a)!, archive.meta(b)!);
  if (scope.kind === 'ids') return scope.ids.filter((id) => archive.meta(id)).sort(byDossier);
  const args =
    scope.kind === 'tag'
      ? { query: '', filters: { tag: [scope.tag] } }
      : { query: scope.query, filters: scope.filters };
  // date-asc puts undated articles first; a dossier reads better with them after the dated ones.
  return (await archive.searchIds({ ...args, sort: 'date-asc' })).sort(byDossier);
}
