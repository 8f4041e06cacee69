// JSON text kept to ASCII, for the large files read at every start. Node decodes an
// ASCII buffer as Latin-1 about four times faster than it decodes UTF-8 holding Arabic
// and Cyrillic: at 100,000 articles, 50 ms rather than 210 ms for catalogue.json, which
// grows by a sixth with the escapes. Writing the escapes costs ~5 ms per MB, paid only
// when a snapshot is written, a slice at a time.
import { isAscii } from 'node:buffer';

// Outside strings JSON.stringify writes ASCII only, so every other character is inside a
// string, where a \uXXXX escape (one per UTF-16 unit, surrogates too) reads back the same.
const NON_ASCII = /[\u0080-\uffff]/g;
/** Escapes by character: the archive's scripts use a few hundred characters over and over. */
const escapes = new Map<string, string>();

function escape(char: string): string {
  let escaped = escapes.get(char);
  if (escaped === undefined) {
    escaped = `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    escapes.set(char, escaped);
  }
  return escaped;
}

/**
 * Characters escaped per replace. One replace over a 2 MB string kept its matches alive
 * long enough to be promoted (a 100k import peaked 250 MB higher); slices this small leave
 * the garbage to the young generation, and run faster too.
 */
const SLICE = 16 * 1024;

/** The same JSON, with every non-ASCII character written as an escape. */
export function asciiJson(json: string): string {
  if (json.length <= SLICE) return json.replace(NON_ASCII, escape);
  const parts: string[] = [];
  // Each UTF-16 unit is escaped on its own, so a slice may end anywhere, even inside a surrogate pair.
  for (let at = 0; at < json.length; at += SLICE) parts.push(json.slice(at, at + SLICE).replace(NON_ASCII, escape));
  return parts.join('');
}

/** A JSON file's text: ASCII read the fast way, anything else (older files, other stores) as UTF-8. */
export function decodeJsonText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
