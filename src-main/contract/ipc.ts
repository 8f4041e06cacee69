// The one door between the renderer and the main process. Every channel is
// declared here with its argument schema (checked at run time in main) and its
// result type (checked at compile time in preload and renderer).
import { z } from 'zod';
import { UI_LOCALES, type Article, type ArchiveStats, type ImportProgress, type ImportSummary, type ListPage, type Settings } from './archive';
import { FACET_NAMES, type FacetName, type SearchPage } from './search';
import type { Channel, EventName } from './channels';

export { CHANNEL_NAMES, EVENT_NAMES, IPC_PREFIX, isChannel, isEventName, type Channel, type EventName } from './channels';

const articleId = z.string().regex(/^[0-9a-f]{16}$/, 'an article id is 16 hex digits');
const folderPath = z.string().min(1, 'a folder path is required').max(4096);

/** Declares a channel: `channel<Result>()(argsSchema)`. Curried so the schema's type is inferred. */
function channel<R>() {
  return <A extends z.ZodType>(args: A): { args: A; result: R } => ({ args, result: undefined as R });
}

const none = z.strictObject({});

/** A search query as typed; the query language is parsed in main (core/search/query.ts). */
const query = z.string().max(2000, 'a query is at most 2,000 characters');
const facetValues = z.array(z.string().min(1).max(4096)).max(200);
const filters = z
  .strictObject(Object.fromEntries(FACET_NAMES.map((name) => [name, facetValues.optional()])) as Record<FacetName, z.ZodOptional<typeof facetValues>>)
  .default({});

export const CHANNELS = {
  'archive:list': channel<ListPage>()(
    z.strictObject({
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(500),
      sort: z.enum(['date-desc', 'date-asc', 'title']).default('date-desc'),
    }),
  ),
  /** With a query, the article comes with the ranges of its hits. */
  'archive:get': channel<Article | null>()(z.strictObject({ id: articleId, query: query.optional() })),
  'archive:stats': channel<ArchiveStats>()(none),
  /** The list screen's one call: query plus facet filters, one page of hits, and facet counts. An empty query lists everything. */
  'archive:search': channel<SearchPage>()(
    z.strictObject({
      query: query.default(''),
      filters,
      sort: z.enum(['relevance', 'date-desc', 'date-asc', 'title']).default('date-desc'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  ),
  'settings:get': channel<Settings>()(none),
  /** Resolves once the settings are on disk. */
  'settings:set': channel<Settings>()(z.strictObject({ locale: z.enum(UI_LOCALES).nullable().optional() })),
  'import:folder': channel<ImportSummary>()(z.strictObject({ path: folderPath })),
  /** Opens the native folder picker, then imports; null when the user cancels the dialog. */
  'import:choose-folder': channel<ImportSummary | null>()(none),
  'import:cancel': channel<{ cancelled: boolean }>()(none),
} as const satisfies Record<Channel, { args: z.ZodType; result: unknown }>;

export type ChannelArgs<C extends Channel> = z.input<(typeof CHANNELS)[C]['args']>;
export type ParsedArgs<C extends Channel> = z.output<(typeof CHANNELS)[C]['args']>;
export type ChannelResult<C extends Channel> = (typeof CHANNELS)[C]['result'];

/** Events main sends to the renderer. */
export interface Events {
  'import:progress': ImportProgress;
  /** Sent after every import, however it was started (button, menu, drop), so every view refreshes. */
  'import:finished': ImportSummary;
}
// Every event name has a payload type, and no payload type lacks a name.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _eventsMatch: Exact<keyof Events, EventName> = true;
void _eventsMatch;

export type ErrorCode = 'invalid-channel' | 'invalid-args' | 'busy' | 'import-failed' | 'unavailable' | 'internal';

export interface IpcError {
  code: ErrorCode;
  message: string;
}

/** Every reply is an envelope, so errors arrive typed instead of as Electron's stringified exceptions. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** What the preload exposes on `window.dispatchArchive`, and all the renderer can do. */
export interface DispatchArchiveApi {
  invoke<C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<Envelope<ChannelResult<C>>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  /** The filesystem path of a file or folder dropped on the window ('' when there is none). */
  pathForDroppedFile(file: File): string;
}
