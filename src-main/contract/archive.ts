// Types of what the archive stores and what crosses IPC. No imports with runtime code,
// so every layer (the sandboxed preload included) can use it.
import type { DispatchRecord, DispatchStatus, RelatedItem, SourceRef } from './records';
import type { ArticleHighlights } from './search';
import type { ArticleUserData } from './userdata';

/** One row of the article list: enough to draw it, no body. */
export interface ArticleSummary extends Pick<
  DispatchRecord,
  'id' | 'title' | 'date' | 'place' | 'agency' | 'language'
> {
  snippet: string;
  /** Every source file of this article is gone from disk. Its user data stays. */
  missing: boolean;
  sourceCount: number;
  /** The user's tags on this article, in the order added. */
  tags: string[];
  /** Highlights on this article, orphaned ones included. */
  annotationCount: number;
  hasNote: boolean;
  /** How many versions its story has in the archive (records sharing its guid); 1 for most articles. */
  versionCount: number;
  /** As the agency states it; `usable` when the source says nothing. */
  status: DispatchStatus;
  /** The story thread it is in (near-duplicate copies across agencies and versions); absent when it is in none. */
  thread?: ThreadSummary;
}

/** A thread as a list row shows it (core/threads/thread-index.ts). */
export interface ThreadSummary {
  /** The id of its earliest report: `thread:<id>` finds them all. */
  id: string;
  /** Reports in it, every version counted. */
  size: number;
  /** Distinct agencies among them (reports without one not counted). */
  agencies: number;
}

/** One report of a thread, earliest first, for the reader's timeline. */
export interface ThreadReport {
  id: string;
  agency: string | null;
  /** versionCreated, else dateTime, else date; null when unknown. */
  at: string | null;
  title: string;
}

/**
 * One version of a story: records that share a guid (NITF doc-id, G2 guid, ninjs uri,
 * Message-ID) are one story, and only the newest is listed (core/archive/story-versions.ts).
 */
export interface StoryVersion {
  id: string;
  /** The version as the agency numbers it, or null. */
  version: string | null;
  /** When this version was created (versionCreated, else dateTime, else date); null when unknown. */
  at: string | null;
  status: DispatchStatus;
  title: string;
}

/** One run of a word diff between two versions' texts, in reading order. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A full article for the reader: the record plus every file it was found in. */
export interface Article extends DispatchRecord {
  sources: SourceRef[];
  missing: boolean;
  /** Indexes of paragraphs that read as sub-headlines (a short line with no closing punctuation). */
  subheadings: number[];
  /** The imported folder this article's first source lies in, or null. */
  folder: string | null;
  /** Query hits, when the article was fetched with a query; null otherwise. */
  highlights: ArticleHighlights | null;
  /** The user's tags, note and annotations. */
  userData: ArticleUserData;
  /** Every version of its story, oldest first, this one included; just this one when it has no other. */
  versions: StoryVersion[];
  /**
   * The reports of its story thread, earliest first, this one included; empty when it is in
   * none. Of a thread of more than 50, the earliest 25 and the 25 around this one.
   */
  thread: ThreadReport[];
  /** Its thread's id and counts over every report; absent when it is in none. */
  threadSummary?: ThreadSummary;
}

/** Every status, in the order the Status filter lists them. */
export const DISPATCH_STATUSES = [
  'usable',
  'embargoed',
  'correction',
  'withheld',
  'canceled',
] as const satisfies readonly DispatchStatus[];

