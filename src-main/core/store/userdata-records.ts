// The user's own work as stored in userdata.json, and the changes made to it: patches
// that cost what they touch, not what the archive holds, and are what its journal holds.
// userdata.ts re-exports them.
import type { Settings, UiState } from '../../contract/archive';
import type { Annotation, TagColor } from '../../contract/userdata';

/** A tag's registry entry: its spelling (tags match regardless of case) and colour. */
export interface TagRecord {
  name: string;
  color: TagColor;
  createdAt: string;
}

/** What identified an article when its user data was last attached, to find it again after a move. */
export interface ArticleLink {
  path: string;
  recordIndex?: number;
  title: string;
  contentHash: string;
}

/** The user's work on one article. */
export interface ArticleUserRecord {
  tags: string[];
  note: string;
  annotations: Annotation[];
  /** contentHash of the text the anchors were placed in; a different one means re-anchor. */
  anchoredTo: string | null;
  link: ArticleLink | null;
  /** Tags the source file gave that were already applied: a re-import adds only new ones, so a tag the user removed stays removed. */
  sourceTags: string[];
  updatedAt: string;
}

/**
 * The user's own work, kept apart from the catalogue so a tag or note never rewrites
 * the (much larger) catalogue, and a re-import never touches it. Articles are keyed by
 * their stable id (source path plus record index).
 */
export interface UserData {
  version: number;
  settings: Settings;
  /** Tag registry by tagKey. */
  tags: Record<string, TagRecord>;
  articles: Record<string, ArticleUserRecord>;
  /** Window, pane widths and last view, restored at the next start. */
  ui: UiState;
  /** The last journal entry folded into this file; later entries are replayed on open. */
  journalSeq?: number;
}

/**
 * A change computed from the committed state, as a patch: the records it puts (null
 * removes one), the tag registry or settings when they change, and what to return.
 * Patches cost what they touch, not what the archive holds, and are what the journal stores.
 */
export interface Change<T> {
  articles?: Record<string, ArticleUserRecord | null>;
  tags?: Record<string, TagRecord>;
  settings?: Settings;
  ui?: UiState;
  result: T;
}

/** A change as the journal holds it: what it puts, without what it returns. */
export type UserDataPatch = Omit<Change<unknown>, 'result'>;

/** The state after `change`, leaving `data` as it was. */
export function applyChange(data: Readonly<UserData>, change: UserDataPatch): UserData {
  const next: UserData = { ...data, articles: { ...data.articles } };
  patchInPlace(next, change);
  return next;
}

/** Applies a change to `data` itself; a for-in, not Object.entries: a pair per record was garbage on every tagging. */
export function patchInPlace(data: UserData, change: UserDataPatch): void {
  const articles = change.articles ?? {};
  for (const id in articles) {
    const record = articles[id];
    if (record) data.articles[id] = record;
    else delete data.articles[id];
  }
  if (change.tags) data.tags = change.tags;
  if (change.settings) data.settings = change.settings;
  if (change.ui) data.ui = change.ui;
}
