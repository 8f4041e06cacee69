import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Settings, UiState } from '../../contract/archive';
import { loadSettings, loadUiState } from '../settings';
import { WriteFailedError } from '../errors';
import { AtomicJsonFile } from './atomic-json-file';
import { NODE_FILE_IO, type FileIo } from './file-io';
import { Journal } from './journal';
import { JournaledDocument, type FoldPolicy } from './journaled-document';
import { unusedTagKeys } from './unused-tags';
import { USERDATA_MIGRATIONS, migrate } from './migrations';
import { LAST_GOOD_SUFFIX, emptyUserData, readOrRecover } from './userdata-file';
import { fromLine, toLine, type UserDataLine } from './userdata-journal-line';
import {
  applyChange,
  patchInPlace,
  type ArticleUserRecord,
  type Change,
  type UserData,
  type UserDataPatch,
} from './userdata-records';

// The records and the reading of the file live in their own modules; the rest of the app imports them from here.
export {
  applyChange,
  type ArticleLink,
  type ArticleUserRecord,
  type Change,
  type TagRecord,
  type UserData,
} from './userdata-records';
export { LAST_GOOD_SUFFIX } from './userdata-file';

/** Told the ids of the articles whose records a change put or removed. */
export type UserDataListener = (changed: string[]) => void;

export const USERDATA_FILE = 'userdata.json';
export const USERDATA_JOURNAL = 'userdata.journal';
/**
 * When the journal is folded into userdata.json: once it is past `atBytes` and no change has
 * come for `idleMs`, or at once past `forceAtBytes`. A fold rewrites the whole file (about
 * 100 ms with 20 MB of tags) and a change made meanwhile waits behind it, so it waits for a
 * pause in the user's writes: folding right after the commit that crossed 8 MB made the
 * next tag write of a 100k bench take 80–110 ms.
 */
export interface CompactionPolicy {
  atBytes: number;
  idleMs: number;
  forceAtBytes: number;
}

const COMPACTION: CompactionPolicy = { atBytes: 8 * 1024 * 1024, idleMs: 2000, forceAtBytes: 64 * 1024 * 1024 };

function foldPolicy({ atBytes, idleMs, forceAtBytes }: CompactionPolicy): FoldPolicy {
  return (bytes) => (bytes > forceAtBytes ? 0 : bytes > atBytes ? idleMs : null);
}

export class UserDataStore {
  #data: UserData;
  readonly #document: JournaledDocument<UserDataPatch>;
  #listeners = new Set<UserDataListener>();
  /** Bumped on every committed change, so search drops what it derived from older states. */
  generation = 0;
  /** Commits asked for and not settled yet, and who waits for there to be none (settled()). */
  #pending = 0;
  #onSettled: (() => void)[] = [];

