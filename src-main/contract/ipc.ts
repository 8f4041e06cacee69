// The one door between the renderer and the main process. Every channel is
// declared here with its argument schema (checked at run time in main) and its
// result type (checked at compile time in preload and renderer).
import { z } from 'zod';
import {
  LIST_SORTS,
  type AppCommand,
  type AppInfo,
  type Article,
  type DiffPart,
  type ArchiveStats,
  type ArchiveSummary,
  type ImportProgress,
  type ImportSummary,
  type ListPage,
  type Settings,
  type SourceInfo,
  type UiState,
  type WatchStatus,
} from './archive';
import { SEARCH_SORTS, type SearchCounts, type SearchPage, type SearchSnippets } from './search';
import { EXPORT_FORMATS, EXPORT_LAYOUTS, type ExportProgress, type ExportResult, type RestoreSummary } from './export';
import type { Channel, EventName, PageChannel } from './channels';
import { HIGHLIGHT_COLORS, TAG_COLORS, type Annotation, type ArticleUserData, type TagInfo } from './userdata';
import {
  SETTINGS_PATCH,
  UI_STATE_PATCH,
  annotation,
  annotationId,
  articleId,
  filters,
  folderPath,
  noteText,
  offset,
  query,
  tagName,
} from './field-schemas';

export { SETTINGS_PATCH, UI_STATE_PATCH } from './field-schemas';

export {
  CHANNEL_NAMES,
  DROP_CHANNEL,
  EVENT_NAMES,
  IPC_PREFIX,
  PAGE_CHANNELS,
  PATH_CHANNELS,
  isChannel,
  isEventName,
  isPageChannel,
  type Channel,
  type EventName,
  type PageChannel,
} from './channels';

/** Declares a channel: `channel<Result>()(argsSchema)`. Curried so the schema's type is inferred. */
function channel<R>() {
  return <A extends z.ZodType>(args: A): { args: A; result: R } => ({ args, result: undefined as R });
}

const none = z.strictObject({});

