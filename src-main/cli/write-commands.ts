// The commands that change the archive: import, tag, rescan.
import { resolve } from 'node:path';
import type { ImportProgress } from '../contract/archive';
import type { ArchiveDoor } from './archive-door';
import { printProgress, printSummary } from './print';

/** Prints import progress on a terminal, until the returned function is called. */
function showProgress(door: ArchiveDoor): () => void {
  const stop = door.onEvent((event, payload) => {
    if (event === 'import:progress') printProgress(payload as ImportProgress);
  });
  return () => {
    stop();
    if (process.stderr.isTTY) process.stderr.write('\n');
  };
}

export async function importCommand(door: ArchiveDoor, dir: string): Promise<number> {
  const done = showProgress(door);
  const summary = await door.call('import:folder', { path: resolve(dir) }).finally(done);
  printSummary(summary, door.dataDir);
  return 0;
}

export async function tagCommand(door: ArchiveDoor, query: string, add: string[], remove: string[]): Promise<number> {
  const page = await door.call('archive:search', { query, filters: {}, sort: 'date-desc', offset: 0, limit: 1 });
  if (page.queryError) {
    console.error(`error: ${page.queryError.message}`);
    return 2;
  }
  const { ids } = await door.call('archive:ids', { query, filters: {}, sort: 'date-desc' });
  if (ids.length === 0) {
    console.error('no article matches; nothing tagged');
    return 1;
  }
  const { changed } = await door.call('tags:apply', { ids, add, remove });
  console.log(`${changed} of ${ids.length} matching articles changed`);
  return 0;
}

export async function rescanCommand(door: ArchiveDoor, dir: string | undefined): Promise<number> {
  const done = showProgress(door);
  const summaries = await door.call('sources:rescan', dir === undefined ? {} : { path: resolve(dir) }).finally(done);
  for (const summary of summaries) printSummary(summary, door.dataDir);
  if (summaries.length === 0) console.error('no source folders to re-scan');
  return 0;
}
