// Writing export files where the user said, and nowhere else: a file is written whole
// to a temporary name beside its target and renamed into place, so a crash or a full
// disk never leaves half a PDF under the chosen name. An existing file is replaced only
// when the user confirmed it (the native save dialog asks); otherwise the next free
// name is taken: `report.pdf`, `report (2).pdf`, …
// The data is fsynced before the rename and the folder after it, as the stores write
// (store/atomic-json-file.ts): without that, a power cut soon after an export can leave
// the chosen name pointing at an empty file (audit finding 17).
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/** The extension each format's files get. */
export const EXPORT_EXTENSIONS = { pdf: 'pdf', markdown: 'md', json: 'json', csv: 'csv' } as const;

/**
 * A file name for one article: date and headline, kept to letters, digits and a few
 * safe marks in any script (Cyrillic and Arabic headlines stay readable), at most 80 characters.
 */
export function articleFileName(
  article: { date: string | null; title: string; id: string },
  extension: string,
): string {
  const words = article.title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim()
    .replace(/\s+/gu, '-')
    .slice(0, 80)
    .replace(/-+$/u, '');
  const stem = [article.date, words || article.id].filter(Boolean).join('_');
  return `${stem}.${extension}`;
}

/** `name.ext` → `name (n).ext`. */
function numbered(path: string, n: number): string {
  const ext = extname(path);
  return join(dirname(path), `${basename(path, ext)} (${n})${ext}`);
}

/** The file-system calls an export write makes; tests pass their own to see them in order. */
export interface ExportFileSystem {
  open: typeof open;
  rename: typeof rename;
  rm: typeof rm;
}

const NODE_FS: ExportFileSystem = { open, rename, rm };

/**
 * Writes `data` to `path`, or to the first free numbered name beside it when `path`
 * exists and `replace` is false. Returns the path written.
 */
export async function writeExportFile(
  path: string,
  data: string | Uint8Array,
  replace: boolean,
  fs: ExportFileSystem = NODE_FS,
): Promise<string> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.part`);
  let target: string;
  try {
    await writeSynced(temp, data, fs);
    target = replace ? path : await claimFreeName(path, fs);
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
  await syncFolder(dirname(target), fs);
  return target;
}

/** Writes a new file and waits until its data is on the disk. */
async function writeSynced(path: string, data: string | Uint8Array, fs: ExportFileSystem): Promise<void> {
  const handle = await fs.open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The rename lives in the folder's entry table, so the folder is synced too where the OS
 * allows: Windows cannot open a folder to fsync it, and there the rename stands as it is.
 */
async function syncFolder(folder: string, fs: ExportFileSystem): Promise<void> {
  if (process.platform === 'win32') return;
  let handle;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Best effort: the file itself is on disk already, under its name or its temporary one.
  } finally {
    await handle?.close();
  }
}

/** Creates an empty file at the first free name (exclusively, so two exports never take one name) and returns it. */
async function claimFreeName(path: string, fs: ExportFileSystem): Promise<string> {
  for (let n = 1; n < 10_000; n++) {
    const candidate = n === 1 ? path : numbered(path, n);
    try {
      const handle = await fs.open(candidate, 'wx');
      await handle.close();
      return candidate;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  throw new Error(`no free file name next to ${path}`);
}