export const CHANNELS = {
  'archive:list': channel<ListPage>()(
    z.strictObject({
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(500),
      sort: z.enum(LIST_SORTS).default('date-desc'),
    }),
  ),
  /** With a query, the article comes with the ranges of its hits. */
  'archive:get': channel<Article | null>()(z.strictObject({ id: articleId, query: query.optional() })),
  'archive:stats': channel<ArchiveStats>()(none),
  /** What the window needs at start, without archive:stats's count of file entries (it reads files.json: 24 MB at 100,000 files). */
  'archive:summary': channel<ArchiveSummary>()(none),
  /** What changed from one version of a story to another, as a word diff of their texts; null when either is gone. */
  'archive:diff': channel<DiffPart[] | null>()(z.strictObject({ id: articleId, against: articleId })),
  /** The list screen's one call: query plus facet filters, one page of hits, and facet counts. An empty query lists everything. */
  'archive:search': channel<SearchPage>()(
    z.strictObject({
      query: query.default(''),
      filters,
      sort: z.enum(SEARCH_SORTS).default('date-desc'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
      /** Each story thread once, by its earliest report (core/store/story-threads.ts). */
      collapseThreads: z.boolean().optional(),
    }),
  ),
  /** Every id the query and filters match, in list order: for range selection and "select all". */
  'archive:ids': channel<{ ids: string[] }>()(
    z.strictObject({
      query: query.default(''),
      filters,
      sort: z.enum(SEARCH_SORTS).default('date-desc'),
      collapseThreads: z.boolean().optional(),
    }),
  ),
  /**
   * The facet counts and timeline of a search whose first page came with `countsPending`
   * (issue 20): the same query, filters, sort and collapsing, so the cached results answer.
   */
  'archive:searchCounts': channel<SearchCounts>()(
    z.strictObject({
      query: query.default(''),
      filters,
      sort: z.enum(SEARCH_SORTS).default('date-desc'),
      collapseThreads: z.boolean().optional(),
    }),
  ),
  /**
   * The snippets of a first page's rows that came with `snippetPending` (issue 20), cut
   * around each article's first hit of `query`: at most a page of them.
   */
  'archive:searchSnippets': channel<SearchSnippets>()(
    z.strictObject({ query: query.default(''), ids: z.array(articleId).max(200) }),
  ),
  'settings:get': channel<Settings>()(none),
  /** Resolves once the settings are on disk. */
  'settings:set': channel<Settings>()(SETTINGS_PATCH),
  'import:folder': channel<ImportSummary>()(z.strictObject({ path: folderPath })),
  /** Opens the native folder picker, then imports; null when the user cancels the dialog. */
  'import:choose-folder': channel<ImportSummary | null>()(none),
  'import:cancel': channel<{ cancelled: boolean }>()(none),
  /** Imports files and folders given on the command line, through "Open with", or dropped: one summary each. */
  'import:paths': channel<ImportSummary[]>()(z.strictObject({ paths: z.array(folderPath).min(1).max(100) })),
  'sources:list': channel<SourceInfo[]>()(none),
  /** Imports a source folder again (all of them without a path); one summary each. */
  'sources:rescan': channel<ImportSummary[]>()(z.strictObject({ path: folderPath.optional() })),
  /**
   * Takes a folder out of the archive: its articles go unless another source holds them.
   * With keepUserData their tags and notes stay, and come back if the folder is added again.
   */
  'sources:remove': channel<{ articles: number; userDataRemoved: number }>()(
    z.strictObject({ path: folderPath, keepUserData: z.boolean() }),
  ),
  'sources:set-watch': channel<SourceInfo[]>()(z.strictObject({ path: folderPath, watch: z.boolean() })),
  'ui-state:get': channel<UiState>()(none),
  /** Resolves once on disk. */
  'ui-state:set': channel<UiState>()(UI_STATE_PATCH),
  'app:info': channel<AppInfo>()(none),
  /** Shows the data or log folder in the system's file manager. */
  'app:open-folder': channel<{ opened: boolean }>()(z.strictObject({ which: z.enum(['data', 'logs']) })),

  // The user's work. Every call below resolves only once the change is on disk.
  /** The tag tree: every tag with its colour and counts, implicit parents included, sorted by name. */
  'tags:list': channel<TagInfo[]>()(none),
  /** Adds and removes tags on many articles in one write; returns how many articles changed. */
  'tags:apply': channel<{ changed: number }>()(
    z.strictObject({
      ids: z.array(articleId).min(1).max(200_000),
      add: z.array(tagName).max(50).default([]),
      remove: z.array(tagName).max(50).default([]),
    }),
  ),
  /** Renames a tag and everything under it across the archive; onto an existing tag, merges. */
  'tags:rename': channel<{ changed: number; merged: boolean }>()(z.strictObject({ from: tagName, to: tagName })),
  /** Removes a tag and everything under it from every article. */
  'tags:delete': channel<{ changed: number }>()(z.strictObject({ name: tagName })),
  'tags:set-color': channel<TagInfo[]>()(z.strictObject({ name: tagName, color: z.enum(TAG_COLORS) })),
  /** Highlights `[start, end)` of the article's bodyText; main takes quote and context from its own copy. */
  'annotations:create': channel<Annotation>()(
    z.strictObject({
      articleId,
      start: offset,
      end: offset,
      color: z.enum(HIGHLIGHT_COLORS).default('yellow'),
      note: noteText.default(''),
    }),
  ),
  'annotations:update': channel<Annotation>()(
    z.strictObject({
      articleId,
      id: annotationId,
      color: z.enum(HIGHLIGHT_COLORS).optional(),
      note: noteText.optional(),
    }),
  ),
  /** Returns the deleted annotation, so the renderer can offer undo through annotations:restore. */
  'annotations:delete': channel<Annotation>()(z.strictObject({ articleId, id: annotationId })),
  'annotations:restore': channel<Annotation>()(z.strictObject({ articleId, annotation })),
  /** Sets the article-level note (plain text or Markdown); '' removes it. */
  'note:set': channel<ArticleUserData>()(z.strictObject({ articleId, note: noteText })),

  // Export and backup. The renderer never names a path to write: main asks the user
  // through the native save dialog, so an export can only land where the user chose.
  /** Asks where to save, then exports; null when the user cancels the dialog. Progress comes as export:progress. */
  'export:run': channel<ExportResult | null>()(
    z.strictObject({
      format: z.enum(EXPORT_FORMATS),
      layout: z.enum(EXPORT_LAYOUTS).default('dossier'),
      scope: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('ids'), ids: z.array(articleId).min(1).max(200_000) }),
        z.strictObject({ kind: z.literal('tag'), tag: tagName }),
        z.strictObject({ kind: z.literal('search'), query, filters }),
      ]),
      title: z.string().max(300).optional(),
      includeWithdrawn: z.boolean().default(false),
    }),
  ),
  /** Stops the running export after the file in hand; files already written stay whole. */
  'export:cancel': channel<{ cancelled: boolean }>()(none),
  /** Shows an exported file in the system's file manager; only files this session exported. */
  'export:reveal': channel<{ opened: boolean }>()(z.strictObject({ path: z.string().min(1).max(4096) })),
  /** Restores a JSON export (a backup): its articles, tags, annotations and notes. */
  'backup:restore': channel<RestoreSummary>()(z.strictObject({ path: folderPath })),
  /** Opens the native file picker for a backup, then restores it; null when the user cancels. */
  'backup:choose-and-restore': channel<RestoreSummary | null>()(none),
} as const satisfies Record<Channel, { args: z.ZodType; result: unknown }>;

