// The imported folders as the sources list shows them: counts, last scan, watch flag.
import { stat } from 'node:fs/promises';
import type { SourceInfo } from '../../contract/archive';
import { folderOf, sortRoots } from '../folder-paths';
import type { CatalogueStore } from '../store/catalogue';

type Counts = Pick<SourceInfo, 'articles' | 'missingArticles' | 'files'>;

/**
 * Every source folder, most recently scanned first (never-scanned last). An article counts
 * for the folder its first source lies in, as the folder facet places it; nested folders
 * count their own files only. Files gone from disk are not counted.
 */
export async function listSources(catalogue: CatalogueStore): Promise<SourceInfo[]> {
  const { folders } = catalogue.data;
  await catalogue.loadFiles();
  const counts = countByFolder(catalogue);
  const infos = await Promise.all(
    folders.map(async (path): Promise<SourceInfo> => {
      const meta = catalogue.source(path);
      return {
        path,
        ...counts.get(path)!,
        lastScanAt: meta?.lastScanAt ?? null,
        watch: meta?.watch ?? true,
        present: await isFolder(path),
      };
    }),
  );
  return infos.sort(byRecentScan);
}

function countByFolder(catalogue: CatalogueStore): Map<string, Counts> {
  const { folders, articles } = catalogue.data;
  const roots = sortRoots(folders);
  const counts = new Map<string, Counts>(folders.map((f) => [f, { articles: 0, missingArticles: 0, files: 0 }]));
  for (const a of Object.values(articles)) {
    const c = counts.get(folderOf(a.sources[0]?.path, roots) ?? '');
    if (!c) continue;
    c.articles++;
    if (a.missing) c.missingArticles++;
  }
  for (const path of catalogue.filePaths()) {
    const c = counts.get(folderOf(path, roots) ?? '');
    if (c && !catalogue.fileMissing(path)) c.files++;
  }
  return counts;
}

function byRecentScan(a: SourceInfo, b: SourceInfo): number {
  if (a.lastScanAt !== b.lastScanAt) {
    if (a.lastScanAt === null) return 1;
    if (b.lastScanAt === null) return -1;
    return a.lastScanAt < b.lastScanAt ? 1 : -1;
  }
  return a.path.localeCompare(b.path);
}

export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
