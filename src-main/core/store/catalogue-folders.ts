// The folder registry: the imported folders, in the order first imported, and what the
// archive remembers of each (SourceMeta), in catalogue.json beside the articles. Each
// change replaces `folders` or `sources` rather than editing it: a journal entry taken
// meanwhile holds the old object and is serialised only once its batch's bodies are on
// disk (see CatalogueStore.commit), so it must not change under it.
import type { CatalogueData, SourceMeta } from './catalogue-records';

/** Records an imported folder; a new one is watched by default. False when it was known already. */
export function addFolder(data: CatalogueData, root: string, now: string): boolean {
  if (data.folders.includes(root) && data.sources[root]) return false;
  if (!data.folders.includes(root)) data.folders = [...data.folders, root];
  data.sources = { ...data.sources, [root]: data.sources[root] ?? { addedAt: now, lastScanAt: null, watch: true } };
  return true;
}

/** Changes an imported folder's metadata; false for an unknown folder, which is ignored. */
export function updateSource(data: CatalogueData, root: string, patch: Partial<SourceMeta>): boolean {
  const meta = data.sources[root];
  if (!meta) return false;
  data.sources = { ...data.sources, [root]: { ...meta, ...patch } };
  return true;
}

/** Forgets a folder (its files and articles are removed by the caller). */
export function removeFolder(data: CatalogueData, root: string): void {
  data.folders = data.folders.filter((f) => f !== root);
  const { [root]: _removed, ...sources } = data.sources;
  data.sources = sources;
}
