// The catalogue's snapshot: catalogue.json (articles and folders) and files.json (the file
// entries, see file-entries.ts), read at open and rewritten whole when the journal is folded.
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Low } from 'lowdb';
import { AtomicJsonFile, CorruptFileError, setAside } from './atomic-json-file';
import { snapshotPieces, type HoldBack } from './catalogue-journal';
import type { CatalogueData, FileEntry, StoredArticle } from './catalogue-records';
import { FILES_FILE, type FileEntries } from './file-entries';
import { CATALOGUE_MIGRATIONS } from './migrations';

export const CATALOGUE_FILE = 'catalogue.json';

export function emptyCatalogue(): CatalogueData {
  return { version: CATALOGUE_MIGRATIONS.length + 1, articles: {}, folders: [], sources: {} };
}

/** Reads catalogue.json into `db`; false when there was none to read (absent, or corrupt and set aside). */
export async function readSnapshot(db: Low<CatalogueData>, path: string, warnings: string[]): Promise<boolean> {
  const initial = db.data;
  try {
    await db.read();
  } catch (err) {
    if (!(err instanceof CorruptFileError)) throw err;
    // The catalogue can be rebuilt by importing again, so start empty, but keep the
    // broken file for inspection rather than overwrite it.
    const backup = await setAside(path);
    warnings.push(`The catalogue was corrupt and has been set aside as ${backup}; import your folders again.`);
    return false;
  }
  // lowdb keeps the default data when the file does not exist.
  return db.data !== initial;
}

/** The records a snapshot leaves out for now: see CatalogueStore's held-back records. */
export interface HeldBack {
  article?: HoldBack<StoredArticle>;
  file?: HoldBack<FileEntry>;
}

/** Writes both files as holding the journal up to `seq` (a slice at a time), less what is held back; resolves to their size. */
export async function writeSnapshot(
  adapter: AtomicJsonFile<CatalogueData>,
  files: FileEntries,
  data: Readonly<CatalogueData>,
  seq: number,
  held: HeldBack = {},
): Promise<number> {
  // files.json first: a crash before catalogue.json is written leaves it ahead, and load() skips what it holds.
  await files.write(seq, held.file);
  await adapter.writePieces(snapshotPieces(data, seq, held.article));
  return snapshotSize(dirname(adapter.path));
}

/**
 * catalogue.json and files.json together: the journal holds changes to both, so it is
 * folded once it outgrows both (measured against catalogue.json alone, imports folded twice as often).
 */
export async function snapshotSize(dataDir: string): Promise<number> {
  const sizes = await Promise.all(
    [CATALOGUE_FILE, FILES_FILE].map(async (name) => (await stat(join(dataDir, name)).catch(() => null))?.size ?? 0),
  );
  return sizes.reduce((a, b) => a + b, 0);
}
