// The metadata search filters and counts on, one row per article, kept in memory.
import { folderFinder } from '../folder-paths';
import type { StoredArticle } from '../store/catalogue';
import type { StoryGroups } from '../store/story-versions';
import type { ArticleRow } from './compile-query';

/** Rows for every article of the catalogue, in the catalogue's order. */
export function buildRows(
  articles: Readonly<Record<string, StoredArticle>>,
  folders: readonly string[],
  stories: StoryGroups,
): ArticleRow[] {
  const folderOfPath = folderFinder(folders);
  // One pass building plain rows: at 100k articles, a Map by id built on the way cost ~50 ms nobody used.
  return Object.values(articles).map((a): ArticleRow => ({
    id: a.id,
    title: a.title,
    date: a.date,
    language: a.language,
    agency: a.agency,
    place: a.place,
    folder: folderOfPath(a.sources[0]?.path),
    status: a.status ?? 'usable',
    versionCount: stories.count(a.id),
    byline: a.byline,
    subjects: a.subjects,
  }));
}
