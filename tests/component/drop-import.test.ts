// Importing what is dropped on the window. A drop is built by hand: happy-dom has no
// DataTransfer. The preload turns the dropped Files into paths; the stub bridge takes a
// File's name for its path and answers on import:paths as main would.
import { describe, expect, it, vi } from 'vitest';
import type { ImportSummary } from '../../src-main/contract/archive';
import { allowDrop, importDropped } from '../../src-renderer/src/lib/drop-import';
import { ImportState } from '../../src-renderer/src/lib/import.svelte';
import { stubBridge } from './bridge-stub';

function drop(files: File[]) {
  return { preventDefault: vi.fn(), dataTransfer: { files } } as unknown as DragEvent;
}

const summary = (root: string): ImportSummary => ({
  root,
  filesSeen: 1,
  imported: 1,
  unchanged: 0,
  duplicates: 0,
  missingFiles: 0,
  rejected: [],
  cancelled: false,
  durationMs: 5,
});

describe('Dropping on the window', () => {
  it('hands every dropped file and folder to the preload, never a path to invoke', async () => {
    const bridge = stubBridge({ 'import:paths': ({ paths }) => paths.map(summary) });
    const state = new ImportState();
    importDropped(drop([new File([], '/home/ana/wires'), new File(['x'], '/home/ana/one-dispatch.txt')]), state);
    await vi.waitFor(() => expect(bridge.importDropped).toHaveBeenCalledTimes(1));
    expect(bridge.importDropped.mock.calls[0]![0].map((f) => f.name)).toEqual([
      '/home/ana/wires',
      '/home/ana/one-dispatch.txt',
    ]);
    expect(bridge.invoke).not.toHaveBeenCalled();
    expect(state.error).toBeNull();
  });

  it('shows why a drop could not be imported', async () => {
    const bridge = stubBridge();
    bridge.importDropped.mockResolvedValue({
      ok: false,
      error: { code: 'busy', message: 'an import is already running' },
    });
    const state = new ImportState();
    importDropped(drop([new File([], '/home/ana/wires')]), state);
    await vi.waitFor(() => expect(state.error).toBe('an import is already running'));
  });

  it('imports nothing when no file is dropped', () => {
    const bridge = stubBridge();
    importDropped(drop([]), new ImportState());
    expect(bridge.importDropped).not.toHaveBeenCalled();
  });

  it('keeps the browser from opening what is dropped', () => {
    stubBridge({ 'import:paths': () => [] });
    const event = drop([new File([], '/home/ana/wires')]);
    importDropped(event, new ImportState());
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('tells the browser on dragover that the window takes drops', () => {
    const event = { preventDefault: vi.fn() } as unknown as DragEvent;
    allowDrop(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
