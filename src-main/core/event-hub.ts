// Events main sends (progress, finished imports, menu commands). Each door subscribes:
// the shell forwards them to its windows, the harness to its socket, the CLI prints.
import type { EventListener, EventName, Events } from '../contract/ipc';

export class EventHub {
  #listeners = new Set<EventListener>();

  on(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Bound, so areas can be handed `hub.emit` alone. */
  readonly emit = <E extends EventName>(event: E, payload: Events[E]): void => {
    for (const listener of this.#listeners) listener(event, payload);
  };
}
