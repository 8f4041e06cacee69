// One file entry as one string in memory. Parsed from files.json, an entry was an object
// with a 64-character hash, an array of ids and a boxed mtime: ~916 bytes of heap a file
// (92 MB for /tmp/dd100k's 100,000 entries), all held through every import, ~1 GB at a
// million files (issue 20). Packed, the numbers and names are text and the hash and the
// ids their bytes, one character each, so V8 keeps the string at a byte per character.
import type { FileEntry } from './catalogue-records';

/** Splits the text fields from the bytes; the text never holds it (see packable). */
const END_OF_TEXT = '\0';
/** Starts an entry kept as JSON: one whose hash or ids are not lowercase hex (older data, tests). */
const AS_JSON = '{';

/** A format or encoding name with no space (the text's separator) and no END_OF_TEXT. */
const NAME = /^[^ \0]*$/;
const SHA256_BYTES = 32;
const ID_BYTES = 8;

const HEX_OF_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
/** Codes per String.fromCharCode call: far below the engine's limit on arguments. */
const CODES_PER_CALL = 8192;

/** The value of a lowercase hex digit's character code, -1 for any other character. */
function digit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  return code >= 97 && code <= 102 ? code - 87 : -1;
}

/** `bytes` bytes of lowercase hex as one code per byte, onto `codes`; false (and `codes` partly filled) when `hex` is not that. */
function pushHexBytes(hex: string, bytes: number, codes: number[]): boolean {
  if (hex.length !== bytes * 2) return false;
  for (let i = 0; i < hex.length; i += 2) {
    const high = digit(hex.charCodeAt(i));
    const low = digit(hex.charCodeAt(i + 1));
    if (high < 0 || low < 0) return false;
    codes.push((high << 4) | low);
  }
  return true;
}

/** The entry's bytes as codes after its text, or null when its hash or ids are not lowercase hex of their length. */
function packedCodes(entry: FileEntry, text: string): number[] | null {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) codes.push(text.charCodeAt(i));
  if (!pushHexBytes(entry.sha256, SHA256_BYTES, codes)) return null;
  for (const id of entry.recordIds) if (!pushHexBytes(id, ID_BYTES, codes)) return null;
  return codes;
}

/** One flat string of the codes: built with +=, it would be a rope of a node per piece, larger than the entry was. */
function stringOf(codes: number[]): string {
  if (codes.length <= CODES_PER_CALL) return String.fromCharCode(...codes);
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += CODES_PER_CALL)
    parts.push(String.fromCharCode(...codes.slice(i, i + CODES_PER_CALL)));
  return parts.join('');
}

function charsToHex(chars: string, from: number, to: number): string {
  const hex: string[] = [];
  for (let i = from; i < to; i++) hex.push(HEX_OF_BYTE[chars.charCodeAt(i)]!);
  return hex.join('');
}

/** The entry as one string: `size mtimeMs format encoding missing\0` then the hash's and the ids' bytes. */
export function packFileEntry(entry: FileEntry): string {
  const plain =
    Number.isFinite(entry.size) &&
    Number.isFinite(entry.mtimeMs) &&
    NAME.test(entry.format) &&
    NAME.test(entry.encoding);
  const text = `${entry.size} ${entry.mtimeMs} ${entry.format} ${entry.encoding} ${entry.missing ? 1 : 0}${END_OF_TEXT}`;
  const codes = plain ? packedCodes(entry, text) : null;
  return codes ? stringOf(codes) : JSON.stringify(entry);
}

/** The entry a packed string holds; a new object each time, so callers may keep or change it. */
export function unpackFileEntry(packed: string): FileEntry {
  if (packed.startsWith(AS_JSON)) return JSON.parse(packed) as FileEntry;
  const end = packed.indexOf(END_OF_TEXT);
  const [size, mtimeMs, format, encoding, missing] = packed.slice(0, end).split(' ');
  const bytesAt = end + 1;
  const idsAt = bytesAt + SHA256_BYTES;
  const recordIds: string[] = [];
  for (let at = idsAt; at < packed.length; at += ID_BYTES) recordIds.push(charsToHex(packed, at, at + ID_BYTES));
  return {
    size: Number(size),
    mtimeMs: Number(mtimeMs),
    sha256: charsToHex(packed, bytesAt, idsAt),
    format: format as FileEntry['format'],
    encoding: encoding!,
    recordIds,
    missing: missing === '1',
  };
}

/** What a re-scan compares with the file on disk, read without unpacking the hash and ids. */
export type FileStat = Pick<FileEntry, 'size' | 'mtimeMs' | 'missing'>;

export function unpackFileStat(packed: string): FileStat {
  if (packed.startsWith(AS_JSON)) {
    const { size, mtimeMs, missing } = JSON.parse(packed) as FileEntry;
    return { size, mtimeMs, missing };
  }
  const text = packed.slice(0, packed.indexOf(END_OF_TEXT));
  const sizeEnd = text.indexOf(' ');
  const mtimeEnd = text.indexOf(' ', sizeEnd + 1);
  return {
    size: Number(text.slice(0, sizeEnd)),
    mtimeMs: Number(text.slice(sizeEnd + 1, mtimeEnd)),
    missing: text.endsWith('1'),
  };
}

/** Whether the packed entry is marked missing, without unpacking the rest. */
export function packedMissing(packed: string): boolean {
  if (packed.startsWith(AS_JSON)) return (JSON.parse(packed) as FileEntry).missing;
  return packed.charAt(packed.indexOf(END_OF_TEXT) - 1) === '1';
}
