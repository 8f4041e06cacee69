import { describe, expect, it } from 'vitest';
import { cloneMessage, PdfWorkerPort } from '../../../../src-main/core/parse/docs/pdf-worker-port';

describe('cloneMessage', () => {
  it('copies a text chunk as structuredClone does, null-prototype styles becoming plain objects', () => {
    const styles = Object.assign(Object.create(null) as object, { g_d0_f1: { fontFamily: 'sans-serif', ascent: 0.9 } });
    const chunk = {
      items: [{ str: 'Geneva', dir: 'ltr', width: 31.5, transform: [12, 0, 0, 12, 72, 712], hasEOL: false }],
      styles,
    };
    const copy = cloneMessage(chunk) as typeof chunk;
    expect(copy).toStrictEqual(structuredClone(chunk));
    expect(Object.getPrototypeOf(copy.styles)).toBe(Object.prototype);
    expect(copy.items[0]).not.toBe(chunk.items[0]);
  });

  it('keeps shared values shared, cycles whole, holes as holes and an own __proto__ key as a key', () => {
    const shared = { n: 1 };
    const cyclic: Record<string, unknown> = { pair: [shared, shared] };
    cyclic['self'] = cyclic;
    // eslint-disable-next-line no-sparse-arrays
    const holey = [1, , 3];
    const keyed = JSON.parse('{"__proto__": {"x": 1}}') as object;
    const copy = cloneMessage({ cyclic, holey, keyed }) as { cyclic: typeof cyclic; holey: number[]; keyed: object };
    const pair = copy.cyclic['pair'] as object[];
    expect(pair[0]).toBe(pair[1]);
    expect(copy.cyclic['self']).toBe(copy.cyclic);
    expect(1 in copy.holey).toBe(false);
    expect(copy.holey).toHaveLength(3);
    expect(Object.keys(copy.keyed)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(copy.keyed)).toBe(Object.prototype);
  });

  it('leaves typed arrays, errors and class instances to structuredClone', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    class Ref {
      constructor(readonly num: number) {}
    }
    const copy = cloneMessage({ bytes, error: new RangeError('bad'), ref: new Ref(4) }) as Record<string, unknown>;
    expect(copy['bytes']).toEqual(bytes);
    expect(copy['bytes']).not.toBe(bytes);
    expect(copy['error']).toBeInstanceOf(RangeError);
    expect(copy['ref']).toEqual({ num: 4 });
    expect(Object.getPrototypeOf(copy['ref'])).toBe(Object.prototype);
  });

  it('detaches what it is told to transfer, as structuredClone does', () => {
    const data = new Uint8Array([37, 80, 68, 70]);
    const copy = cloneMessage({ data }, [data.buffer]) as { data: Uint8Array };
    expect([...copy.data]).toEqual([37, 80, 68, 70]);
    expect(data.byteLength).toBe(0);
  });

  it('refuses a function with the DataCloneError structuredClone throws', () => {
    expect(() => cloneMessage({ run: () => undefined })).toThrow(expect.objectContaining({ name: 'DataCloneError' }));
  });
});

describe('PdfWorkerPort', () => {
  it('delivers a copy to the listeners of the moment after the sender goes on', async () => {
    const port = new PdfWorkerPort();
    const seen: unknown[] = [];
    port.addEventListener('message', ({ data }) => seen.push(data));
    const message = { action: 'GetPage', data: { pageIndex: 0 } };
    port.postMessage(message);
    message.data.pageIndex = 5;
    expect(seen).toEqual([]);
    await Promise.resolve();
    expect(seen).toEqual([{ action: 'GetPage', data: { pageIndex: 0 } }]);
  });

  it('drops a listener when its signal aborts, and takes none whose signal already has', () => {
    const port = new PdfWorkerPort();
    const controller = new AbortController();
    port.addEventListener('message', () => undefined, { signal: controller.signal });
    expect(port.listenerCount).toBe(1);
    controller.abort();
    expect(port.listenerCount).toBe(0);
    port.addEventListener('message', () => undefined, { signal: controller.signal });
    expect(port.listenerCount).toBe(0);
  });
});
