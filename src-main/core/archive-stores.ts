// The stores of one data folder, opened together by the service. Areas take the few
// they need (a Pick of this), never the service itself.
import type { ArchiveSearch } from './search/archive-search';
import type { BodyStore } from './store/bodies';
import type { CatalogueStore } from './store/catalogue';
import type { UserDataStore } from './store/userdata';

export interface ArchiveStores {
  readonly catalogue: CatalogueStore;
  readonly bodies: BodyStore;
  readonly userData: UserDataStore;
  /** Full-text search and facets; `search.ready` settles once the index is loaded or rebuilt. */
  readonly search: ArchiveSearch;
}
