// Which articles an export covers, in the dossier's order. A story the agency withdrew
// (killed or cancelled) stays out unless the user asks for it: reprinting killed copy is
// the mistake a kill notice exists to prevent. A search or a tag exports each story once,
// as its newest version there; chosen ids are exported exactly as chosen.
import type { ExportScope } from '../../contract/export';
import type { ArchiveSearch } from '../search/archive-search';
import type { StoredArticle } from '../store/catalogue';
import { compareForDossier } from './export-document';

/** What resolving a scope reads: article metadata by id, the versions of a story, and every id a search matches. */
export interface ScopeArchive {
  meta(id: string): Pick<StoredArticle, 'id' | 'date' | 'title' | 'status'> | undefined;
  /** Every version of the article's story, oldest first; undefined when it has no other (story-versions.ts). */
  versionsOf(id: string): readonly string[] | undefined;
  searchIds: ArchiveSearch['ids'];
}

export interface ExportSelection {
  /** In date order (the dossier's order); ids the archive lacks are left out. */
  ids: string[];
  /** Those of `ids` to print as withdrawn: the user asked for withdrawn stories, and these are. */
  withdrawn: ReadonlySet<string>;
  /** Withdrawn stories the scope matched and the export leaves out. */
  withdrawnLeftOut: number;
}

export interface SelectOptions {
  includeWithdrawn: boolean;
  /**
   * Every version of each story matched, withdrawn ones too: a JSON export is the backup, and a
   * backup that dropped killed copy or a story's history would lose what restore must put back.
   */
  backup: boolean;
}

export async function selectForExport(
  archive: ScopeArchive,
  scope: ExportScope,
  { includeWithdrawn: asked, backup }: SelectOptions,
): Promise<ExportSelection> {
  const includeWithdrawn = asked || backup;
  const found = scope.kind === 'ids' ? scope.ids.filter((id) => archive.meta(id)) : await searched(archive, scope);
  const matched = backup ? everyVersion(archive, found) : scope.kind === 'ids' ? found : newestPerStory(archive, found);
  const withdrawn = new Set(matched.filter((id) => isWithdrawn(archive, id)));
  const ids = includeWithdrawn ? matched : matched.filter((id) => !withdrawn.has(id));
  const byDossier = (a: string, b: string): number => compareForDossier(archive.meta(a)!, archive.meta(b)!);
  return {
    ids: ids.sort(byDossier),
    withdrawn: includeWithdrawn ? withdrawn : new Set(),
    withdrawnLeftOut: includeWithdrawn ? 0 : withdrawn.size,
  };
}

function searched(archive: ScopeArchive, scope: Exclude<ExportScope, { kind: 'ids' }>): Promise<string[]> {
  const args =
    scope.kind === 'tag'
      ? { query: '', filters: { tag: [scope.tag] } }
      : { query: scope.query, filters: scope.filters };
  // date-asc puts undated articles first; the caller sorts them after the dated ones.
  return archive.searchIds({ ...args, sort: 'date-asc' });
}

/** Each id with every other version of its story, each once. */
function everyVersion(archive: ScopeArchive, ids: readonly string[]): string[] {
  const all = new Set<string>();
  for (const id of ids) for (const v of archive.versionsOf(id) ?? [id]) all.add(v);
  return [...all];
}

/** One id per story: the newest version among `ids` (an article with no other version is its own story). */
function newestPerStory(archive: ScopeArchive, ids: readonly string[]): string[] {
  const newest = new Map<string, { id: string; rank: number }>();
  for (const id of ids) {
    const versions = archive.versionsOf(id);
    const story = versions?.[0] ?? id;
    const rank = versions?.indexOf(id) ?? 0;
    const kept = newest.get(story);
    if (!kept || rank > kept.rank) newest.set(story, { id, rank });
  }
  return [...newest.values()].map((v) => v.id);
}

/** Its own status says so, or its story's newest version does: a kill withdraws every version of the story. */
function isWithdrawn(archive: ScopeArchive, id: string): boolean {
  const newest = archive.versionsOf(id)?.at(-1);
  return (
    archive.meta(id)?.status === 'canceled' || (newest !== undefined && archive.meta(newest)?.status === 'canceled')
  );
}
