import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, DEFAULT_UI_STATE, type Settings, type UiState } from '../../contract/archive';
import { loadSettings, loadUiState } from '../settings';
import type { Annotation, TagColor } from '../../contract/userdata';
import { WriteFailedError } from '../errors';
import { AtomicJsonFile, CorruptFileError, setAside } from './atomic-json-file';
import { Journal } from './journal';
import { unusedTagKeys } from './unused-tags';
import { USERDATA_MIGRATIONS, migrate } from './migrations';

/** A tag's registry entry: its spelling (tags match regardless of case) and colour. */
export interface TagRecord {
  name: string;
  color: TagColor;
  createdAt: string;
}

/** What identified an article when its user data was last attached, to find it again after a move. */
export interface ArticleLink {
  path: string;
  recordIndex?: number;
  title: string;
  contentHash: string;
}

/** The user's work on one article. */
export interface ArticleUserRecord {
  tags: string[];
  note: string;
  annotations: Annotation[];
  /** contentHash of the text the anchors were placed in; a different one means re-anchor. */
  anchoredTo: string | null;
  link: ArticleLink | null;
  /** Tags the source file gave that were already applied: a re-import adds only new ones, so a tag the user removed stays removed. */
  sourceTags: string[];
  updatedAt: string;
}

/**
 * The user's own work, kept apart from the catalogue so a tag or note never rewrites
 * the (much larger) catalogue, and a re-import never touches it. Articles are keyed by
 * their stable id (source path plus record index).
 */
export interface UserData {
  version: number;
  settings: Settings;
  /** Tag registry by tagKey. */
  tags: Record<string, TagRecord>;
  articles: Record<string, ArticleUserRecord>;
  /** Window, pane widths and last view, restored at the next start. */
  ui: UiState;
  /** The last journal entry folded into this file; later entries are replayed on open. */
  journalSeq?: number;
}

/** One committed change, as appended to the journal. */
interface JournalEntry extends Omit<Change<unknown>, 'result'> {
  seq: number;
}

/**
 * A change computed from the committed state, as a patch: the records it puts (null
 * removes one), the tag registry or settings when they change, and what to return.
 * Patches cost what they touch, not what the archive holds, and are what the journal stores.
 */
export interface Change<T> {
  articles?: Record<string, ArticleUserRecord | null>;
  tags?: Record<string, TagRecord>;
  settings?: Settings;
  ui?: UiState;
  result: T;
}

/** The state after `change`, leaving `data` as it was. */
export function applyChange(data: Readonly<UserData>, change: Omit<Change<unknown>, 'result'>): UserData {
  const next: UserData = { ...data, articles: { ...data.articles } };
  patchInPlace(next, change);
  return next;
}

function patchInPlace(data: UserData, change: Omit<Change<unknown>, 'result'>): void {
  for (const [id, record] of Object.entries(change.articles ?? {})) {
    if (record) data.articles[id] = record;
    else delete data.articles[id];
  }
  if (change.tags) data.tags = change.tags;
  if (change.settings) data.settings = change.settings;
  if (change.ui) data.ui = change.ui;
}

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

export class UserDataStore {
  #data: UserData;
  #seq: number;
  /** Set when an append failed in a way that may have left the journal unclean: the next commit writes a full snapshot. */
  #snapshotNext = false;
  #queue: Promise<unknown> = Promise.resolve();
  #listeners = new Set<UserDataListener>();
  #compactTimer: NodeJS.Timeout | undefined;
  /** Bumped on every committed change, so search drops what it derived from older states. */
  generation = 0;

  private constructor(
    private readonly file: AtomicJsonFile<UserData>,
    private readonly journal: Journal,
    data: UserData,
    private readonly compaction: CompactionPolicy,
  ) {
    this.#data = data;
    this.#seq = data.journalSeq ?? 0;
  }

