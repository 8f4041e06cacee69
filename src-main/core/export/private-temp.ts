// A private temporary folder for files that carry the user's work to another program: the
// print HTML a PDF engine loads from disk (shell/pdf-electron.ts) holds their notes and
// highlights. Audit finding 17: that file was written to the shared temp folder readable
// by every local user (mode 0644) and stayed there when the app crashed mid-export.
// Here each use gets its own folder from mkdtemp, which POSIX creates with mode 0700 (only
// its owner may list or enter it); files in it are 0600 and created exclusively, so
// nothing can be planted in their place; the folder is removed when the work ends,
// thrown or not; and a folder a crash left behind is swept, by the next process that
// makes one, once it is a day old (younger ones may belong to an export still running).
import { lstat, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Our folders' names start with this, so a sweep never touches another program's. */
export const PRIVATE_TEMP_PREFIX = 'dispatch-archive-private-';
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export interface PrivateTempOptions {
  /** Where the folder is made; the system's temp folder by default (tests pass their own). */
  root?: string;
}

/** The first folder a process makes in a root sweeps what crashed processes left there; later ones need not. */
const swept = new Map<string, Promise<unknown>>();

/** Runs `work` with a fresh private folder, and removes the folder and all in it afterwards. */
export async function withPrivateTempFolder<T>(
  work: (folder: string) => Promise<T>,
  options: PrivateTempOptions = {},
): Promise<T> {
  const root = options.root ?? tmpdir();
  if (!swept.has(root)) swept.set(root, sweepStaleTempFolders({ root }));
  await swept.get(root);
  const folder = await mkdtemp(join(root, PRIVATE_TEMP_PREFIX));
  try {
    return await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Writes `data` to a new file `name` in `folder` that only its owner can read (0600); refuses to replace one. */
export async function writePrivateFile(folder: string, name: string, data: string | Uint8Array): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, data, { mode: 0o600, flag: 'wx' });
  return path;
}

/** Runs `use` with the path of a private file holding `data`; the file and its folder are gone when it returns or throws. */
export function withPrivateTempFile<T>(
  name: string,
  data: string | Uint8Array,
  use: (path: string) => Promise<T>,
  options: PrivateTempOptions = {},
): Promise<T> {
  return withPrivateTempFolder(async (folder) => use(await writePrivateFile(folder, name, data)), options);
}

export interface SweepOptions extends PrivateTempOptions {
  /** For tests: the time now, in ms since the epoch. */
  now?: number;
}

/**
 * Removes our folders older than STALE_AFTER_MS from `root`, and returns their paths.
 * Only real folders (not links) of our prefix owned by this user are touched; anything
 * that cannot be read or removed is left, since a sweep is housekeeping, never a reason
 * for an export to fail.
 */
export async function sweepStaleTempFolders(options: SweepOptions = {}): Promise<string[]> {
  const root = options.root ?? tmpdir();
  const now = options.now ?? Date.now();
  const uid = process.getuid?.();
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(PRIVATE_TEMP_PREFIX)) continue;
    const path = join(root, name);
    try {
      const info = await lstat(path);
      const ours = uid === undefined || info.uid === uid;
      if (!info.isDirectory() || !ours || now - info.mtimeMs < STALE_AFTER_MS) continue;
      await rm(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}
