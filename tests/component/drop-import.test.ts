// Importing what is dropped on the window. A drop is built by hand: happy-dom has no
// DataTransfer, and the path comes from the preload (webUtils), stubbed here.
import { describe, expect, it, vi } from 'vitest';
import { allowDrop, importDropped } from '../../src-renderer/src/lib/drop-import';
import { stubBridge } from './bridge-stub';

/** A drop carrying `files`, whose paths on disk the preload gives as `pathOf` says. */
function drop(files: File[], pathOf: (file: File) => string = () => '') {
  const { api } = stubBridge();
  api.pathForDroppedFile = pathOf;
  const event = { preventDefault: vi.fn(), dataTransfer: { files } } as unknown as DragEvent;
  const importer = { importPath: vi.fn(async () => {}) };
  importDropped(event, importer);
  return { event, importer };
}

const folder = new File([], 'wires');

describe('Dropping on the window', () => {
  it('imports the folder dropped', () => {
    const { importer } = drop([folder], () => '/home/ana/wires');
    expect(importer.importPath.mock.calls).toEqual([['/home/ana/wires']]);
  });

  it('imports only the first of many things dropped', () => {
    const paths = new Map([[folder, '/home/ana/wires']]);
    const { importer } = drop([folder, new File([], 'other')], (file) => paths.get(file) ?? '/home/ana/other');
    expect(importer.importPath.mock.calls).toEqual([['/home/ana/wires']]);
  });

  it('imports nothing dropped without a path on disk', () => {
    const { importer } = drop([folder], () => '');
    expect(importer.importPath).not.toHaveBeenCalled();
  });

  it('imports nothing when no file is dropped', () => {
    const { importer } = drop([]);
    expect(importer.importPath).not.toHaveBeenCalled();
  });

  it('keeps the browser from opening what is dropped', () => {
    const { event } = drop([folder], () => '/home/ana/wires');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('tells the browser on dragover that the window takes drops', () => {
    const event = { preventDefault: vi.fn() } as unknown as DragEvent;
    allowDrop(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