export type ChannelArgs<C extends Channel> = z.input<(typeof CHANNELS)[C]['args']>;
export type ParsedArgs<C extends Channel> = z.output<(typeof CHANNELS)[C]['args']>;
export type ChannelResult<C extends Channel> = (typeof CHANNELS)[C]['result'];

/** The contract, implemented: one async function per channel, taking already-validated arguments. */
export type ContractHandlers = { [C in Channel]: (args: ParsedArgs<C>) => Promise<ChannelResult<C>> };
/** The channels of one area, by their prefix: `ChannelsOf<'tags'>` is 'tags:list' | 'tags:apply' | …. */
export type ChannelsOf<Area extends string> = Extract<Channel, `${Area}:${string}`>;
/** What an area's `xHandlers(deps)` returns: its part of the handler table. */
export type HandlersOf<C extends Channel> = Pick<ContractHandlers, C>;

/** Events main sends to the renderer. */
export interface Events {
  'import:progress': ImportProgress;
  /** Sent after every import, however it was started (button, menu, drop), so every view refreshes. */
  'import:finished': ImportSummary;
  'watch:status': WatchStatus;
  /** A menu item for the renderer to carry out (open Settings, the sources list, …). */
  'app:command': { command: AppCommand };
  'export:progress': ExportProgress;
  /**
   * What the list shows changed without an import: `threads` once the thread index,
   * built after open (store/thread-build.ts), gives the rows their thread badges.
   */
  'archive:changed': { what: 'threads' };
}
/** Hears every event main sends; the shell forwards them to windows, the harness to its socket. */
export type EventListener = <E extends EventName>(event: E, payload: Events[E]) => void;
/** Sends one event; what a handler area gets instead of the whole service. */
export type EmitEvent = EventListener;

// Every event name has a payload type, and no payload type lacks a name.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _eventsMatch: Exact<keyof Events, EventName> = true;
void _eventsMatch;

export type ErrorCode =
  | 'invalid-channel'
  | 'invalid-args'
  | 'busy'
  | 'import-failed'
  | 'unavailable'
  /** The article or annotation a call names does not exist (any more). */
  | 'not-found'
  /** The user-data file could not be written: nothing changed, on disk or in memory. */
  | 'write-failed'
  | 'internal';

export interface IpcError {
  code: ErrorCode;
  message: string;
}

/** Every reply is an envelope, so errors arrive typed instead of as Electron's stringified exceptions. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** What the preload exposes on `window.dispatchArchive`, and all the renderer can do. */
export interface DispatchArchiveApi {
  /** Any channel but those that take a path to read (PATH_CHANNELS). */
  invoke<C extends PageChannel>(channel: C, args: ChannelArgs<C>): Promise<Envelope<ChannelResult<C>>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  /**
   * Imports files and folders dropped on the window: one summary each. The preload finds
   * their paths on disk itself (a File made by a script has none), so the page hands
   * over only what the user dropped, never a path string.
   */
  importDropped(files: readonly File[]): Promise<Envelope<ImportSummary[]>>;
}
