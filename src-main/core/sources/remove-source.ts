// Taking a folder out of the archive: its files, the articles only it holds, their bodies,
// their index entries, and (if the user asks) their tags, notes and highlights.
import type { StoredArticle, CatalogueStore } from '../store/catalogue';
import type { Change, UserData } from '../store/userdata';
import { applyChange } from '../store/userdata';
import { folderOf, sortRoots } from '../folder-paths';
import { unusedTagKeys } from '../store/unused-tags';
import type { SourceHost } from './source-host';

export interface RemovalPlan {
  /** File entries of the folder (nested source folders keep theirs). */
  files: string[];
  /** Articles no other file holds: they leave the archive. */
  dropped: string[];
  /** Articles another file still holds: they stay, without this folder's sources. */
  trimmed: StoredArticle[];
}

/** What removing `root` takes away. Pure: reads the catalogue (its file entries loaded), changes nothing. */
export function planRemoval(catalogue: CatalogueStore, root: string, now: string): RemovalPlan {
  const roots = sortRoots(catalogue.data.folders);
  const owned = (path: string): boolean => folderOf(path, roots) === root;
  const plan: RemovalPlan = { files: [...catalogue.filePaths()].filter(owned), dropped: [], trimmed: [] };
  for (const a of Object.values(catalogue.data.articles)) {
    const kept = a.sources.filter((s) => !owned(s.path));
    if (kept.length === a.sources.length) continue;
    if (kept.length === 0) {
      plan.dropped.push(a.id);
      continue;
    }
    // As detachSource decides: missing once none of the remaining files is on disk.
    const missing = kept.every((s) => catalogue.fileMissing(s.path) === true);
    plan.trimmed.push({ ...a, sources: kept, missing, updatedAt: now });
  }
  return plan;
}

/**
 * Removes a source folder. The catalogue is written before the bodies: a crash between
 * the two leaves bodies nothing refers to, never an article without its body. The user's
 * records are kept by default: article ids are stable, so adding the folder again brings
 * its tags and notes back.
 */
export function removeSource(
  host: SourceHost,
  root: string,
  keepUserData: boolean,
): Promise<{ articles: number; userDataRemoved: number }> {
  return host.exclusive(async () => {
    const { catalogue, bodies } = host;
    await catalogue.loadFiles();
    const plan = planRemoval(catalogue, root, new Date().toISOString());
    for (const path of plan.files) catalogue.removeFile(path);
    for (const id of plan.dropped) {
      catalogue.removeArticle(id);
      await bodies.remove(id);
    }
    for (const article of plan.trimmed) catalogue.putArticle(article);
    catalogue.removeFolder(root);
    await catalogue.save();
    await bodies.flush();
    const withRecords = keepUserData ? [] : plan.dropped.filter((id) => host.userData.record(id));
    const userDataRemoved = withRecords.length
      ? await host.userData.commit((data) => dropRecords(data, withRecords))
      : 0;
    // The index drops articles the catalogue no longer holds, and the folder facet loses the folder.
    await host.search.refresh();
    return { articles: plan.dropped.length, userDataRemoved };
  });
}

/** Deletes the records of these articles, and the tags only they carried. Pure. */
export function dropRecords(data: Readonly<UserData>, ids: readonly string[]): Change<number> {
  const articles: Record<string, null> = {};
  for (const id of ids) if (data.articles[id]) articles[id] = null;
  const removed = Object.keys(articles).length;
  if (removed === 0) return { result: 0 };
  // Only tags this removal left unused go; registry entries unused before are not this call's business.
  const before = new Set(unusedTagKeys(data));
  const gone = new Set(unusedTagKeys(applyChange(data, { articles })).filter((key) => !before.has(key)));
  if (gone.size === 0) return { articles, result: removed };
  const tags = Object.fromEntries(Object.entries(data.tags).filter(([key]) => !gone.has(key)));
  return { articles, tags, result: removed };
}
