// Channel and event names alone, with no schema library: the sandboxed preload
// imports only this, which keeps zod out of the bundle every window loads.
// ipc.ts declares one schema per name here, checked by the compiler.

export const CHANNEL_NAMES = [
  'archive:list',
  'archive:get',
  'archive:stats',
  'archive:search',
  'archive:ids',
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

export const EVENT_NAMES = ['import:progress', 'import:finished', 'watch:status', 'app:command', 'export:progress'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/** The prefix of every IPC channel name on the wire, so nothing else in ipcMain collides. */
export const IPC_PREFIX = 'dispatch-archive:';

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNEL_NAMES as readonly string[]).includes(name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}
