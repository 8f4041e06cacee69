// Where the walk is, as two paths: the one shown and stored, with names decoded as UTF-8, and
// the raw bytes, kept only when the shown path would not open the same file. File names are
// bytes on Linux and need not be UTF-8 (a Windows-1251 archive copied from an old disk):
// decoded to strings by readdir, such a name no longer named its file, and the file could
// never be imported (robustness audit, finding 16).
//
// The bytes are not stored: every import walks the folder again, so they are at hand whenever
// the file is read. The catalogue, record ids and the interface use the shown path, with
// U+FFFD for each byte that is not UTF-8.
import { isUtf8 } from 'node:buffer';
import { join, sep } from 'node:path';

export interface Place {
  /** The path shown and stored. */
  path: string;
  /** The path's bytes when `path` does not name the same file; undefined when it does. */
  raw?: Buffer;
}

const SEPARATOR = Buffer.from(sep);

/** The entry `name` (readdir's bytes, `shown` decoded) inside `parent`. */
export function childOf(parent: Place, name: Buffer, shown = name.toString('utf8')): Place {
  const path = join(parent.path, shown);
  // Decoding marks each stray byte U+FFFD; only then can the name be other than it shows.
  if (!parent.raw && !(shown.includes('\uFFFD') && !isUtf8(name))) return { path };
  return { path, raw: Buffer.concat([parent.raw ?? Buffer.from(parent.path), SEPARATOR, name]) };
}

/** What to hand fs to reach the place. */
export function openable(place: Place): string | Buffer {
  return place.raw ?? place.path;
}

/** Bytes of a path as a string of one character per byte: lossless, for comparing real paths. */
export function pathKey(bytes: Buffer): string {
  return bytes.toString('latin1');
}

/** A path key as it is shown. */
export function shownPath(key: string): string {
  return Buffer.from(key, 'latin1').toString('utf8');
}
