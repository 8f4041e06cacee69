// userdata.json as read at open. The user's tags, notes and highlights cannot be rebuilt
// by importing again, so a file that cannot be read is set aside, never overwritten, and
// the copy taken at the last clean start is loaded in its place.
import { DEFAULT_SETTINGS, DEFAULT_UI_STATE } from '../../contract/archive';
import { AtomicJsonFile, CorruptFileError, setAside } from './atomic-json-file';
import { USERDATA_MIGRATIONS } from './migrations';
import type { UserData } from './userdata-records';

/** A copy of the file as it was at the last start that read it cleanly (journal folded in). */
export const LAST_GOOD_SUFFIX = '.last-good';

export function emptyUserData(): UserData {
  return { version: USERDATA_MIGRATIONS.length + 1, settings: { ...DEFAULT_SETTINGS }, tags: {}, articles: {}, ui: { ...DEFAULT_UI_STATE } };
}

/**
 * The stored user data. A corrupt file is set aside, never overwritten, and the copy
 * taken at the last clean start is loaded in its place, so the app never starts empty
 * over the user's work. Without such a copy it starts empty, and says where the file is.
 */
export async function readOrRecover(file: AtomicJsonFile<UserData>, warnings: string[]): Promise<{ raw: UserData | null; recovered: boolean }> {
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
