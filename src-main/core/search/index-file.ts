// The index on disk: search-index.json in the data folder (the MiniSearch index, the
// stamps, and the text store's table), written atomically, next to the text store's
// file. It is derived data, so a missing, corrupt or outdated one is simply rebuilt.
import { join } from 'node:path';
import { AtomicJsonFile, CorruptFileError } from '../store/atomic-json-file';
import { SearchIndex, type PersistedIndex } from './search-index';
import { TextStore, type SavedTexts } from './text-store';

export const INDEX_FILE = 'search-index.json';

/** The index and the texts it was built from: always updated, saved and loaded together. */
export interface SearchStores {
  index: SearchIndex;
  texts: TextStore;
}

type SavedSearch = PersistedIndex & { texts: SavedTexts };

export class IndexFile {
  readonly #file: AtomicJsonFile<SavedSearch>;

  constructor(private readonly dataDir: string) {
    this.#file = new AtomicJsonFile<SavedSearch>(join(dataDir, INDEX_FILE));
  }

  /** The saved stores, or null when there are none usable. */
  async load(): Promise<SearchStores | null> {
    let saved: SavedSearch | null;
    try {
      saved = await this.#file.read();
    } catch (err) {
      if (err instanceof CorruptFileError) return null;
      throw err;
    }
    if (!saved?.texts) return null;
    const index = await SearchIndex.load(saved);
    const texts = index && (await TextStore.open(this.dataDir, saved.texts));
    return index && texts ? { index, texts } : null;
  }

  /** Stores built from nothing, in a fresh text file. */
  async create(): Promise<SearchStores> {
    return { index: SearchIndex.create(), texts: await TextStore.create(this.dataDir) };
  }

  /** Texts first, then the index naming them; older text files go only after that. */
  async save({ index, texts }: SearchStores): Promise<void> {
    await texts.compactIfWasteful();
    await this.#file.write({ ...index.toJSON(), texts: texts.toJSON() });
    await texts.removeStaleFiles();
  }
}
