import { open, readFile, rename, truncate } from 'node:fs/promises';

/**
 * An append-only file of JSON lines, each on disk (fsync) before append() resolves.
 * Rewriting a 12 MB user-data file for every tag took 300 ms at 20,000 tagged articles;
 * appending the one changed record takes a few milliseconds, whatever the archive's size.
 * A line cut short by a crash is the last one, and its append never resolved, so
 * reading drops it. A failed append is cut back off, so no later line follows a torn one.
 */
export class Journal {
  /** Bytes on disk: where the next line starts, and where a failed append is cut back to. */
  #size = 0;

  constructor(readonly path: string) {}

  get size(): number {
    return this.#size;
  }

  /** Every complete entry in order. `torn` is set when the file ended in a partial line (dropped); `damaged` when a line in the middle does not parse. */
  async read<T>(): Promise<{ entries: T[]; torn: boolean; damaged: boolean }> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      this.#size = 0;
      return { entries: [], torn: false, damaged: false };
    }
    const lines = text.split('\n');
    const tail = lines.pop() ?? '';
    const entries: T[] = [];
    for (const line of lines) {
      try {
        entries.push(JSON.parse(line) as T);
      } catch {
        return { entries, torn: false, damaged: true };
      }
    }
    this.#size = Buffer.byteLength(text) - Buffer.byteLength(tail);
    // A partial last line is cut off now, so the next append starts on a clean line.
    if (tail !== '') await truncate(this.path, this.#size);
    return { entries, torn: tail !== '', damaged: false };
  }

  async append(entry: unknown): Promise<void> {
    const line = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
    const before = this.#size;
    let handle;
    try {
      handle = await open(this.path, 'a');
      await handle.write(line);
      await handle.sync();
      this.#size = before + line.length;
    } catch (err) {
      await handle?.close().catch(() => undefined);
      handle = undefined;
      // Best effort; if even this fails the caller rewrites the snapshot before appending again.
      await truncate(this.path, before).catch(() => undefined);
      throw err;
    } finally {
      await handle?.close();
    }
  }

  /** Empties the journal once its entries are in a snapshot. */
  async reset(): Promise<void> {
    await truncate(this.path, 0).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    this.#size = 0;
  }

  /** Moves a damaged journal aside (never deleted) and starts a new one. */
  async setAside(): Promise<string> {
    const backup = `${this.path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(this.path, backup);
    this.#size = 0;
    return backup;
  }
}
