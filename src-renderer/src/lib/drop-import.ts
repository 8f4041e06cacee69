// Folders and files dropped anywhere on the window are imported: a file into the source
// folder that holds it, else beside it (issue 16, finding 15: a dropped file was taken
// for a folder). The window says on every dragover that it takes the drop; otherwise
// the browser would open what is dropped in place of the app.
import type { ImportState } from './import.svelte';

export function allowDrop(event: DragEvent): void {
  event.preventDefault();
}

/** Imports everything dropped that has a place on disk (the preload drops text and files from web pages). */
export function importDropped(event: DragEvent, importer: Pick<ImportState, 'importDropped'>): void {
  event.preventDefault();
  const files = [...(event.dataTransfer?.files ?? [])];
  if (files.length > 0) void importer.importDropped(files);
}
