import type { EventName, Events } from '../../src-main/contract/ipc';
import { stubBridge, type StubReplies } from './bridge-stub';

type Listener<E extends EventName> = (payload: Events[E]) => void;

/**
 * The stub bridge plus main's events: `emit` delivers an event to every listener the
 * code under test subscribed, as main would.
 */
export function stubBridgeWithEvents(replies?: StubReplies) {
  const stub = stubBridge(replies);
  const listeners = new Map<EventName, Set<Listener<never>>>();
  stub.api.on = <E extends EventName>(event: E, listener: Listener<E>) => {
    const set = listeners.get(event) ?? new Set<Listener<never>>();
    listeners.set(event, set.add(listener));
    return () => set.delete(listener);
  };
  function emit<E extends EventName>(event: E, payload: Events[E]): void {
    for (const listener of listeners.get(event) ?? []) (listener as Listener<E>)(payload);
  }
  return { ...stub, emit };
}
