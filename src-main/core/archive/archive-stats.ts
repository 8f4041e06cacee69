// The archive in figures, for `archive:stats` and the CLI's `stats`.
import type { ArchiveStats } from '../../contract/archive';
import type { CatalogueStore } from '../store/catalogue';

export async function archiveStats(catalogue: CatalogueStore, dataDir: string, storeWarnings: readonly string[]): Promise<ArchiveStats> {
  // Counting files reads the file entries, which startup leaves unread.
  await catalogue.loadFiles();
  const { articles, folders } = catalogue.data;
  const stats: ArchiveStats = {
    dataDir,
    articles: 0,
    missingArticles: 0,
    files: Object.keys(catalogue.fileEntries()).length,
    folders: [...folders],
    byFormat: {},
    byLanguage: {},
    byAgency: {},
    multiSource: 0,
    storeWarnings: [...storeWarnings],
  };
  for (const a of Object.values(articles)) {
    stats.articles++;
    if (a.missing) stats.missingArticles++;
    if (a.sources.length > 1) stats.multiSource++;
    count(stats.byFormat, a.sources[0]?.format ?? 'unknown');
    count(stats.byLanguage, a.language);
    count(stats.byAgency, a.agency ?? '(none)');
  }
  return stats;
}

function count(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}
