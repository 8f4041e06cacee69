// One writer per data folder (issue 16, finding 4). The desktop app and the CLI open the
// same folder by default (data-dir.ts), and two processes writing one catalogue each
// replay and fold their own journal over the other's. The first opener takes archive.lock,
// created atomically (open with `wx`); a second is refused, or with `wait` polls until the
// lock is free (the CLI's --wait). The lock names its holder by pid and, on Linux, the
// process's start time, so after a crash it is broken once that process is gone, and a pid
// reused by another process is not taken for the holder.
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pidExists, processStartTime } from './process-liveness';

export const LOCK_FILE = 'archive.lock';
/** A lock file no holder can be read from is a creator's first instant, or a crash in it: broken once this old. */
const UNREADABLE_GRACE_MS = 10_000;
const POLL_MS = 200;
/** A breaker's lock older than this was left by a crash: breaking takes milliseconds. */
const BREAKER_GRACE_MS = 5_000;
const BREAKER_WAIT_MS = 10;

/** What the lock file holds. */
export interface LockHolder {
  pid: number;
  /** /proc/<pid>/stat field 22, or null where there is none. */
  startTime: string | null;
  /** This lock among all taken by the process: release() removes only its own. */
  token: string;
  /** For a person reading the file: where and since when. */
  host: string;
  since: string;
}

export class DataLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | null,
  ) {
    super(`the archive at ${dataDir} is open in another window or command`);
    this.name = 'DataLockedError';
  }
}

export interface DataLockOptions {
  /** Wait for the holder to let go rather than fail at once. */
  wait?: boolean;
  /** How long to wait before failing with DataLockedError; no limit by default. */
  timeoutMs?: number;
  /** Stops waiting, rejecting with the signal's reason. */
  signal?: AbortSignal;
}

export interface DataLock {
  readonly path: string;
  /** Lets the folder go; also done when the process exits. Safe to call twice. */
  release(): Promise<void>;
}

/** Takes the data folder's lock, creating the folder if need be. */
export async function acquireDataLock(dataDir: string, options: DataLockOptions = {}): Promise<DataLock> {
  const path = join(dataDir, LOCK_FILE);
  await mkdir(dataDir, { recursive: true });
  const me: LockHolder = {
    pid: process.pid,
    startTime: await processStartTime(process.pid),
    token: randomUUID(),
    host: hostname(),
    since: new Date().toISOString(),
  };
  const deadline = options.timeoutMs === undefined ? Infinity : Date.now() + options.timeoutMs;
  for (;;) {
    options.signal?.throwIfAborted();
    if (await tryCreate(path, me)) return heldLock(path, me);
    const found = await readLock(path);
    // Let go meanwhile: try again at once.
    if (!found) continue;
    if (await isStale(found)) {
      await breakStale(path);
      continue;
    }
    if (!options.wait || Date.now() >= deadline) throw new DataLockedError(dataDir, found.holder);
    await pause(Math.min(POLL_MS, Math.max(0, deadline - Date.now())), options.signal);
  }
}

async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(ms, undefined, { signal });
  } catch (err) {
    throw signal?.aborted ? signal.reason : err;
  }
}

/** Creates the lock file holding `me`; false if it exists. */
async function tryCreate(path: string, me: LockHolder): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    await handle.writeFile(JSON.stringify(me));
    await handle.sync();
  } catch (err) {
    await handle.close();
    await rm(path, { force: true });
    throw err;
  }
  await handle.close();
  return true;
}

interface FoundLock {
  mtimeMs: number;
  holder: LockHolder | null;
}

/** The lock file as it is now, its holder null if it cannot be read as one; null if there is none any more. */
async function readLock(path: string): Promise<FoundLock | null> {
  try {
    const [info, text] = await Promise.all([stat(path), readFile(path, 'utf8')]);
    return { mtimeMs: info.mtimeMs, holder: parseHolder(text) };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const holder = JSON.parse(text) as Partial<LockHolder>;
    if (typeof holder.pid !== 'number') return null;
    return {
      pid: holder.pid,
      startTime: holder.startTime ?? null,
      token: holder.token ?? '',
      host: holder.host ?? '',
      since: holder.since ?? '',
    };
  } catch {
    return null;
  }
}

/** Whether the lock's holder is gone: no process has its pid, or (on Linux) the one that has it started at another time. */
async function isStale({ holder, mtimeMs }: FoundLock): Promise<boolean> {
  if (!holder) return Date.now() - mtimeMs > UNREADABLE_GRACE_MS;
  const startTime = await processStartTime(holder.pid);
  if (startTime !== null) return holder.startTime !== null && startTime !== holder.startTime;
  return !pidExists(holder.pid);
}

/**
 * Removes a stale lock, one breaker at a time. Without the breaker's own lock, two
 * openers could judge the same stale file: the first removes it and a third takes the
 * lock, then the second removes that live lock too, and two processes both hold the
 * archive (seen under load in data-lock.test.ts). Holding the breaker, the lock is read
 * and judged again before it goes, so a live lock taken meanwhile is never removed.
 * A breaker left by a crash is cleared once it is older than BREAKER_GRACE_MS.
 */
async function breakStale(path: string): Promise<void> {
  const breaker = `${path}.break`;
  let handle;
  try {
    handle = await open(breaker, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const info = await stat(breaker).catch(() => null);
    if (info && Date.now() - info.mtimeMs > BREAKER_GRACE_MS) await rm(breaker, { force: true });
    await sleep(BREAKER_WAIT_MS);
    return;
  }
  try {
    await handle.close();
    const found = await readLock(path);
    if (found && (await isStale(found))) await rm(path, { force: true });
  } finally {
    await rm(breaker, { force: true });
  }
}

function heldLock(path: string, me: LockHolder): DataLock {
  let released = false;
  // At exit only synchronous work runs; a kill leaves the lock to be broken as stale.
  const atExit = (): void => {
    if (!released) removeIfMineSync(path, me);
  };
  process.once('exit', atExit);
  return {
    path,
    async release() {
      if (released) return;
      released = true;
      process.removeListener('exit', atExit);
      const found = await readLock(path);
      // Never someone else's: a lock broken as stale and taken again is theirs now.
      if (found?.holder?.token === me.token) await rm(path, { force: true });
    },
  };
}

function removeIfMineSync(path: string, me: LockHolder): void {
  try {
    const holder = parseHolder(readFileSync(path, 'utf8'));
    if (holder?.token === me.token) rmSync(path, { force: true });
  } catch {
    // Gone already, or unreadable: nothing of ours to remove.
  }
}
