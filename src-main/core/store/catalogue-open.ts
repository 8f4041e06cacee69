// Reading the catalogue at open: the snapshot (catalogue.json and its shards), the journal
// replayed over it, then the migrations. CatalogueStore.open builds the store from what this
// reads; it lived there until the store passed the 300-line mark (file-size.test.ts).
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { AtomicJsonFile } from './atomic-json-file';
import { applyEntry, type CatalogueEntry } from './catalogue-journal';
import type { CatalogueData } from './catalogue-records';
import { CATALOGUE_FILE, emptyCatalogue, readSnapshot, type SnapshotFound } from './catalogue-snapshot';
import { FileEntries } from './file-entries';
import type { FileIo } from './file-io';
import { Journal } from './journal';
import { JournaledDocument } from './journaled-document';
import { CATALOGUE_MIGRATIONS, migrate, supportedVersion } from './migrations';

export const CATALOGUE_JOURNAL = 'catalogue.journal';

export interface ReadCatalogue {
  db: Low<CatalogueData>;
  adapter: AtomicJsonFile<CatalogueData>;
  journal: Journal;
  files: FileEntries;
  /** The last journal entry the state holds. */
  seq: number;
  found: SnapshotFound;
  shards: number;
  /** Articles the journal put after the snapshot: their signatures are theirs, not the shards'. */
  fresh: Set<string>;
  migrated: boolean;
  /** A damaged journal was set aside: what it restored is only in memory until written. */
  setAside: boolean;
}

export async function readCatalogue(dataDir: string, warnings: string[], io: FileIo): Promise<ReadCatalogue> {
  const path = join(dataDir, CATALOGUE_FILE);
  const adapter = new AtomicJsonFile<CatalogueData>(path, io);
  const db = new Low<CatalogueData>(adapter, emptyCatalogue());
  const { found, shards } = await readSnapshot(db, path, warnings);
  const fresh = new Set<string>();
  // The journal was written by this version (a migration folds it into a snapshot), so it is replayed before migrating.
  const journal = new Journal(join(dataDir, CATALOGUE_JOURNAL), io);
  const files = new FileEntries(dataDir, warnings, io);
  const replayed = await JournaledDocument.replay<CatalogueEntry>(journal, db.data.journalSeq ?? 0, (entry) => {
    for (const id of Object.keys(entry.articles ?? {})) fresh.add(id);
    applyEntry(db.data, entry, (seq, changes) => files.replay(seq, changes));
  });
  if (replayed.setAsideAs) {
    warnings.push(
      `Part of the catalogue's journal was damaged. It is kept unchanged as ${replayed.setAsideAs}; the ${replayed.applied} imports before the damage were restored. Import your folders again to restore the rest.`,
    );
  }
  const raw = db.data as unknown as Record<string, unknown>;
  files.adoptFrom(raw, found !== 'none');
  const { data, migrated } = migrate<CatalogueData>(path, raw, CATALOGUE_MIGRATIONS);
  db.data = data;
  return {
    db,
    adapter,
    journal,
    files,
    seq: replayed.seq,
    found,
    shards,
    fresh,
    migrated,
    setAside: !!replayed.setAsideAs,
  };
}

/** catalogue.json since version 4 is a few hundred bytes; before, it held every article. */
const HEAD_ONLY_BYTES = 1 << 20;

/**
 * Throws StoreVersionError when catalogue.json was written by a newer version, before
 * anything else is opened: the shell then explains it without opening a window, as it
 * did when the catalogue was read first (ArchiveService.openEarly reads it after the
 * window is up). Anything else wrong with the file is left to the catalogue's open.
 */
export async function checkCatalogueVersion(dataDir: string): Promise<void> {
  const path = join(dataDir, CATALOGUE_FILE);
  const size = (await stat(path).catch(() => null))?.size;
  if (size === undefined || size > HEAD_ONLY_BYTES) return;
  let version: unknown;
  try {
    version = (JSON.parse(await readFile(path, 'latin1')) as { version?: unknown } | null)?.version;
  } catch {
    return;
  }
  if (typeof version === 'number') supportedVersion(path, version, CATALOGUE_MIGRATIONS);
}
