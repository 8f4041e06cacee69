// The article bodies put but not yet on disk, per data folder: what the catalogue asks
// before it writes a record (issue 16, finding 9). After a disk-full failure mid-import a
// later catalogue save (turning watching off, say) wrote articles whose texts never reached
// disk, and their file entries, so the next import skipped those files as unchanged and
// the texts never came back. The body store and the catalogue are opened apart (by the
// service, the CLI, the tests) and share only the data folder, so this ledger is kept by
// folder: the body store marks what it has yet to write, the catalogue holds back what is marked.
import { resolve } from 'node:path';

export class UnwrittenBodies {
  /** The body last put under each id, until a flush writes that one. */
  #bodies = new Map<string, object>();

  /** A body was put and waits for a flush. */
  put(id: string, body: object): void {
    this.#bodies.set(id, body);
  }

  /** A flush wrote `body`: its id is clear unless a newer body was put meanwhile. */
  written(id: string, body: object): void {
    if (this.#bodies.get(id) === body) this.#bodies.delete(id);
  }

  /** The body is to be removed: whatever is on disk stays readable until then, so nothing waits to be written. */
  removed(id: string): void {
    this.#bodies.delete(id);
  }

  has(id: string): boolean {
    return this.#bodies.has(id);
  }

  get size(): number {
    return this.#bodies.size;
  }
}

const byFolder = new Map<string, UnwrittenBodies>();

/** The ledger of the data folder `dataDir`, the same one for every store opened on it in this process. */
export function unwrittenBodies(dataDir: string): UnwrittenBodies {
  const key = resolve(dataDir);
  let ledger = byFolder.get(key);
  if (!ledger) byFolder.set(key, (ledger = new UnwrittenBodies()));
  return ledger;
}
