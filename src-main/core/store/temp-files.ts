// The temp files of atomic writes (atomic-json-file.ts). Each write has one of its own,
// named for the process and the write: with one fixed name per file, two processes on one
// data folder wrote into the same temp file, one's bytes landed in the file the other had
// just renamed into place, and its own rename failed (issue 16, finding 4). A crash leaves
// its temp file behind (the catalogue's is as large as catalogue.json), so the first write
// of a file in a process removes those left by processes that are gone.
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pidExists } from './process-liveness';

let writes = 0;

/** A temp file for one write of `path`, in its folder (a rename never crosses file systems). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${++writes}.tmp`);
}

/** Removes the temp files of `path` left by processes that no longer run, and the one fixed-name temp file older versions used. Best effort. */
export async function removeLeftoverTemps(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const writer = /^(\d+)-\d+$/.exec(name.slice(prefix.length, -'.tmp'.length));
    const gone = writer ? Number(writer[1]) !== process.pid && !pidExists(Number(writer[1])) : name === `${prefix}tmp`;
    if (gone) await rm(join(dirname(path), name), { force: true }).catch(() => undefined);
  }
}
