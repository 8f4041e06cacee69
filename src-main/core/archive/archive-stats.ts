// The archive in figures, for `archive:stats` and the CLI's `stats`.
import type { ArchiveStats, ArchiveSummary } from '../../contract/archive';
import { isFolder } from '../sources/source-list';
import type { CatalogueStore } from '../store/catalogue';

export async function archiveStats(
  catalogue: CatalogueStore,
  dataDir: string,
  storeWarnings: readonly string[],
): Promise<ArchiveStats> {
  // Counting files reads the file entries, which startup leaves unread.
  await catalogue.loadFiles();
  const { articles, folders } = catalogue.data;
  // Counted in Maps: agencies and languages are the files' words, and as keys of a plain
  // object `constructor` started at Object's own constructor and printed as
  // `function Object() { [native code] }1` (audit finding 14).
  const byFormat = new Map<string, number>();
  const byLanguage = new Map<string, number>();
  const byAgency = new Map<string, number>();
  let count = 0;
  let missingArticles = 0;
  let multiSource = 0;
  for (const a of Object.values(articles)) {
    count++;
    if (a.missing) missingArticles++;
    if (a.sources.length > 1) multiSource++;
    add(byFormat, a.sources[0]?.format ?? 'unknown');
    add(byLanguage, a.language);
    add(byAgency, a.agency ?? '(none)');
  }
  return {
    dataDir,
    articles: count,
    stories: storyCount(catalogue),
    missingArticles,
    files: catalogue.fileCount(),
    folders: [...folders],
    // fromEntries defines each key as an own property, `__proto__` included.
    byFormat: Object.fromEntries(byFormat),
    byLanguage: Object.fromEntries(byLanguage),
    byAgency: Object.fromEntries(byAgency),
    multiSource,
    storeWarnings: [...storeWarnings],
  };
}

function add(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Stories: articles less the older versions a story's newest stands for, without reading the file entries. */
export function storyCount(catalogue: CatalogueStore): number {
  const groups = catalogue.stories();
  let stories = 0;
  for (const id in catalogue.data.articles) if (!groups.superseded(id)) stories++;
  return stories;
}

/** The summary the window starts with (archive:summary): nothing in it reads the file entries. */
export async function archiveSummary(
  catalogue: CatalogueStore,
  storeWarnings: readonly string[],
): Promise<ArchiveSummary> {
  const watched = catalogue.data.folders.filter((path) => catalogue.source(path)?.watch ?? true);
  const present = await Promise.all(watched.map(isFolder));
  return {
    stories: storyCount(catalogue),
    storeWarnings: [...storeWarnings],
    watchedFolders: present.filter(Boolean).length,
  };
}
