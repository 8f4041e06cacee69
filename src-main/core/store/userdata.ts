import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Settings } from '../../contract/archive';
import { AtomicJsonFile, CorruptFileError, setAside } from './atomic-json-file';
import { USERDATA_MIGRATIONS, migrate } from './migrations';


/**
 * The user's own work, kept apart from the catalogue so a tag or a setting change
 * never rewrites the (much larger) catalogue, and a re-import never touches it.
 * Tags and annotations arrive with their own issue; their maps exist from version 1
 * so older files need no migration for them.
 */
export interface UserData {
  version: number;
  settings: Settings;
  tags: Record<string, unknown>;
  annotations: Record<string, unknown>;
}

export const USERDATA_FILE = 'userdata.json';

export class UserDataStore {
  private constructor(private readonly db: Low<UserData>) {}

  static async open(dataDir: string, warnings: string[]): Promise<UserDataStore> {
    const path = join(dataDir, USERDATA_FILE);
    const db = new Low<UserData>(new AtomicJsonFile<UserData>(path), emptyUserData());
    try {
      await db.read();
    } catch (err) {
      if (!(err instanceof CorruptFileError)) throw err;
      const backup = await setAside(path);
      warnings.push(
        `Your tags, annotations and settings file was corrupt. It is kept unchanged as ${backup}; nothing was deleted.`,
      );
      db.data = emptyUserData();
    }
    const { data, migrated } = migrate<UserData>(path, db.data as unknown as Record<string, unknown>, USERDATA_MIGRATIONS);
    db.data = data;
    const store = new UserDataStore(db);
    if (migrated) await db.write();
    return store;
  }

  get settings(): Readonly<Settings> {
    return this.db.data.settings;
  }

  /** Resolves once the change is on disk. */
  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    this.db.data.settings = { ...this.db.data.settings, ...patch };
    await this.db.write();
    return this.db.data.settings;
  }
}

function emptyUserData(): UserData {
  return { version: USERDATA_MIGRATIONS.length + 1, settings: { locale: null }, tags: {}, annotations: {} };
}
