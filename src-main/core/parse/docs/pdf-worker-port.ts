// pdf.js runs its parser ("worker") in the reading thread in Node and talks to it through a
// LoopbackPort (pdf.mjs), which copies every message with the global structuredClone. In
// Node 20 that is a MessageChannel round trip per message (node:internal/structured_clone):
// port checks, a transferable scan, a receive. With a message per page, per text chunk and
// per reply, that plumbing (postMessage, makeTransferable, receiveMessageOnPort,
// DOMException) was about a tenth of reading a PDF (bench/pdf-read.ts, cpu profile).
// And without a `worker`, each getDocument set up and tore down its own fake worker.
//
// This port delivers messages the way LoopbackPort does (each as `{ data }` to the listeners
// of the moment, once the same resolved promise's callback runs) and copies them the way
// structuredClone does, but what is plain data (arrays, objects whose prototype is Object's or
// null, primitives) in JavaScript: pdf.js's messages are almost all such (text items, page
// and document replies), and copying them so cost a quarter of structuredClone's time
// (pdf.js's messages of the bench corpus, 50 a PDF: 0.38 ms a PDF through structuredClone,
// 0.09 ms so). Everything else (typed arrays, errors, pdf.js's exception objects, Maps) and
// every message with a transfer list (the PDF's bytes, which are detached as before) still
// goes through structuredClone. The deep-copy libraries (klona, rfdc) each part from
// structuredClone somewhere (typed arrays, class instances, errors, shared values); this
// copies only what it can copy as structuredClone does, and hands it the rest.

type Listener = (this: PdfWorkerPort, event: { data: unknown }) => void;

/** A copy of `value` as structuredClone would make it. */
export function cloneMessage(value: unknown, transfer?: readonly Transferable[]): unknown {
  if (transfer?.length) return structuredClone(value, { transfer: transfer as Transferable[] });
  return copyOf(value, new Map());
}

/**
 * Like structuredClone: a value met twice is copied once, so a cycle stays one (within what
 * this copies); an array's holes stay holes, an own `__proto__` key stays a key, getters are
 * read. Not copied: an array's properties that are not its elements; pdf.js's have none.
 */
function copyOf(value: unknown, copies: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) {
    // Functions and symbols: structuredClone throws its DataCloneError for them.
    return typeof value === 'function' || typeof value === 'symbol' ? structuredClone(value) : value;
  }
  const done = copies.get(value);
  if (done !== undefined) return done;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype === Array.prototype) {
    const from = value as unknown[];
    const out: unknown[] = [];
    copies.set(value, out);
    for (let i = 0; i < from.length; i++) if (i in from) out[i] = copyOf(from[i], copies);
    out.length = from.length;
    return out;
  }
  if (prototype === Object.prototype || prototype === null) {
    const from = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    copies.set(value, out);
    for (const key of Object.keys(from)) {
      const copy = copyOf(from[key], copies);
      if (key === '__proto__')
        Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
      else out[key] = copy;
    }
    return out;
  }
  const out = structuredClone(value);
  copies.set(value, out);
  return out;
}

/** The two ends of pdf.js's in-thread worker, as one object (pdf.mjs LoopbackPort). */
export class PdfWorkerPort {
  readonly #listeners = new Map<Listener, (() => void) | null>();
  readonly #deferred = Promise.resolve();

  postMessage(message: unknown, transfer?: readonly Transferable[]): void {
    const event = { data: cloneMessage(message, transfer) };
    void this.#deferred.then(() => {
      for (const [listener] of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal } | null): void {
    let removeOnAbort: (() => void) | null = null;
    const signal = options?.signal;
    if (signal instanceof AbortSignal) {
      if (signal.aborted) return;
      const onAbort = (): void => this.removeEventListener(_type, listener);
      removeOnAbort = () => signal.removeEventListener('abort', onAbort);
      signal.addEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, removeOnAbort);
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const [, removeOnAbort] of this.#listeners) removeOnAbort?.();
    this.#listeners.clear();
  }

  /** How many handlers listen now: each document's go when it is destroyed. */
  get listenerCount(): number {
    return this.#listeners.size;
  }
}
