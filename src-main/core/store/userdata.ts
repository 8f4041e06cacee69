import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Settings } from '../../contract/archive';
import type { Annotation, TagColor } from '../../contract/userdata';
import { WriteFailedError } from '../errors';
import { AtomicJsonFile, CorruptFileError, setAside } from './atomic-json-file';
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
}

/** A change computed from the committed state: the next state, what to return, and which articles it touched. */
export interface Change<T> {
  data: UserData;
  result: T;
  /** Article ids whose record changed; null for "maybe all" (a rename across the archive). */
  changed: string[] | null;
}

export type UserDataListener = (changed: string[] | null) => void;

export const USERDATA_FILE = 'userdata.json';

export class UserDataStore {
  #data: UserData;
  #queue: Promise<unknown> = Promise.resolve();
  #listeners = new Set<UserDataListener>();
  /** Bumped on every committed change, so search drops what it derived from older states. */
  generation = 0;

  private constructor(
    private readonly file: AtomicJsonFile<UserData>,
    data: UserData,
  ) {
    this.#data = data;
  }

  static async open(dataDir: string, warnings: string[]): Promise<UserDataStore> {
    const path = join(dataDir, USERDATA_FILE);
    const file = new AtomicJsonFile<UserData>(path);
    const { raw, recovered } = await readOrRecover(file, warnings);
    const { data, migrated } = migrate<UserData>(path, (raw ?? emptyUserData()) as unknown as Record<string, unknown>, USERDATA_MIGRATIONS);
    const store = new UserDataStore(file, data);
    if (migrated || recovered) await file.write(data);
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
   * Runs `change` on the committed state, writes the result atomically, and only then
   * makes it the state: a failed write changes nothing, in memory or on disk, and a
   * resolved call is on disk. Changes run one at a time, each on the state the one
   * before committed. `change` must not mutate what it is given.
   */
  commit<T>(change: (data: Readonly<UserData>) => Change<T>): Promise<T> {
    const run = this.#queue.then(async () => {
      const next = change(this.#data);
      try {
        await this.file.write(next.data);
      } catch (err) {
        throw new WriteFailedError(this.file.path, err);
      }
      this.#data = next.data;
      this.generation++;
      for (const listener of this.#listeners) listener(next.changed);
      return next.result;
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves once the change is on disk. */
  updateSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.commit((data) => {
      const settings = { ...data.settings, ...patch };
      return { data: { ...data, settings }, result: settings, changed: [] };
    });
  }
}

/** A copy of the file as it was at the last start that read it cleanly. */
export const LAST_GOOD_SUFFIX = '.last-good';

/**
 * The stored user data. A corrupt file is set aside, never overwritten, and the copy
 * taken at the last clean start is loaded in its place, so the app never starts empty
 * over the user's work. Without such a copy it starts empty, and says where the file is.
 */
async function readOrRecover(file: AtomicJsonFile<UserData>, warnings: string[]): Promise<{ raw: UserData | null; recovered: boolean }> {
  const lastGood = `${file.path}${LAST_GOOD_SUFFIX}`;
  try {
    const raw = await file.read();
    if (raw) await copyFile(file.path, lastGood);
    return { raw, recovered: false };
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
  return { version: USERDATA_MIGRATIONS.length + 1, settings: { locale: null }, tags: {}, articles: {} };
}
