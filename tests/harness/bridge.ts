// Injected into the page before the renderer loads: the same `window.dispatchArchive`
// shape the Electron preload exposes, carried over fetch and EventSource instead of IPC.
// Passed to page.addInitScript as a function, so it must not close over anything.
export function installBridge(): void {
  // Context init scripts also run in the blank page a new tab starts on, where '/events' means nothing.
  if (location.protocol !== 'http:') return;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const source = new EventSource('/events');
  source.onmessage = (message) => {
    const { event, payload } = JSON.parse(message.data as string) as { event: string; payload: unknown };
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  (window as unknown as { dispatchArchive: unknown }).dispatchArchive = {
    async invoke(channel: string, args: unknown) {
      const res = await fetch(`/ipc/${encodeURIComponent(channel)}`, { method: 'POST', body: JSON.stringify(args) });
      return res.json();
    },
    on(event: string, listener: (payload: unknown) => void) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
      return () => listeners.get(event)!.delete(listener);
    },
    // Pages in a plain browser never learn a dropped file's path; tests import by path instead.
    async importDropped() {
      return { ok: true, value: [] };
    },
  };
}
