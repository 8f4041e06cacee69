// A segment on disk: a small JSON header, then its typed arrays' bytes as they are in
// memory, each padded to 4 bytes, so loading is one read and a few views (no parsing).
// Written once under a name of its own and never changed; the index file lists the live ones.
import { closeSync, openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { FIELD_COUNT, Segment, type PostingsLoader, type SegmentParts } from './segment';

const MAGIC = 0x47534144; // "DASG", little-endian
const VERSION = 1;

type ArrayName = 'lengths' | 'termStarts' | 'termBytes' | 'termPost' | 'termPos' | 'post' | 'pos';
const ARRAYS: readonly ArrayName[] = ['lengths', 'termStarts', 'termBytes', 'termPost', 'termPos', 'post', 'pos'];
const KIND = {
  lengths: Uint16Array,
  termStarts: Uint32Array,
  termBytes: Uint8Array,
  termPost: Uint32Array,
  termPos: Uint32Array,
  post: Uint8Array,
  pos: Uint8Array,
};

interface Header {
  base: number;
  count: number;
  /** Each array's length in bytes, in ARRAYS order. */
  bytes: number[];
}

const padded = (n: number): number => Math.ceil(n / 4) * 4;

/** The head of the segment's file: magic, version, the JSON header's length and the header. */
function headOf(parts: SegmentParts): Buffer {
  const header: Header = { base: parts.base, count: parts.count, bytes: ARRAYS.map((name) => parts[name].byteLength) };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(12 + padded(json.length));
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(VERSION, 4);
  head.writeUInt32LE(json.length, 8);
  json.copy(head, 12);
  return head;
}

/** The segment's file contents, as pieces to write one after another. */
export function segmentBytes(segment: Segment): Uint8Array[] {
  const { parts } = segment;
  const pieces: Uint8Array[] = [headOf(parts)];
  for (const name of ARRAYS) {
    const array = parts[name];
    pieces.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
    const pad = padded(array.byteLength) - array.byteLength;
    if (pad) pieces.push(Buffer.alloc(pad));
  }
  return pieces;
}

/**
 * Reads `segment`'s postings back from `file`, which segmentBytes(segment) was written to:
 * in one go and synchronously, as a search needs them at once (a segment of 10,000
 * articles holds ~7 MB of them, a few ms from the page cache).
 */
export function postingsLoader(file: string, segment: Segment): PostingsLoader {
  const { parts } = segment;
  let at = headOf(parts).length;
  const offsets: Partial<Record<ArrayName, number>> = {};
  for (const name of ARRAYS) {
    offsets[name] = at;
    at += padded(parts[name].byteLength);
  }
  const sizes = { post: parts.post.byteLength, pos: parts.pos.byteLength };
  return () => {
    const fd = openSync(file, 'r');
    try {
      const read = (name: 'post' | 'pos'): Uint8Array => {
        const bytes = new Uint8Array(sizes[name]);
        const got = readSync(fd, bytes, 0, bytes.length, offsets[name]!);
        if (got !== bytes.length) throw new Error(`The search index file ${file} is shorter than when it was written`);
        return bytes;
      };
      return { post: read('post'), pos: read('pos') };
    } finally {
      closeSync(fd);
    }
  };
}

/** The segment in `file`, or null when the file is missing, cut short or not a segment. */
export async function readSegment(file: string): Promise<Segment | null> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch {
    return null;
  }
  if (buffer.length < 12 || buffer.readUInt32LE(0) !== MAGIC || buffer.readUInt32LE(4) !== VERSION) return null;
  // Views need their element size's alignment; a small file may sit at any offset of Node's pool.
  if (buffer.byteOffset % 4 !== 0) buffer = Buffer.from(buffer);
  let header: Header;
  const jsonLength = buffer.readUInt32LE(8);
  try {
    header = JSON.parse(buffer.toString('utf8', 12, 12 + jsonLength)) as Header;
  } catch {
    return null;
  }
  let at = 12 + padded(jsonLength);
  if (!Array.isArray(header.bytes) || header.bytes.length !== ARRAYS.length) return null;
  if (at + header.bytes.reduce((sum, n) => sum + padded(n), 0) !== buffer.length) return null;
  const parts = { base: header.base, count: header.count } as SegmentParts;
  ARRAYS.forEach((name, i) => {
    const Kind = KIND[name];
    const bytes = header.bytes[i]!;
    (parts as unknown as Record<string, unknown>)[name] = new Kind(
      buffer.buffer as ArrayBuffer,
      buffer.byteOffset + at,
      bytes / Kind.BYTES_PER_ELEMENT,
    );
    at += padded(bytes);
  });
  return consistent(parts) ? new Segment(parts) : null;
}

/** The tables agree with each other, so reading the segment stays within its arrays. */
function consistent(p: SegmentParts): boolean {
  const terms = p.termStarts.length - 1;
  return (
    Number.isInteger(p.base) &&
    p.lengths.length === p.count * FIELD_COUNT &&
    terms >= 0 &&
    p.termPost.length === terms + 1 &&
    p.termPos.length === terms + 1 &&
    p.termStarts[terms] === p.termBytes.length &&
    p.termPost[terms] === p.post.length &&
    p.termPos[terms] === p.pos.length
  );
}