/** Interface languages the renderer has message files for. */
export const UI_LOCALES = ['en', 'ru'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
/** Bounds of the "largest file to import" setting, in MB. */
export const MAX_FILE_MB = { min: 1, max: 1024, default: 64 } as const;

/** User settings, kept in the user-data store and validated on the way in and on load. */
export interface Settings {
  /** UI language; null follows the OS. */
  locale: UiLocale | null;
  theme: Theme;
  /** Paper of PDF exports. */
  paperSize: PaperSize;
  /** Files larger than this are rejected at import, with the reason. */
  maxFileMb: number;
  /** Exports include the scraped "related" teasers after an article (left out by default: they are other stories). */
  exportRelated: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  locale: null,
  theme: 'system',
  paperSize: 'A4',
  maxFileMb: MAX_FILE_MB.default,
  exportRelated: false,
};

/** Where the window was, in screen pixels. */
export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** How the user left the window, restored at the next start. */
export interface UiState {
  /** Widths in px of the filters and list panes; null for the defaults. */
  paneWidths: { filters: number; list: number } | null;
  /** The view's address (query, filters, sort, open article) as the location hash, without '#'. */
  lastView: string;
  /** Kept by the shell; null until the window has been moved or resized once. */
  window: WindowBounds | null;
}

export const DEFAULT_UI_STATE: UiState = { paneWidths: null, lastView: '', window: null };

/** An imported folder, as the sources list shows it. */
export interface SourceInfo {
  path: string;
  articles: number;
  /** Articles whose files are gone from disk. */
  missingArticles: number;
  files: number;
  /** When it was last imported or re-scanned (ISO 8601); null if never since this was recorded. */
  lastScanAt: string | null;
  /** New and changed files are imported, and deleted ones marked missing, while the app runs. */
  watch: boolean;
  /** The folder exists on disk now. */
  present: boolean;
}

/** The folder watcher's state, for the small indicator in the toolbar. */
export type WatchStatus = { state: 'idle' } | { state: 'pending' | 'importing'; path: string };

export interface AppInfo {
  version: string;
  dataDir: string;
  logDir: string;
}

/** Menu items the renderer carries out. */
export const APP_COMMANDS = ['open-settings', 'open-sources', 'open-tags', 'export', 'restore-backup'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export interface ArticleBody {
  paragraphs: string[];
  related: RelatedItem[];
}

/** The list's orders without a query; the one list every door (IPC schema, CLI, renderer) reads. */
export const LIST_SORTS = ['date-desc', 'date-asc', 'title'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export interface ListPage {
  total: number;
  offset: number;
  items: ArticleSummary[];
}

export interface ImportReject {
  path: string;
  code: string;
  reason: string;
}

export interface ImportSummary {
  root: string;
  filesSeen: number;
  /** Articles created or updated by this run. */
  imported: number;
  /** Files skipped because size and mtime (or content hash) had not changed. */
  unchanged: number;
  /** Records whose normalised text matched an article already in the archive: added as another source. */
  duplicates: number;
  /** Files that were known before and are gone now: their articles are marked missing. */
  missingFiles: number;
  rejected: ImportReject[];
  cancelled: boolean;
  durationMs: number;
  /** What happened to the user's work on the imported articles; absent when the import failed before it. */
  userWork?: {
    /** Articles whose file moved and changed, matched to their new article by text. */
    moved: number;
    /** Articles whose highlights were placed again in a changed text. */
    reanchored: number;
    /** Highlights that could not be placed and now show as orphaned. */
    orphaned: number;
    /** Articles given tags from their file's front matter. */
    taggedFromSource: number;
  };
}

export interface ImportProgress {
  root: string;
  phase: 'scanning' | 'importing' | 'saving' | 'done';
  done: number;
  total: number;
  currentPath: string | null;
  rejected: number;
}

/** What the window shows from the start: the story count, what opening the stores found, and the folders watched. */
export interface ArchiveSummary extends Pick<ArchiveStats, 'stories' | 'storeWarnings'> {
  /** Source folders watched for changes that are on disk now (the toolbar's indicator). */
  watchedFolders: number;
}

export interface ArchiveStats {
  dataDir: string;
  articles: number;
  /** Stories: articles less the older versions of a story, which lists fold into its newest (issue 17). */
  stories: number;
  missingArticles: number;
  files: number;
  folders: string[];
  byFormat: Record<string, number>;
  byLanguage: Record<string, number>;
  byAgency: Record<string, number>;
  /** Articles reached through more than one file. */
  multiSource: number;
  /** Problems found when the stores were opened (e.g. a corrupt file set aside). */
  storeWarnings: string[];
}
