// The folder picker's answer for automated runs of the desktop app: a native dialog
// cannot be clicked by a test, so `DISPATCH_ARCHIVE_TEST_DIALOG` answers it instead.
// Only a development build (not packaged) or NODE_ENV=test honours it, so an installed
// app always asks the user.
import { isAbsolute } from 'node:path';

export const TEST_DIALOG_ENV = 'DISPATCH_ARCHIVE_TEST_DIALOG';

/** What the stub answers: a folder, or `null` for a cancelled dialog. */
export type StubbedFolder = { folder: string | null };

/**
 * The stubbed answer, or null when the real dialog must be shown: the variable is
 * unset, the build is packaged outside NODE_ENV=test, or the value is neither
 * `cancel` nor an absolute path.
 */
export function stubbedFolderAnswer(env: NodeJS.ProcessEnv, isPackaged: boolean): StubbedFolder | null {
  const value = env[TEST_DIALOG_ENV];
  if (!value) return null;
  if (isPackaged && env.NODE_ENV !== 'test') return null;
  if (value === 'cancel') return { folder: null };
  return isAbsolute(value) ? { folder: value } : null;
}
