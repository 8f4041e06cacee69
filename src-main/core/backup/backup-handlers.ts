// The backup channels: restore a JSON export named by the door, or chosen in the native
// file picker. A restore adds to the catalogue, so it runs under the task lock like an import.
import type { ChannelsOf, HandlersOf } from '../../contract/ipc';
import type { TaskLock } from '../task-lock';
import { restoreBackup, type RestoreStores } from './restore';

type BackupChannel = ChannelsOf<'backup'>;

export interface BackupHandlerDeps {
  stores: RestoreStores;
  tasks: TaskLock;
  /** Asks the user for a backup file; null when cancelled. */
  chooseBackupFile?: () => Promise<string | null>;
}

export function backupHandlers({ stores, tasks, chooseBackupFile }: BackupHandlerDeps): HandlersOf<BackupChannel> {
  const restore = (path: string) => tasks.exclusive(() => restoreBackup(stores, path));
  return {
    'backup:restore': async ({ path }) => restore(path),
    'backup:choose-and-restore': async () => {
      const path = await chooseBackupFile?.();
      return path ? restore(path) : null;
    },
  };
}
