// Catalogue records held back until their bodies are on disk (issue 16, finding 9). An
// article whose body is not written yet (see unwritten-bodies.ts) is left out of what the
// catalogue writes, and so is every file entry that points at it: with its entry on disk
// the next import would skip the file as unchanged, and the text would never come back.
// Both stay marked as changed, so the commit after their bodies are written writes them;
// if none comes, the file is read again at the next import.
import type { CatalogueChanges, CatalogueEntry } from './catalogue-journal';
import type { FileEntry } from './catalogue-records';
import type { HeldBack } from './catalogue-snapshot';
import type { UnwrittenBodies } from './unwritten-bodies';

const waitsForBody = (file: FileEntry, unwritten: UnwrittenBodies): boolean =>
  file.recordIds.some((id) => unwritten.has(id));

/**
 * Settles once `after` (the batch's bodies being written) has, having taken the held-back
 * records out of `entry`; if `after` fails, everything the entry held is marked changed
 * again, for a later commit, and so is its failure.
 */
export async function holdBackOnceSettled(
  entry: CatalogueEntry,
  after: Promise<unknown> | undefined,
  unwritten: UnwrittenBodies,
  changes: () => CatalogueChanges,
): Promise<void> {
  try {
    await after;
  } catch (err) {
    markChanged(entry, changes());
    throw err;
  }
  holdBackFromEntry(entry, unwritten, changes());
}

/** Takes the held-back records out of a journal entry about to be written, marking them changed again. */
function holdBackFromEntry(entry: CatalogueEntry, unwritten: UnwrittenBodies, changes: CatalogueChanges): void {
  if (unwritten.size === 0) return;
  const { articles = {}, files = {} } = entry;
  for (const [id, article] of Object.entries(articles)) {
    if (!article || !unwritten.has(id)) continue;
    delete articles[id];
    changes.articles.add(id);
  }
  for (const [path, file] of Object.entries(files)) {
    if (!file || !waitsForBody(file, unwritten)) continue;
    delete files[path];
    changes.files.add(path);
  }
}

/**
 * What a snapshot leaves out for now, marking each record changed again as it is passed
 * over, in the changes of that moment: a commit taken while the snapshot is written starts new ones.
 */
export function heldBackFromSnapshot(unwritten: UnwrittenBodies, changes: () => CatalogueChanges): HeldBack {
  if (unwritten.size === 0) return {};
  return {
    article: (id) => unwritten.has(id) && !!changes().articles.add(id),
    file: (path, file) => waitsForBody(file, unwritten) && !!changes().files.add(path),
  };
}

/** Marks everything an entry held as changed again: it was never written (its bodies failed). */
function markChanged(entry: CatalogueEntry, changes: CatalogueChanges): void {
  for (const id of Object.keys(entry.articles ?? {})) changes.articles.add(id);
  for (const path of Object.keys(entry.files ?? {})) changes.files.add(path);
  if (entry.folders) changes.folders = true;
}
