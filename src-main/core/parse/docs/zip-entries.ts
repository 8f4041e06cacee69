// Bounded unzipping for DOCX and ODT. fflate (101arrowz/fflate, pure JS, no native code,
// actively kept) lists the central directory before inflating anything, so a zip bomb is
// refused from its declared sizes, and the inflater writes into a buffer of exactly the
// declared size, so an entry that lies about its size cannot grow past it either.
import { unzipSync, type UnzipFileInfo } from 'fflate';

/** Far above any real news document (a 300-page DOCX with photos is ~30 MB inflated). */
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;
/** Deflate reaches ~1:30 on XML; bombs are built at 1:1000 and more. Only large entries are held to it. */
export const MAX_RATIO = 200;
const RATIO_FLOOR_BYTES = 1024 * 1024;

export type ZipOutcome =
  { ok: true; entries: Record<string, Uint8Array> } | { ok: false; bomb: boolean; reason: string };

/**
 * The entries `wanted` accepts, inflated, or why the archive is refused. Sizes are checked
 * over every entry, wanted or not, so the cap holds whatever a later reader opens.
 */
export function unzipBounded(bytes: Uint8Array, wanted: (name: string) => boolean): ZipOutcome {
  let total = 0;
  let refusal: string | null = null;
  const check = (info: UnzipFileInfo): boolean => {
    total += info.originalSize;
    const ratio = info.originalSize / Math.max(1, info.size);
    if (total > MAX_UNZIPPED_BYTES)
      refusal ??= `unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB (zip bomb?)`;
    else if (info.originalSize > RATIO_FLOOR_BYTES && ratio > MAX_RATIO)
      refusal ??= `entry ${info.name} is compressed ${Math.round(ratio)}:1 (zip bomb?)`;
    return refusal === null && wanted(info.name);
  };
  try {
    // A first pass that inflates nothing: the filter sees every entry's declared size.
    unzipSync(bytes, { filter: (info) => (check(info), false) });
    if (refusal) return { ok: false, bomb: true, reason: refusal };
    return { ok: true, entries: unzipSync(bytes, { filter: (info) => wanted(info.name) }) };
  } catch (err) {
    const what = err instanceof Error ? err.message : String(err);
    return { ok: false, bomb: false, reason: `broken zip archive (${what})` };
  }
}
