// One document kept as a snapshot file plus a journal of the commits made since: the
// shape the catalogue and the user's data share. Each store used to carry its own queue,
// replay, snapshot-after-a-failed-append and fold timing (issue 15, item 3); they differ
// only in what an entry holds, how the snapshot is written and when the journal is
// folded, and pass those in. The snapshot names the last entry it holds (`journalSeq`),
// so entries up to it are skipped on replay: a crash between writing a snapshot and
// emptying the journal replays nothing twice.
import type { Journal } from './journal';

/** Every entry carries its number, one more than the entry before. */
export type Numbered<E> = E & { seq: number };

/**
 * Writes the whole document atomically, as holding every entry up to `seq`. `pending` is
 * an entry the caller's state does not hold yet (see commit()), to be written with it.
 */
export type SnapshotWriter<E> = (seq: number, pending?: E) => Promise<void>;

/**
 * When to fold the journal into the snapshot, asked with the journal's size in bytes: 0 for
 * now (behind the commits already queued), a number of milliseconds to wait for a pause in
 * the commits, or null for not yet.
 */
export type FoldPolicy = (journalBytes: number) => number | null;

export interface JournaledDocumentOptions<E> {
  journal: Journal;
  /** The last entry the caller's state holds: the snapshot's, or the last one replayed. */
  seq: number;
  writeSnapshot: SnapshotWriter<E>;
  fold: FoldPolicy;
  /** The entry as its journal line holds it (userdata-journal-line.ts); the entry itself by default. Replay gets the line back. */
  toLine?: (entry: E) => object;
  /** What a failed write of commit() rejects with; the error itself by default. */
  writeFailed?: (err: unknown) => unknown;
}

/** What replay() applied, and where a journal damaged in the middle was set aside (null if it was not). */
export interface Replayed {
  seq: number;
  applied: number;
  setAsideAs: string | null;
}

export class JournaledDocument<E extends object> {
  readonly journal: Journal;
  #seq: number;
  /** Commits and snapshots, one at a time and in order. */
  #queue: Promise<unknown> = Promise.resolve();
  /** Set when a write failed: what it held is only in memory (and the journal may be unclean), so the next commit writes a snapshot. */
  #snapshotNext = false;
  #foldTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: JournaledDocumentOptions<E>) {
    this.journal = options.journal;
    this.#seq = options.seq;
  }

  /**
   * Applies the entries written after the snapshot (numbered above `fromSeq`), in order. A
   * line cut short by a crash is the last one and never committed: the journal drops it
   * quietly. A damaged line in the middle stops the replay: the journal is set aside (never
   * deleted) and what came before the damage is kept.
   */
  static async replay<E>(journal: Journal, fromSeq: number, apply: (entry: Numbered<E>) => void): Promise<Replayed> {
    const { entries, damaged } = await journal.read<Numbered<E>>();
    let seq = fromSeq;
    let applied = 0;
    for (const entry of entries) {
      if (entry.seq <= seq) continue;
      apply(entry);
      seq = entry.seq;
      applied++;
    }
    return { seq, applied, setAsideAs: damaged ? await journal.setAside() : null };
  }

  /** Bytes in the journal, as far as this process knows. */
  get journalBytes(): number {
    return this.journal.size;
  }

  /**
   * For a state changed in place before it is committed (the catalogue): `entry` is
   * numbered now, so a snapshot queued after this counts it as held, and is appended once
   * `after` (if given) has settled; its failure is this commit's. Null appends nothing but
   * still waits its turn and `after`.
   */
  record(entry: E | null, after?: Promise<unknown>): Promise<void> {
    const first = Promise.resolve(after);
    // Reported by the promise returned here, not as an unhandled rejection meanwhile.
    first.catch(() => undefined);
    if (!entry) return this.#enqueue(async () => void (await first));
    const seq = ++this.#seq;
    return this.#enqueue(async () => {
      await first;
      await this.#write(seq, entry, false);
    });
  }

  /**
   * For a state changed only once the change is on disk (the user's data): `change` runs
   * in turn, on the state every commit before it left; its entry is appended and only then
   * is `apply` run. A failed write runs nothing and changes nothing.
   */
  commit<T>(change: () => { entry: E; apply: () => T }): Promise<T> {
    return this.#enqueue(async () => {
      const { entry, apply } = change();
      const seq = this.#seq + 1;
      try {
        await this.#write(seq, entry, true);
      } catch (err) {
        throw this.options.writeFailed ? this.options.writeFailed(err) : err;
      }
      this.#seq = seq;
      return apply();
    });
  }

  /** Appends the entry, or after a failed write, rewrites the whole document with it. */
  async #write(seq: number, entry: E, pending: boolean): Promise<void> {
    try {
      // A recorded entry is in the state already, as is every entry numbered after it.
      if (this.#snapshotNext) await this.#writeSnapshot(pending ? seq : this.#seq, pending ? entry : undefined);
      else await this.journal.append({ seq, ...(this.options.toLine ? this.options.toLine(entry) : entry) });
    } catch (err) {
      this.#snapshotNext = true;
      throw err;
    }
  }

  /** Writes the whole document in turn and empties the journal it now holds. */
  snapshot(): Promise<void> {
    return this.#enqueue(() => this.#writeSnapshot(this.#seq));
  }

  async #writeSnapshot(seq: number, pending?: E): Promise<void> {
    await this.options.writeSnapshot(seq, pending);
    // Entries up to `seq` are skipped on replay even if this reset never happens.
    await this.journal.reset();
    this.#snapshotNext = false;
  }

  /**
   * Folds the journal into the snapshot if the fold policy says so for its size now:
   * queued at once (settling when written), or once no commit has come for a while (settling
   * now; a fold that fails then leaves the journal valid and growing, and the next one tries again).
   */
  foldIfDue(): Promise<void> {
    const wait = this.options.fold(this.journal.size);
    if (wait === null) return Promise.resolve();
    clearTimeout(this.#foldTimer);
    if (wait === 0) return this.snapshot();
    this.#foldTimer = setTimeout(() => void this.snapshot().catch(() => undefined), wait);
    // Never what keeps a CLI run alive: an unfolded journal is replayed at the next open.
    this.#foldTimer.unref();
    return Promise.resolve();
  }

  /** Settles once every commit and fold queued so far is written; a fold still waiting for a pause is left to the next open. */
  async close(): Promise<void> {
    clearTimeout(this.#foldTimer);
    await this.#queue;
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
