import { open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import { decodeJsonText } from './ascii-json';
import { NODE_FILE_IO, writeAll, type FileIo } from './file-io';
import { removeLeftoverTemps, tempPathFor } from './temp-files';

/** The file exists but does not hold valid JSON. The caller decides whether to set it aside. */
export class CorruptFileError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`${path} is not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`);
    this.name = 'CorruptFileError';
  }
}

/**
 * A lowdb adapter with steno's temp-file-plus-rename, and an fsync of the temp
 * file before the rename. Steno skips the fsync; without it a power cut after the
 * rename can leave an empty file in place of the store. Compact JSON on purpose:
 * pretty-printing made a 100k-article catalogue about 30% larger and slower to write.
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  #queue: Promise<void> = Promise.resolve();
  /** Whether this file's first write has removed the temp files crashed writers left (temp-files.ts). */
  #swept = false;

  constructor(
    readonly path: string,
    readonly io: FileIo = NODE_FILE_IO,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = decodeJsonText(await readFile(this.path));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    try {
      return JSON.parse(text) as T;
    } catch (err) {
      throw new CorruptFileError(this.path, err);
    }
  }

  /** Writes are serialised, so a later save never lands before an earlier one. */
  write(data: T): Promise<void> {
    return this.writePieces([JSON.stringify(data)]);
  }

  /**
   * Writes JSON text given in pieces, each produced only when the one before is written:
   * a large file is serialised a slice at a time, between which the thread serves others.
   * The pieces must join into valid JSON for T; a piece already encoded is written as it is.
   */
  writePieces(pieces: Iterable<string | Uint8Array>): Promise<void> {
    if (!this.#swept) {
      this.#swept = true;
      this.#queue = removeLeftoverTemps(this.path);
    }
    const next = this.#queue.then(() => writeAtomically(this.io, this.path, pieces));
    this.#queue = next.catch(() => undefined);
    return next;
  }
}

async function writeAtomically(io: FileIo, path: string, pieces: Iterable<string | Uint8Array>): Promise<void> {
  const temp = tempPathFor(path);
  try {
    const file = await io.open(temp, 'w');
    try {
      // Each write continues where the last one ended.
      for (const piece of pieces) await writeAll(file, typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece);
      await file.sync();
    } finally {
      await file.close();
    }
    await io.rename(temp, path);
  } catch (err) {
    // On a full disk above all, a failed write must not leave a copy of the file behind.
    await rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
  await syncFolder(dirname(path));
}

// The rename itself lives in the folder's entry table: sync it too, where the OS allows
// (Windows cannot open a folder for fsync; there the rename is already durable enough).
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Best effort: the data file itself is already synced and renamed.
  } finally {
    await handle?.close();
  }
}

/** Moves a corrupt file aside so nothing overwrites it; returns the backup's path. */
export async function setAside(path: string): Promise<string> {
  const backup = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await rename(path, backup);
  return backup;
}
