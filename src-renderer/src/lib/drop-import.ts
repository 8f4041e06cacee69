// A folder (or a file) dropped anywhere on the window is imported. The window says on
// every dragover that it takes the drop; otherwise the browser would open what is
// dropped in place of the app.
import { pathForDroppedFile } from './api';
import type { ImportState } from './import.svelte';

export function allowDrop(event: DragEvent): void {
  event.preventDefault();
}

/** Imports the first thing dropped; nothing when it has no path on disk (text, or a file from a web page). */
export function importDropped(event: DragEvent, importer: Pick<ImportState, 'importPath'>): void {
  event.preventDefault();
  const file = event.dataTransfer?.files[0];
  const path = file ? pathForDroppedFile(file) : '';
  if (path) void importer.importPath(path);
}
