// An agency's new version of a story (a write-through, a correction, a kill) reaches the
// archive as a new article, and the list shows only the newest (store/story-versions.ts).
// The user's tags, note and highlights on an older version follow the story to the
// version an import just brought, through the same moves as a file that moved and changed
// (reconcile.ts): merged into any work already there, highlights placed again in its text.
import type { CatalogueStore } from '../store/catalogue';
import type { UserDataStore } from '../store/userdata';
import type { Move } from './find-moves';

interface VersionMoveInput {
  userData: UserDataStore;
  catalogue: CatalogueStore;
  /** Article ids the catalogue held before the import: only a version new since then draws the work on. */
  existedBefore: ReadonlySet<string>;
}

/**
 * Work on an older version of a story whose newest version this import brought. Work on
 * an older version is left alone otherwise: a user who annotates version 1 on purpose,
 * with version 2 already there, keeps it where they put it.
 */
export function findVersionMoves({ userData, catalogue, existedBefore }: VersionMoveInput): Move[] {
  const stories = catalogue.stories();
  const moves: Move[] = [];
  for (const [from, record] of Object.entries(userData.data.articles)) {
    if (!stories.superseded(from)) continue;
    if (record.tags.length === 0 && !record.note && record.annotations.length === 0) continue;
    const newest = stories.versionsOf(from)?.at(-1);
    if (newest === undefined || existedBefore.has(newest)) continue;
    // Not a similarity: the agency's own identifier says it is the same story.
    moves.push({ from, to: newest, score: 1 });
  }
  return moves;
}
