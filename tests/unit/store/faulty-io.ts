// File writes for store tests that go wrong on request: the real ones (NODE_FILE_IO),
// except that a write to a chosen file can come up short, fail as on a full disk, or be
// slow. Stores take it as their optional `io`.
import { NODE_FILE_IO, type FileIo, type WritableFile } from '../../../src-main/core/store/file-io';

/** What one write does: writes half its bytes and says so, fails with ENOSPC having written nothing, or waits first. */
export type Fault = 'short' | 'enospc' | { slowMs: number };

interface Rule {
  match: RegExp;
  faults: Fault[];
  /** Every write to a matching file fails, until cleared. */
  full: boolean;
}

export class FaultyIo implements FileIo {
  #rules: Rule[] = [];
  #truncates: RegExp[] = [];
  /** Paths opened for writing, in order. */
  readonly opened: string[] = [];

  /** The next writes to a file whose path matches `match` meet these faults, one each, in order. */
  queue(match: RegExp, ...faults: Fault[]): this {
    this.#rules.push({ match, faults, full: false });
    return this;
  }

  /** Every write to a matching file fails with ENOSPC until clear(), as on a full disk. */
  fill(match: RegExp): this {
    this.#rules.push({ match, faults: [], full: true });
    return this;
  }

  /** The next truncate of a matching file fails with EIO. */
  failTruncate(match: RegExp): this {
    this.#truncates.push(match);
    return this;
  }

  clear(): void {
    this.#rules = [];
    this.#truncates = [];
  }

  #faultFor(path: string): Fault | null {
    for (const rule of this.#rules) {
      if (!rule.match.test(path)) continue;
      if (rule.full) return 'enospc';
      const fault = rule.faults.shift();
      if (fault) return fault;
    }
    return null;
  }

  async open(path: string, flags: 'a' | 'w' | 'wx'): Promise<WritableFile> {
    const file = await NODE_FILE_IO.open(path, flags);
    this.opened.push(path);
    return {
      write: async (bytes) => {
        const fault = this.#faultFor(path);
        if (fault === 'enospc')
          throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
        if (fault === 'short') return file.write(bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2))));
        if (fault) await new Promise((done) => setTimeout(done, fault.slowMs));
        return file.write(bytes);
      },
      sync: () => file.sync(),
      close: () => file.close(),
    };
  }

  async truncate(path: string, size: number): Promise<void> {
    const failing = this.#truncates.findIndex((match) => match.test(path));
    if (failing >= 0) {
      this.#truncates.splice(failing, 1);
      throw Object.assign(new Error(`EIO: i/o error, truncate '${path}'`), { code: 'EIO' });
    }
    return NODE_FILE_IO.truncate(path, size);
  }

  rename(from: string, to: string): Promise<void> {
    return NODE_FILE_IO.rename(from, to);
  }
}
