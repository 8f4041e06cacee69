// Restoring a backup (a JSON export): its own door (`backup:restore`), never the folder
// importer, which reads dispatches and would take a backup for one more JSON article
// file. Run under the task lock, as an import is, since it adds to the catalogue.
// Order: articles first (bodies, then the catalogue that points at them, as the importer
// writes), then the user's work in one journalled write, then the search index. A crash
// between the steps leaves articles without their tags, never tags on missing articles,
// and restoring again finishes the job: every step skips what is already there.
import type { RestoreSummary } from '../../contract/export';
import { linkOf, loadArticleText } from '../annotations/article-text';
import type { ArchiveStores } from '../archive-stores';
import { addMissingArticles, type PlacedArticle } from './restore-articles';
import { readBackup } from './restore-read';
import { restoreUserWork, type RestoreItem } from './restore-userwork';

/** What a restore writes to: every store of the archive. */
export type RestoreStores = ArchiveStores;

/** Each placed article with what the merge needs: the archive's text where annotations are to be placed in it. */
async function withTexts(stores: RestoreStores, placed: readonly PlacedArticle[]): Promise<RestoreItem[]> {
  const items: RestoreItem[] = [];
  for (const p of placed) {
    const meta = stores.catalogue.article(p.id)!;
    const have = new Set(stores.userData.record(p.id)?.annotations.map((a) => a.id));
    const needsText = p.text === null && p.backup.annotations.some((a) => !have.has(a.id));
    const current = needsText ? await loadArticleText(stores.catalogue, stores.bodies, p.id) : p.text;
    items.push({ ...p, current, link: linkOf(meta) });
  }
  return items;
}

/** Restores a JSON export into the archive: articles it lacks, then tags, annotations and notes. */
export async function restoreBackup(stores: RestoreStores, file: string): Promise<RestoreSummary> {
  const backup = await readBackup(file);
  // The index must be loaded before it is fed, as for an import.
  await stores.search.ready;
  const now = new Date().toISOString();
  const { placed, added } = await addMissingArticles(backup.articles, stores.catalogue, stores.bodies, now);
  if (added.length > 0) {
    for (const record of added) stores.search.indexRecord(record);
    await stores.bodies.flush();
    await stores.catalogue.save();
  }
  const items = await withTexts(stores, placed);
  const dryRun = restoreUserWork(stores.userData.data, items, backup.tags, now);
  const nothingNew = Object.keys(dryRun.articles ?? {}).length === 0 && !dryRun.tags;
  const counts = nothingNew
    ? dryRun.result
    : await stores.userData.commit((data) => restoreUserWork(data, items, backup.tags, now));
  if (added.length > 0) await stores.search.refresh();
  return { file, articles: backup.total, added: added.length, ...counts, rejected: backup.rejected };
}
