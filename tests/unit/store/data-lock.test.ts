// One process at a time on a data folder (issue 16, finding 4): the data lock.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { access, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataLock, DataLockedError, LOCK_FILE, type DataLock } from '../../../src-main/core/store/data-lock';

const HOLDER = resolve(__dirname, 'lock-holder.ts');
const SPAWNS = { timeout: 60_000 };

let dir: string;
const locks: DataLock[] = [];
const children: ChildProcess[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-lock-'));
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const lock of locks.splice(0)) await lock.release();
  await rm(dir, { recursive: true, force: true });
});

async function acquire(options?: Parameters<typeof acquireDataLock>[1]): Promise<DataLock> {
  const lock = await acquireDataLock(dir, options);
  locks.push(lock);
  return lock;
}

/** Starts a process that takes the lock, resolving once it holds it. */
function holder(then: 'hold' | 'exit' | `release-after-${number}` = 'hold'): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dir, then], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((done, fail) => {
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && done(child));
    child.on('exit', (code) => fail(new Error(`holder exited (${code}) before taking the lock: ${err}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((done) =>
    child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done()),
  );
const lockExists = () =>
  access(join(dir, LOCK_FILE)).then(
    () => true,
    () => false,
  );

describe('the data lock', () => {
  it('refuses a second opener, naming the folder', async () => {
    await acquire();
    const refused = acquireDataLock(dir);
    await expect(refused).rejects.toThrow(DataLockedError);
    await expect(refused).rejects.toThrow(`the archive at ${dir} is open in another window or command`);
  });

  it('goes to exactly one of many openers at once, even over a stale lock', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: gone, startTime: null, token: 'crashed' }));
    const tries = await Promise.allSettled(Array.from({ length: 16 }, () => acquireDataLock(dir)));
    const won = tries
      .filter((t): t is PromiseFulfilledResult<DataLock> => t.status === 'fulfilled')
      .map((t) => t.value);
    locks.push(...won);
    expect(won).toHaveLength(1);
    expect(tries.filter((t) => t.status === 'rejected').every((t) => t.reason instanceof DataLockedError)).toBe(true);
  });

  it('is free again once released', async () => {
    await (await acquire()).release();
    await acquire();
  });

  it('leaves a lock that is no longer its own in place when released', async () => {
    const lock = await acquire();
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, startTime: null, token: 'someone else' }));
    await lock.release();
    expect(await lockExists()).toBe(true);
  });

  it('refuses an opener while another process holds it', SPAWNS, async () => {
    const child = await holder();
    const refused = await acquireDataLock(dir).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(DataLockedError);
    expect((refused as DataLockedError).holder?.pid).toBe(child.pid);
  });

  it('is broken once the process holding it was killed', SPAWNS, async () => {
    const child = await holder();
    child.kill('SIGKILL');
    await exited(child);
    await acquire();
  });

  it('is let go when its holder exits without releasing it', SPAWNS, async () => {
    await exited(await holder('exit'));
    expect(await lockExists()).toBe(false);
  });

  it('waits for the holder to let go when asked to wait', SPAWNS, async () => {
    await holder('release-after-500');
    await acquire({ wait: true, timeoutMs: 30_000 });
  });

  it('gives up waiting after the timeout', SPAWNS, async () => {
    await holder();
    const started = Date.now();
    await expect(acquireDataLock(dir, { wait: true, timeoutMs: 400 })).rejects.toThrow(DataLockedError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
  });

  it('stops waiting when the wait is aborted', async () => {
    await acquire();
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('cancelled by the user')), 100);
    await expect(acquireDataLock(dir, { wait: true, signal: controller.signal })).rejects.toThrow(
      'cancelled by the user',
    );
  });

  it.runIf(process.platform === 'linux')(
    'is broken when its pid now belongs to a process started at another time',
    async () => {
      await writeFile(
        join(dir, LOCK_FILE),
        JSON.stringify({ pid: process.pid, startTime: '1', token: 'before a reboot' }),
      );
      await acquire();
    },
  );

  it('is kept while it cannot be read, until it is old', async () => {
    const path = join(dir, LOCK_FILE);
    await writeFile(path, '');
    await expect(acquireDataLock(dir)).rejects.toThrow(DataLockedError);
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await utimes(path, aMinuteAgo, aMinuteAgo);
    await acquire();
  });
});
