// Channel and event names alone, with no schema library: the sandboxed preload
// imports only this, which keeps zod out of the bundle every window loads.
// ipc.ts declares one schema per name here, checked by the compiler.

export const CHANNEL_NAMES = [
  'archive:list',
  'archive:get',
  'archive:stats',
  'archive:summary',
  'archive:search',
  'archive:ids',
  'archive:searchCounts',
  'archive:searchSnippets',
  'archive:diff',
  'settings:get',
  'settings:set',
  'import:folder',
  'import:choose-folder',
  'import:cancel',
  'tags:list',
  'tags:apply',
  'tags:rename',
  'tags:delete',
  'tags:set-color',
  'annotations:create',
  'annotations:update',
  'annotations:delete',
  'annotations:restore',
  'note:set',
  'ui-state:get',
  'ui-state:set',
  'app:info',
  'app:open-folder',
  'sources:list',
  'sources:rescan',
  'sources:remove',
  'sources:set-watch',
  'import:paths',
  'export:run',
  'export:cancel',
  'export:reveal',
  'backup:restore',
  'backup:choose-and-restore',
] as const;
export type Channel = (typeof CHANNEL_NAMES)[number];

/**
 * Channels that take a path to read from the caller. The page never calls them: it gets
 * paths only from the native dialogs (import:choose-folder, backup:choose-and-restore),
 * or from a drop, which the preload turns into paths itself (importDropped). Otherwise
 * any script that reached the page could make main read any file (issue 16, finding 6).
 * The CLI, the shell's launches and the harness call them in main.
 */
export const PATH_CHANNELS = ['import:folder', 'import:paths', 'backup:restore'] as const;
export type PathChannel = (typeof PATH_CHANNELS)[number];
/** What the page may invoke. */
export type PageChannel = Exclude<Channel, PathChannel>;
export const PAGE_CHANNELS = CHANNEL_NAMES.filter(
  (name): name is PageChannel => !(PATH_CHANNELS as readonly string[]).includes(name),
);
/** The one path channel that crosses IPC: the preload sends a drop's paths on it, never the page. */
export const DROP_CHANNEL = 'import:paths' satisfies PathChannel;

export const EVENT_NAMES = [
  'import:progress',
  'import:finished',
  'watch:status',
  'app:command',
  'export:progress',
  'archive:changed',
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/** The prefix of every IPC channel name on the wire, so nothing else in ipcMain collides. */
export const IPC_PREFIX = 'dispatch-archive:';

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNEL_NAMES as readonly string[]).includes(name);
}

export function isPageChannel(name: unknown): name is PageChannel {
  return typeof name === 'string' && (PAGE_CHANNELS as readonly string[]).includes(name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}
