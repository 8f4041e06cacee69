import { vi } from 'vitest';
import type { DispatchArchiveApi } from '../../src-main/contract/ipc';

/**
 * Stands in for the preload's `window.dispatchArchive`: every call answers with the
 * value `reply` gives for its channel (an empty ok envelope by default), and the
 * mock records what the component asked for.
 */
export function stubBridge(reply: (channel: string, args: unknown) => unknown = () => ({})) {
  const invoke = vi.fn(async (channel: string, args: unknown) => ({ ok: true, value: reply(channel, args) }));
  const api = { invoke, on: () => () => {}, pathForDroppedFile: () => '' };
  window.dispatchArchive = api as unknown as DispatchArchiveApi;
  return { invoke };
}
