// Writing export files where the user said, and nowhere else: a file is written whole
// to a temporary name beside its target and renamed into place, so a crash or a full
// disk never leaves half a PDF under the chosen name. An existing file is replaced only
// when the user confirmed it (the native save dialog asks); otherwise the next free
// name is taken: `report.pdf`, `report (2).pdf`, …
import { randomBytes } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/** The extension each format's files get. */
export const EXPORT_EXTENSIONS = { pdf: 'pdf', markdown: 'md', json: 'json', csv: 'csv' } as const;

/**
 * A file name for one article: date and headline, kept to letters, digits and a few
 * safe marks in any script (Cyrillic and Arabic headlines stay readable), at most 80 characters.
 */
export function articleFileName(article: { date: string | null; title: string; id: string }, extension: string): string {
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

/**
 * Writes `data` to `path`, or to the first free numbered name beside it when `path`
 * exists and `replace` is false. Returns the path written.
 */
export async function writeExportFile(path: string, data: string | Uint8Array, replace: boolean): Promise<string> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.part`);
  await writeFile(temp, data);
  try {
    const target = replace ? path : await claimFreeName(path);
    await rename(temp, target);
    return target;
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** Creates an empty file at the first free name (exclusively, so two exports never take one name) and returns it. */
async function claimFreeName(path: string): Promise<string> {
  for (let n = 1; n < 10_000; n++) {
    const candidate = n === 1 ? path : numbered(path, n);
    try {
      const handle = await open(candidate, 'wx');
      await handle.close();
      return candidate;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  throw new Error(`no free file name next to ${path}`);
}
