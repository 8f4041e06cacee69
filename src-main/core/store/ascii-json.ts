// JSON text kept to ASCII, for the large files read at every start. Node decodes an
// ASCII buffer as Latin-1 about four times faster than it decodes UTF-8 holding Arabic
// and Cyrillic: at 100,000 articles, 50 ms rather than 210 ms for catalogue.json, which
// grows by a sixth with the escapes. Writing the escapes is paid only when a snapshot is
// written, a piece at a time.
import { isAscii } from 'node:buffer';

// Outside strings JSON.stringify writes ASCII only, so every other character is inside a
// string, where a \uXXXX escape (one per UTF-16 unit, surrogates too) reads back the same.
const NON_ASCII = /[\u0080-\uffff]/;
const HEX = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
/** Kept between calls: a snapshot writes its shards a piece at a time, each about the same size. */
let scratch = new Uint8Array(1 << 16);
/** Past this the scratch is not kept: one very large piece should not hold its memory for good. */
const MAX_KEPT = 16 * 1024 * 1024;

/**
 * The same JSON, with every non-ASCII character written as an escape, as the bytes the file
 * takes. Escaping by a regex replace and then encoding the result cost 2.3 s of CPU in a
 * 100,000-file import's last snapshot (cpu profile of the import's tail, after the workers
 * were done, so all of it wall time); one pass writing bytes takes a third of that
 * (a 4.3 MB shard of that archive: 70-170 ms before, 15-28 ms after, load ~12).
 */
export function asciiJsonBytes(json: string): Uint8Array {
  // All ASCII (signature shards, most keys): Latin-1 encoding is a plain copy.
  if (!NON_ASCII.test(json)) return Buffer.from(json, 'latin1');
  const out = scratch.length >= json.length * 6 ? scratch : new Uint8Array(json.length * 6);
  let o = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x80) {
      out[o++] = c;
      continue;
    }
    out[o] = 0x5c; // \
    out[o + 1] = 0x75; // u
    out[o + 2] = HEX[c >> 12]!;
    out[o + 3] = HEX[(c >> 8) & 15]!;
    out[o + 4] = HEX[(c >> 4) & 15]!;
    out[o + 5] = HEX[c & 15]!;
    o += 6;
  }
  if (out !== scratch && out.length <= MAX_KEPT) scratch = out;
  return out.slice(0, o);
}

/** The same JSON as text, every non-ASCII character escaped. */
export function asciiJson(json: string): string {
  return Buffer.from(asciiJsonBytes(json)).toString('latin1');
}

/** A JSON file's text: ASCII read the fast way, anything else (older files, other stores) as UTF-8. */
export function decodeJsonText(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
