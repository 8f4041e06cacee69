// userdata.json as read at open. The user's tags, notes and highlights cannot be rebuilt
// by importing again, so a file that cannot be read as user data is set aside, never
// overwritten, and the copy taken at the last clean start is loaded in its place.
import { stat } from 'node:fs/promises';
import { DEFAULT_SETTINGS, DEFAULT_UI_STATE } from '../../contract/archive';
import { AtomicJsonFile, CorruptFileError, setAside } from './atomic-json-file';
import { USERDATA_MIGRATIONS } from './migrations';
import type { UserData } from './userdata-records';
import { userDataShapeProblem } from './userdata-shape';

/** A copy of the file as it was at the last start that read it cleanly (journal folded in). */
export const LAST_GOOD_SUFFIX = '.last-good';

export function emptyUserData(): UserData {
  return {
    version: USERDATA_MIGRATIONS.length + 1,
    settings: { ...DEFAULT_SETTINGS },
    tags: {},
    articles: {},
    ui: { ...DEFAULT_UI_STATE },
  };
}

/**
 * What was read: the data (null for none), whether it came from the last good copy, and
 * whether it may be copied over the last good copy: not when the file was set aside and
 * nothing valid replaced it, or an empty store would overwrite the user's only copy.
 */
export interface UserDataRead {
  raw: UserData | null;
  recovered: boolean;
  trusted: boolean;
}

/**
 * The stored user data. A corrupt file, or one that is not user data at all (issue 16,
 * finding 8: `{}` was read as an empty store), is set aside and the copy taken at the last
 * clean start is loaded in its place, so the app never starts empty over the user's work.
 * Without a valid copy it starts empty, and says where the file is.
 */
export async function readOrRecover(file: AtomicJsonFile<UserData>, warnings: string[]): Promise<UserDataRead> {
  const read = await readChecked(file);
  if (read.data || !read.problem) return { raw: read.data, recovered: false, trusted: true };
  const backup = await setAside(file.path);
  const previous = await readChecked(new AtomicJsonFile<UserData>(`${file.path}${LAST_GOOD_SUFFIX}`)).catch(() => ({
    data: null,
  }));
  const what = read.problem === 'corrupt' ? 'was corrupt' : `was not in the shape this app reads (${read.problem})`;
  if (previous.data) {
    warnings.push(
      `Your tags, annotations and settings file ${what}. It is kept unchanged as ${backup}, and the copy from the last clean start was restored; changes made since then are only in the kept file.`,
    );
    return { raw: previous.data, recovered: true, trusted: true };
  }
  warnings.push(
    `Your tags, annotations and settings file ${what}. It is kept unchanged as ${backup}; nothing was deleted, but no earlier copy exists, so the archive shows no tags or annotations until that file is repaired.`,
  );
  return { raw: null, recovered: false, trusted: false };
}

/** The file's data if it is user data of a version this app reads; else why not ('corrupt', or what is wrong with its shape), or neither when there is no file. */
async function readChecked(file: AtomicJsonFile<UserData>): Promise<{ data: UserData | null; problem?: string }> {
  let raw: unknown;
  try {
    raw = await file.read();
  } catch (err) {
    if (err instanceof CorruptFileError) return { data: null, problem: 'corrupt' };
    throw err;
  }
  // read() gives null both for no file and for a file holding `null`.
  if (raw === null && !(await stat(file.path).catch(() => null))) return { data: null };
  const problem = userDataShapeProblem(raw);
  return problem ? { data: null, problem } : { data: raw as UserData };
}
