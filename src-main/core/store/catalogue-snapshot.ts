// The catalogue's snapshot: catalogue.json (folders, their metadata, the journal entry the
// snapshot holds, and how many article shards there are), the article shards beside it
// (catalogue-shards.ts) and files.json (the file entries, see file-entries.ts), read at
// open and rewritten whole when the journal is folded.
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Low } from 'lowdb';
import { asciiJson } from './ascii-json';
import { CorruptFileError, setAside, type AtomicJsonFile } from './atomic-json-file';
import type { HoldBack } from './catalogue-journal';
import type { CatalogueData, FileEntry, StoredArticle } from './catalogue-records';
import { readArticleShards, shardBytes, SHARDS, writeShards } from './catalogue-shards';
import { FILES_FILE, type FileEntries } from './file-entries';
import type { FileIo } from './file-io';
import { CATALOGUE_MIGRATIONS } from './migrations';

export const CATALOGUE_FILE = 'catalogue.json';

/** catalogue.json since version 4: everything but the articles, which are in `shards` shard files. */
export type CatalogueHead = Omit<CatalogueData, 'articles'> & { shards: number };

export function emptyCatalogue(): CatalogueData {
  return { version: CATALOGUE_MIGRATIONS.length + 1, articles: {}, folders: [], sources: {} };
}

/** What readSnapshot found: nothing, the shards' articles (signatures still to read), or one old file holding everything. */
export type SnapshotFound = 'none' | 'shards' | 'whole';

/**
 * Reads catalogue.json into `db`, and the article shards it names. Before version 4 it held
 * the articles itself, signatures and all ('whole'): they are taken as they are, and the
 * migration writes the shards.
 */
export async function readSnapshot(
  db: Low<CatalogueData>,
  path: string,
  warnings: string[],
): Promise<{ found: SnapshotFound; shards: number }> {
  const initial = db.data;
  try {
    await db.read();
  } catch (err) {
    if (!(err instanceof CorruptFileError)) throw err;
    // The catalogue can be rebuilt by importing again, so start empty, but keep the
    // broken file for inspection rather than overwrite it.
    const backup = await setAside(path);
    warnings.push(`The catalogue was corrupt and has been set aside as ${backup}; import your folders again.`);
    return { found: 'none', shards: SHARDS };
  }
  // lowdb keeps the default data when the file does not exist.
  if (db.data === initial) return { found: 'none', shards: SHARDS };
  const raw = db.data as Partial<CatalogueHead> & Partial<CatalogueData>;
  if (raw.articles && typeof raw.articles === 'object') return { found: 'whole', shards: SHARDS };
  const { shards: _shards, ...rest } = raw;
  const shards = shardCount(raw);
  db.data = { ...rest, articles: await readArticleShards(dirname(path), shards, warnings) } as CatalogueData;
  return { found: 'shards', shards };
}

/** How many shards a catalogue.json names: the count it was written with, so a later change of SHARDS still reads it. */
function shardCount(head: { shards?: unknown }): number {
  return typeof head.shards === 'number' && Number.isInteger(head.shards) && head.shards > 0 ? head.shards : SHARDS;
}

/** The records a snapshot leaves out for now: see CatalogueStore's held-back records. */
export interface HeldBack {
  article?: HoldBack<StoredArticle>;
  file?: HoldBack<FileEntry>;
}

/**
 * Writes files.json, the shards, then catalogue.json, as holding the journal up to `seq`,
 * less what is held back; resolves to their size. catalogue.json last: until it is renamed
 * into place, the one before names the journal entries to replay (an old single-file one
 * included, so a crash mid-migration leaves the archive as it was, and migrates it again).
 */
export async function writeSnapshot(
  adapter: AtomicJsonFile<CatalogueData>,
  files: FileEntries,
  data: Readonly<CatalogueData>,
  seq: number,
  held: HeldBack = {},
  io?: FileIo,
): Promise<number> {
  const dataDir = dirname(adapter.path);
  // files.json first: a crash before catalogue.json is written leaves it ahead, and load() skips what it holds.
  await files.write(seq, held.file);
  await writeShards(dataDir, io ?? adapter.io, data.articles, seq, held.article);
  const { articles: _articles, ...rest } = data;
  const head: CatalogueHead = { ...rest, journalSeq: seq, shards: SHARDS };
  await adapter.writePieces([asciiJson(JSON.stringify(head))]);
  return snapshotSize(dataDir);
}

/**
 * catalogue.json, its shards and files.json together: the journal holds changes to all,
 * so it is folded once it outgrows them all (measured against catalogue.json alone, imports folded twice as often).
 */
export async function snapshotSize(dataDir: string): Promise<number> {
  const sizes = await Promise.all(
    [CATALOGUE_FILE, FILES_FILE].map(async (name) => (await stat(join(dataDir, name)).catch(() => null))?.size ?? 0),
  );
  return sizes.reduce((a, b) => a + b, await shardBytes(dataDir));
}
