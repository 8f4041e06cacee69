// The archive as an export reads it, over the stores.
import type { ArchiveStores } from '../archive-stores';
import { readArticle } from '../archive/article-view';
import { tagTree } from '../tags/tag-tree';
import type { ExportArchive } from './export-run';

export function exportArchiveOf(stores: ArchiveStores): ExportArchive {
  return {
    meta: (id) => stores.catalogue.article(id),
    versionsOf: (id) => stores.catalogue.stories().versionsOf(id),
    searchIds: (args) => stores.search.ids(args),
    article: (id) => readArticle(stores, id),
    settings: () => stores.userData.settings,
    tags: async () => tagTree(stores.userData.data),
  };
}
