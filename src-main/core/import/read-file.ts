// Reads one file for the importer, trusting nothing the walk saw (robustness audit, finding
// 10): the size limit was checked against the walk's stat, so /proc files (size 0) and files
// growing since passed it, and a FIFO put in a file's place blocked the read for good.
// Here the handle is checked: it is opened without blocking, must be a regular file, and at
// most limit + 1 bytes are read from it.
import { close, constants, fstat, open, read } from 'node:fs';
import { promisify } from 'node:util';
import type { RejectCode } from '../parse/index';
import { errorText, specialKind } from './walk-folder';

export type ReadOutcome = { ok: true; bytes: Uint8Array } | { ok: false; code: RejectCode; reason: string };

// The callback API, promisified: fs/promises' FileHandle crosses into JavaScript for every
// call and cost twice the CPU over 20,000 small files (see the history of prepare-file.ts).
const openFile = promisify(open);
const statHandle = promisify(fstat);
const readInto = promisify(read);
const closeFile = promisify(close);

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer; regular
// files ignore it. O_NOFOLLOW refuses a symlink: the walk hands links over by their real
// path, so one found here was put in the file's place since, and may lead anywhere (audit
// finding 5). Windows has neither flag, nor FIFOs.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
/** Read size when the size stated is 0 (/proc) or smaller than what is there. */
const CHUNK = 64 * 1024;

export async function readRegularFile(path: string | Buffer, maxBytes: number): Promise<ReadOutcome> {
  let fd: number;
  try {
    fd = await openFile(path, OPEN_FLAGS);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOOP') {
      return {
        ok: false,
        code: 'outside-folder',
        reason: 'became a symlink after the folder was listed: not followed',
      };
    }
    return { ok: false, code: 'unreadable', reason: `cannot read: ${errorText(err)}` };
  }
  try {
    const info = await statHandle(fd);
    if (!info.isFile()) {
      return {
        ok: false,
        code: 'not-a-file',
        reason: info.isDirectory() ? 'not a file (a folder)' : `not a regular file (${specialKind(info)})`,
      };
    }
    if (info.size > maxBytes) return tooLarge(`file is ${megabytes(info.size)}, over the ${megabytes(maxBytes)} limit`);
    return await readAtMost(fd, info.size, maxBytes);
  } catch (err) {
    return { ok: false, code: 'unreadable', reason: `cannot read: ${errorText(err)}` };
  } finally {
    await closeFile(fd).catch(() => undefined);
  }
}

/** Reads until the end of the file, but never more than `maxBytes + 1` bytes: one more than allowed proves the file too large. */
async function readAtMost(fd: number, statedSize: number, maxBytes: number): Promise<ReadOutcome> {
  let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, statedSize > 0 ? statedSize + 1 : CHUNK));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) {
        return tooLarge(
          `file holds more than the ${megabytes(maxBytes)} limit, though it measured ${megabytes(statedSize)} when opened`,
        );
      }
      const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const wanted = buffer.length - length;
    const { bytesRead } = await readInto(fd, buffer, length, wanted, null);
    length += bytesRead;
    // A short read of a file with a size is its end: asking again to hear 0 cost a third more
    // CPU per small file. /proc files (size 0) give a page per read, so they read to 0.
    if (bytesRead === 0 || (statedSize > 0 && bytesRead < wanted))
      return { ok: true, bytes: buffer.subarray(0, length) };
  }
}

function tooLarge(reason: string): ReadOutcome {
  return { ok: false, code: 'too-large', reason };
}

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
