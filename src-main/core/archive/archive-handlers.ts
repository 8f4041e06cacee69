// The reading channels: the list, one article, what changed between two versions, search
// with facets, every matching id, and the figures.
import type { ChannelsOf, HandlersOf } from '../../contract/ipc';
import type { ArchiveStores } from '../archive-stores';
import type { UserSearch } from '../search/user-search';
import { archiveStats, archiveSummary } from './archive-stats';
import { readArticle } from './article-view';
import { versionDiff } from './version-diff';

type ArchiveChannel = ChannelsOf<'archive'>;

export interface ArchiveHandlerDeps {
  stores: ArchiveStores;
  /** Tag and annotation summaries for list rows. */
  user: UserSearch;
  dataDir: string;
  /** What opening the stores found and set aside; the live array, so later warnings show too. */
  storeWarnings: readonly string[];
}

export function archiveHandlers({
  stores,
  user,
  dataDir,
  storeWarnings,
}: ArchiveHandlerDeps): HandlersOf<ArchiveChannel> {
  return {
    'archive:list': async ({ offset, limit, sort }) => {
      const page = stores.catalogue.list(offset, limit, sort);
      return { ...page, items: page.items.map((item) => ({ ...item, ...user.summary(item.id) })) };
    },
    'archive:get': async ({ id, query }) => readArticle(stores, id, query),
    'archive:diff': async ({ id, against }) => versionDiff(stores, id, against),
    'archive:stats': async () => archiveStats(stores.catalogue, dataDir, storeWarnings),
    'archive:summary': async () => archiveSummary(stores.catalogue, storeWarnings),
    'archive:search': async (args) => stores.search.search(args),
    'archive:ids': async (args) => ({ ids: await stores.search.ids(args) }),
    'archive:searchCounts': async (args) => stores.search.counts(args),
    'archive:searchSnippets': async ({ query, ids }) => ({ snippets: await stores.search.snippets(query, ids) }),
  };
}