  private constructor(file: AtomicJsonFile<UserData>, journal: Journal, data: UserData, compaction: CompactionPolicy) {
    this.#data = data;
    this.#document = new JournaledDocument<UserDataPatch>({
      journal,
      seq: data.journalSeq ?? 0,
      // After a failed append the snapshot is written with the change that failed, which the state does not hold yet.
      writeSnapshot: (seq, pending) =>
        file.write({ ...(pending ? applyChange(this.#data, pending) : this.#data), journalSeq: seq }),
      fold: foldPolicy(compaction),
      toLine,
      writeFailed: (err) => new WriteFailedError(journal.path, err),
    });
  }

  /** `io` is for tests that make writes fail (see file-io.ts). */
  static async open(
    dataDir: string,
    warnings: string[],
    compaction = COMPACTION,
    io: FileIo = NODE_FILE_IO,
  ): Promise<UserDataStore> {
    const path = join(dataDir, USERDATA_FILE);
    const file = new AtomicJsonFile<UserData>(path, io);
    const { raw, recovered, trusted } = await readOrRecover(file, warnings);
    const { data, migrated } = migrate<UserData>(
      path,
      (raw ?? emptyUserData()) as unknown as Record<string, unknown>,
      USERDATA_MIGRATIONS,
    );
    const journal = new Journal(join(dataDir, USERDATA_JOURNAL), io);
    const replayed = await replay(journal, data, warnings);
    // Settings and UI state of any age or hand edit come out valid, each bad field at its default.
    const problems: string[] = [];
    replayed.data.settings = loadSettings(replayed.data.settings, problems);
    replayed.data.ui = loadUiState(replayed.data.ui, problems);
    warnings.push(...problems.map((p) => `In your settings file, ${p}.`));
    const unused = unusedTagKeys(replayed.data);
    for (const key of unused) delete replayed.data.tags[key];
    const store = new UserDataStore(file, journal, replayed.data, compaction);
    // Start each session from one clean file, which the next start keeps as its last good copy.
    const rewrite = migrated || recovered || replayed.entries > 0 || unused.length > 0 || problems.length > 0;
    if (rewrite) await store.#document.snapshot();
    // Only a file read as valid, or restored from a valid copy, becomes the last good copy (issue 16, finding 8).
    if (trusted && (raw || rewrite)) await copyFile(path, `${path}${LAST_GOOD_SUFFIX}`);
    return store;
  }

  get data(): Readonly<UserData> {
    return this.#data;
  }

  get settings(): Readonly<Settings> {
    return this.#data.settings;
  }

  record(id: string): ArticleUserRecord | undefined {
    return this.#data.articles[id];
  }

  onChange(listener: UserDataListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Runs `change` on the committed state, writes its patch durably, and only then
   * applies it: a failed write changes nothing, in memory or on disk, and a resolved
   * call is on disk. Changes run one at a time, each on the state the one before
   * committed. `change` must not mutate what it is given.
   */
  commit<T>(change: (data: Readonly<UserData>) => Change<T>): Promise<T> {
    this.#pending++;
    const committed = this.#document.commit(() => {
      const { result, ...patch } = change(this.#data);
      const apply = (): T => {
        patchInPlace(this.#data, patch);
        this.generation++;
        const changed = Object.keys(patch.articles ?? {});
        for (const listener of this.#listeners) listener(changed);
        // A failed fold leaves the journal valid and growing; the next one tries again.
        this.#document.foldIfDue().catch(() => undefined);
        return result;
      };
      return { entry: patch, apply };
    });
    committed.then(this.#settle, this.#settle);
    return committed;
  }

  readonly #settle = (): void => {
    if (--this.#pending > 0) return;
    for (const resolve of this.#onSettled.splice(0)) resolve();
  };

  /** Whether a change asked for is still being written: background work stays out meanwhile (thread-build.ts). */
  busy(): boolean {
    return this.#pending > 0;
  }

  /** Settles once busy() is false. */
  settled(): Promise<void> {
    return this.#pending === 0 ? Promise.resolve() : new Promise((resolve) => this.#onSettled.push(resolve));
  }

  /** Settles once every change made so far is written; a fold still waiting for a pause is left to the next start. */
  close(): Promise<void> {
    return this.#document.close();
  }

  get ui(): Readonly<UiState> {
    return this.#data.ui;
  }

  /** Resolves once the change is on disk. */
  updateUi(patch: Partial<UiState>): Promise<UiState> {
    return this.commit((data) => {
      const ui = { ...data.ui, ...patch };
      return { ui, result: ui };
    });
  }

  /** Resolves once the change is on disk. */
  updateSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.commit((data) => {
      const settings = { ...data.settings, ...patch };
      return { settings, result: settings };
    });
  }
}

/** The snapshot with every journal entry written after it applied, in order. */
async function replay(
  journal: Journal,
  data: UserData,
  warnings: string[],
): Promise<{ data: UserData; entries: number }> {
  const next: UserData = { ...data, articles: { ...data.articles } };
  // Lines of either shape: a journal written before the column lines replays too.
  const replayed = await JournaledDocument.replay<UserDataLine>(journal, next.journalSeq ?? 0, ({ seq, ...line }) => {
    patchInPlace(next, fromLine(line));
    next.journalSeq = seq;
  });
  if (replayed.setAsideAs) {
    warnings.push(
      `Part of the journal of your recent tag and annotation changes was damaged. It is kept unchanged as ${replayed.setAsideAs}; the ${replayed.applied} changes before the damage were restored.`,
    );
  }
  return { data: next, entries: replayed.applied + (replayed.setAsideAs ? 1 : 0) };
}
