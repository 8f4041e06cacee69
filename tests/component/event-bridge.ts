import { vi } from 'vitest';
import type { DispatchArchiveApi, EventName, Events } from '../../src-main/contract/ipc';
import { stubBridge } from './bridge-stub';

type Listener = (payload: unknown) => void;

/**
 * The stub bridge plus main's events: `emit` delivers an event to every listener the
 * code under test subscribed, as main would.
 */
export function stubBridgeWithEvents(reply?: (channel: string, args: unknown) => unknown) {
  const stub = stubBridge(reply);
  const listeners = new Map<string, Set<Listener>>();
  const on = (event: string, listener: Listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set.add(listener));
    return () => set.delete(listener);
  };
  window.dispatchArchive = { ...window.dispatchArchive, on } as unknown as DispatchArchiveApi;
  function emit<E extends EventName>(event: E, payload: Events[E]): void {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  }
  return { ...stub, emit };
}

/** A bridge on which `channel` fails with `message` (as main's error envelope); every other call answers `reply`'s value. */
export function stubBridgeFailing(channel: string, message: string, reply: (channel: string) => unknown = () => ({})) {
  const invoke = vi.fn(async (name: string) =>
    name === channel ? { ok: false, error: { code: 'internal', message } } : { ok: true, value: reply(name) },
  );
  window.dispatchArchive = { invoke, on: () => () => {}, pathForDroppedFile: () => '' } as unknown as DispatchArchiveApi;
  return { invoke };
}
