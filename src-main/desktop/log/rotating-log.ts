// The main process's log file, `<logDir>/main.log`, rotated to main.1.log … main.5.log
// past about 1 MB so it can never fill the disk. Writes are synchronous on purpose:
// the log is how an uncaught error reaches us, and the process may be gone a moment
// later; a desktop session writes a few dozen lines, so blocking costs nothing felt.
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatLogLine, type LogLevel } from './log-line';

export interface RotatingLogOptions {
  dir: string;
  /** File name without `.log`. */
  name?: string;
  /** A file is rotated before a write would take it past this size. */
  maxBytes?: number;
  /** Rotated files kept besides the current one; older ones are deleted. */
  keep?: number;
  now?: () => Date;
  /** The log cannot be written (read-only disk, …): never thrown, since the log is what reports errors. */
  onWriteError?: (err: unknown, line: string) => void;
}

export class RotatingLog {
  readonly dir: string;
  readonly path: string;
  readonly #name: string;
  readonly #maxBytes: number;
  readonly #keep: number;
  readonly #now: () => Date;
  readonly #onWriteError: (err: unknown, line: string) => void;
  #size: number;
  #folderMade = false;

  constructor(options: RotatingLogOptions) {
    this.dir = options.dir;
    this.#name = options.name ?? 'main';
    this.path = join(this.dir, `${this.#name}.log`);
    this.#maxBytes = options.maxBytes ?? 1_000_000;
    this.#keep = options.keep ?? 5;
    this.#now = options.now ?? (() => new Date());
    this.#onWriteError =
      options.onWriteError ?? ((err, line) => process.stderr.write(`log not written (${String(err)}): ${line}`));
    this.#size = this.#currentSize();
  }

  debug(message: string): void {
    this.write('debug', message);
  }

  info(message: string): void {
    this.write('info', message);
  }

  warn(message: string, error?: unknown): void {
    this.write('warn', message, error);
  }

  error(message: string, error?: unknown): void {
    this.write('error', message, error);
  }

  write(level: LogLevel, message: string, error?: unknown): void {
    const line = formatLogLine(this.#now(), level, message, error);
    const bytes = Buffer.byteLength(line);
    try {
      if (this.#size > 0 && this.#size + bytes > this.#maxBytes) this.#rotate();
      if (!this.#folderMade) makeFolder(this.dir);
      this.#folderMade = true;
      appendFileSync(this.path, line);
      this.#size += bytes;
    } catch (err) {
      // Made again on the next write, should the folder have been deleted under us.
      this.#folderMade = false;
      this.#onWriteError(err, line);
    }
  }

  /** main.log → main.1.log, main.1.log → main.2.log, …; the oldest beyond `keep` is deleted. */
  #rotate(): void {
    rmSync(this.#rotated(this.#keep), { force: true });
    for (let n = this.#keep - 1; n >= 1; n--) renameIfPresent(this.#rotated(n), this.#rotated(n + 1));
    renameIfPresent(this.path, this.#rotated(1));
    this.#size = 0;
  }

  #rotated(n: number): string {
    return join(this.dir, `${this.#name}.${n}.log`);
  }

  #currentSize(): number {
    try {
      return statSync(this.path).size;
    } catch {
      return 0;
    }
  }
}

/**
 * mkdir -p without Node's `recursive`, which spins forever where mkdir answers ENOENT
 * for a parent that exists (procfs, a stale mount: see nodejs/node#27198 and its kin);
 * in the logger, that would freeze the app at its first line. Each level is tried once.
 */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw err;
    makeFolder(parent);
    mkdirSync(dir);
  }
}

function renameIfPresent(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