  static async open(dataDir: string, warnings: string[], compaction = COMPACTION): Promise<UserDataStore> {
    const path = join(dataDir, USERDATA_FILE);
    const file = new AtomicJsonFile<UserData>(path);
    const { raw, recovered } = await readOrRecover(file, warnings);
    const { data, migrated } = migrate<UserData>(path, (raw ?? emptyUserData()) as unknown as Record<string, unknown>, USERDATA_MIGRATIONS);
    const journal = new Journal(join(dataDir, USERDATA_JOURNAL));
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
    if (rewrite) await store.#snapshot(replayed.data);
    if (raw || rewrite) await copyFile(path, `${path}${LAST_GOOD_SUFFIX}`);
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
    const run = this.#queue.then(async () => {
      const { result, ...patch } = change(this.#data);
      await this.#persist(patch);
      patchInPlace(this.#data, patch);
      this.generation++;
      const changed = Object.keys(patch.articles ?? {});
      for (const listener of this.#listeners) listener(changed);
      if (this.journal.size > this.compaction.atBytes) this.#compactWhenIdle();
      return result;
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Appends the patch to the journal, or after a failed append, rewrites the whole file with it. */
  async #persist(patch: Omit<Change<unknown>, 'result'>): Promise<void> {
    const seq = this.#seq + 1;
    try {
      if (this.#snapshotNext) await this.#snapshot(applyChange(this.#data, patch), seq);
      else await this.journal.append({ seq, ...patch });
      this.#seq = seq;
    } catch (err) {
      this.#snapshotNext = true;
      throw new WriteFailedError(this.journal.path, err);
    }
  }

  /** Writes the whole state atomically, then empties the journal it now holds. */
  async #snapshot(data: UserData, seq = this.#seq): Promise<void> {
    await this.file.write({ ...data, journalSeq: seq });
    // Entries up to `seq` are skipped on replay even if this reset never happens.
    await this.journal.reset();
    this.#snapshotNext = false;
  }

  /** Settles once every change made so far is written; a fold still waiting for a pause is left to the next start. */
  async close(): Promise<void> {
    clearTimeout(this.#compactTimer);
    await this.#queue;
  }

  #compactWhenIdle(): void {
    clearTimeout(this.#compactTimer);
    if (this.journal.size > this.compaction.forceAtBytes) return this.#compactLater();
    this.#compactTimer = setTimeout(() => this.#compactLater(), this.compaction.idleMs);
    // Never what keeps a CLI run alive: an unfolded journal is folded at the next start.
    this.#compactTimer.unref();
  }

  #compactLater(): void {
    const run = this.#queue.then(() => this.#snapshot(this.#data));
    // A failed compaction leaves the journal valid and growing; the next one tries again.
    this.#queue = run.catch(() => undefined);
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
async function replay(journal: Journal, data: UserData, warnings: string[]): Promise<{ data: UserData; entries: number }> {
  const { entries, damaged } = await journal.read<JournalEntry>();
  const next: UserData = { ...data, articles: { ...data.articles } };
  let applied = 0;
  for (const { seq, ...patch } of entries) {
    if (seq <= (next.journalSeq ?? 0)) continue;
    patchInPlace(next, patch);
    next.journalSeq = seq;
    applied++;
  }
  if (damaged) {
    const backup = await journal.setAside();
    warnings.push(`Part of the journal of your recent tag and annotation changes was damaged. It is kept unchanged as ${backup}; the ${applied} changes before the damage were restored.`);
  }
  return { data: next, entries: applied + (damaged ? 1 : 0) };
}

/** A copy of the file as it was at the last start that read it cleanly (journal folded in). */
export const LAST_GOOD_SUFFIX = '.last-good';

/**
 * The stored user data. A corrupt file is set aside, never overwritten, and the copy
 * taken at the last clean start is loaded in its place, so the app never starts empty
 * over the user's work. Without such a copy it starts empty, and says where the file is.
 */
async function readOrRecover(file: AtomicJsonFile<UserData>, warnings: string[]): Promise<{ raw: UserData | null; recovered: boolean }> {
  const lastGood = `${file.path}${LAST_GOOD_SUFFIX}`;
  try {
    return { raw: await file.read(), recovered: false };
  } catch (err) {
    if (!(err instanceof CorruptFileError)) throw err;
    const backup = await setAside(file.path);
    const previous = await new AtomicJsonFile<UserData>(lastGood).read().catch(() => null);
    if (previous) {
      warnings.push(
        `Your tags, annotations and settings file was corrupt. It is kept unchanged as ${backup}, and the copy from the last clean start was restored; changes made since then are only in the kept file.`,
      );
      return { raw: previous, recovered: true };
    }
    warnings.push(
      `Your tags, annotations and settings file was corrupt. It is kept unchanged as ${backup}; nothing was deleted, but no earlier copy exists, so the archive shows no tags or annotations until that file is repaired.`,
    );
    return { raw: null, recovered: false };
  }
}

function emptyUserData(): UserData {
  return { version: USERDATA_MIGRATIONS.length + 1, settings: { ...DEFAULT_SETTINGS }, tags: {}, articles: {}, ui: { ...DEFAULT_UI_STATE } };
}
