import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureConsole } from '../../../src-main/desktop/log/console-capture';
import { formatLogLine } from '../../../src-main/desktop/log/log-line';
import { RotatingLog } from '../../../src-main/desktop/log/rotating-log';

const ROOT = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);
const at = new Date('2025-03-01T12:30:00.000Z');

describe('RotatingLog', () => {
  let dir: string;
  beforeEach(async () => (dir = join(await mkdtemp(join(tmpdir(), 'da-log-')), 'logs')));
  afterEach(() => rm(join(dir, '..'), { recursive: true, force: true }));

  /** Each entry is 100 bytes with its timestamp, level and newline, so 10 fill a 1000-byte file. */
  const entry = (n: number): string => `entry ${String(n).padStart(4, '0')} `.padEnd(100 - 32, '.');

  it('creates the log folder and writes lines that start with the ISO time and the level', async () => {
    const log = new RotatingLog({ dir, now: () => at });
    log.info('opened /home/ana/archive');
    log.warn('a setting was reset');
    expect(await readFile(join(dir, 'main.log'), 'utf8')).toBe(
      '2025-03-01T12:30:00.000Z INFO  opened /home/ana/archive\n2025-03-01T12:30:00.000Z WARN  a setting was reset\n',
    );
  });

  it('rotates past the size limit into main.1.log … main.5.log and drops the oldest', async () => {
    const log = new RotatingLog({ dir, maxBytes: 1000, keep: 5, now: () => at });
    expect(formatLogLine(at, 'info', entry(0))).toHaveLength(100);
    for (let n = 0; n < 70; n++) log.info(entry(n)); // 7 files' worth
    expect((await readdir(dir)).sort()).toEqual([
      'main.1.log',
      'main.2.log',
      'main.3.log',
      'main.4.log',
      'main.5.log',
      'main.log',
    ]);
    const first = async (name: string): Promise<string> => (await readFile(join(dir, name), 'utf8')).slice(31, 41);
    expect(await first('main.log')).toBe('entry 0060');
    expect(await first('main.1.log')).toBe('entry 0050');
    expect(await first('main.5.log')).toBe('entry 0010');
  });

  it('never lets a file pass the limit', async () => {
    const log = new RotatingLog({ dir, maxBytes: 1000, now: () => at });
    for (let n = 0; n < 25; n++) log.info(entry(n));
    for (const name of await readdir(dir)) expect((await readFile(join(dir, name))).length).toBeLessThanOrEqual(1000);
  });

  it('counts what an earlier session left in main.log toward the limit', async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'main.log'), 'x'.repeat(950));
    new RotatingLog({ dir, maxBytes: 1000, now: () => at }).info(entry(1));
    expect(await readFile(join(dir, 'main.1.log'), 'utf8')).toBe('x'.repeat(950));
  });

  it('writes an uncaught error with its stack and its cause under the line', async () => {
    const log = new RotatingLog({ dir, now: () => at });
    const error = new Error('catalogue.json is locked', { cause: new Error('EBUSY') });
    log.error('uncaught exception in the main process', error);
    const text = await readFile(join(dir, 'main.log'), 'utf8');
    const [head, ...rest] = text.trimEnd().split('\n');
    expect(head).toBe('2025-03-01T12:30:00.000Z ERROR uncaught exception in the main process');
    expect(rest[0]).toBe('  Error: catalogue.json is locked');
    expect(rest.some((line) => /^ {6}at .*rotating-log\.test\.ts/.test(line))).toBe(true);
    expect(rest).toContain('  Caused by: Error: EBUSY');
  });

  it('reports rather than throws when the log cannot be written', async () => {
    const failures: string[] = [];
    // The log folder's parent is a file, so the folder can never be made.
    await writeFile(join(dir, '..', 'not-a-folder'), '');
    const log = new RotatingLog({
      dir: join(dir, '..', 'not-a-folder', 'logs'),
      onWriteError: (_err, line) => failures.push(line),
      now: () => at,
    });
    expect(() => log.error('something broke')).not.toThrow();
    expect(failures).toEqual(['2025-03-01T12:30:00.000Z ERROR something broke\n']);
  });
});

// Node's recursive mkdir spins forever under /proc (it answers ENOENT for a parent that
// exists); run in its own process with a time limit, so a regression fails instead of hanging the suite.
describe.skipIf(!existsSync('/proc/self'))('a log folder under /proc', { timeout: 30_000 }, () => {
  it('is reported as unwritable instead of freezing the app', async () => {
    const script = `import { RotatingLog } from ${JSON.stringify(join(ROOT, 'src-main/desktop/log/rotating-log.ts'))};
      new RotatingLog({ dir: '/proc/no-such-place/logs', onWriteError: (err) => console.log(String(err)) }).info('x');`;
    const { stdout } = await run(join(ROOT, 'node_modules/.bin/tsx'), ['--eval', script], {
      cwd: ROOT,
      timeout: 20_000,
    });
    expect(stdout).toMatch(/^Error: ENOENT.*no-such-place/);
  });
});

describe('captureConsole', () => {
  it('copies console.error, with an error argument rendered with its stack, into the log', () => {
    const lines: [string, string][] = [];
    const printed: unknown[][] = [];
    const fake = {
      error: (...args: unknown[]) => printed.push(args),
      warn: () => {},
      info: () => {},
      log: () => {},
    } as unknown as Console;
    const restore = captureConsole({ write: (level, message) => void lines.push([level, message]) }, fake);
    fake.error('[ipc] archive:get failed', new Error('boom'));
    restore();
    fake.error('after restore');
    expect(lines).toHaveLength(1);
    expect(lines[0]![0]).toBe('error');
    expect(lines[0]![1]).toMatch(/^\[ipc\] archive:get failed Error: boom\n {4}at /);
    expect(printed).toHaveLength(2);
  });
});
