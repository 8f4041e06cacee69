// The catalogue's metadata as search reads it: rows by table position, the facet table,
// the sort orders and the story fold, built together from the catalogue after each import
// (split from archive-search.ts).
import type { CatalogueStore } from '../store/catalogue';
import { buildRows } from './article-rows';
import type { ArticleRow } from './compile-query';
import { FacetTable } from './facets';
import { SortOrders } from './sort-hits';
import { StoryFold } from './story-fold';

/** What search knows of the catalogue's metadata, rebuilt together after each import. */
export interface Tables {
  /** By facet-table position. */
  rows: ArticleRow[];
  facets: FacetTable;
  orders: SortOrders;
  /** Which positions are superseded versions, and their stories' listed ones. */
  stories: StoryFold;
}

/** Without threads until the catalogue has built them (see ArchiveSearch.threadsReady). */
export function buildTables(catalogue: CatalogueStore): Tables {
  const { rows, listedAt } = buildRows(
    catalogue.data.articles,
    catalogue.data.folders,
    catalogue.stories(),
    catalogue.threadsIfBuilt() ?? undefined,
  );
  const facets = new FacetTable(rows);
  const stories = new StoryFold(listedAt);
  return { rows, facets, orders: new SortOrders(facets, rows, stories.mask), stories };
}
