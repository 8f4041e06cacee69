// The few kinds of file write the stores make (append to a journal, write a temp file,
// truncate, rename), behind one small interface. The stores take it as an optional last
// argument, so a test can hand them one that makes any write short, failing (a full disk)
// or slow, and see what a store does then; the app always uses NODE_FILE_IO.
import { closeSync, fsync, openSync, write, writeSync } from 'node:fs';
import { rename, truncate } from 'node:fs/promises';

/** An open file, written from its start ('w') or its end ('a'). */
export interface WritableFile {
  /** One write after the bytes written so far. Like write(2) it may write fewer bytes than given: it resolves to how many it wrote. */
  write(bytes: Uint8Array): Promise<number>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileIo {
  /** 'a' appends, 'w' creates or empties, 'wx' creates and fails with EEXIST if the file is there. */
  open(path: string, flags: 'a' | 'w' | 'wx'): Promise<WritableFile>;
  truncate(path: string, size: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

/**
 * An append (a journal line) up to this size is made at once, into the page cache
 * (microseconds), as are every open and close; only the fsync waits on the thread pool.
 * Each wait there is a turn of the event loop, and while background work runs a slice a
 * turn (the thread build after open, 8 ms a slice: store/thread-build.ts) each turn costs
 * a slice: a tag's open, write, fsync and close took 35-40 ms at 100k (issue 20). Writes
 * of whole files ('w', 'wx': snapshots of many pieces) still go to the pool, piece by
 * piece, so the event loop serves others between them.
 */
export const WRITE_AT_ONCE_BYTES = 1024 * 1024;

const onPool = <T>(run: (done: (err: Error | null, value: T) => void) => void): Promise<T> =>
  new Promise((resolve, reject) => run((err, value) => (err ? reject(err) : resolve(value))));

export const NODE_FILE_IO: FileIo = {
  async open(path, flags) {
    const fd = openSync(path, flags);
    let closed = false;
    const open = (): number => {
      if (closed) throw Object.assign(new Error(`${path} is closed`), { code: 'EBADF' });
      return fd;
    };
    return {
      write: async (bytes) =>
        flags === 'a' && bytes.length <= WRITE_AT_ONCE_BYTES
          ? writeSync(open(), bytes)
          : onPool<number>((done) => write(open(), bytes, 0, bytes.length, null, done)),
      sync: () => onPool<void>((done) => fsync(open(), (err) => done(err, undefined))),
      // Once only: the number of a closed file may already be another file's.
      close: async () => {
        if (!closed) closeSync(fd);
        closed = true;
      },
    };
  },
  truncate: (path, size) => truncate(path, size),
  rename: (from, to) => rename(from, to),
};

/**
 * Writes every byte, one write after another as each writes what it can, or fails: a
 * short write is never success (issue 16, finding 3). On a full disk the write after a
 * short one fails with ENOSPC; one that writes nothing at all fails here.
 */
export async function writeAll(file: WritableFile, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length;) {
    const written = await file.write(bytes.subarray(at));
    if (written <= 0)
      throw Object.assign(new Error(`short write: ${at} of ${bytes.length} bytes written`), { code: 'EIO' });
    at += written;
  }
}
