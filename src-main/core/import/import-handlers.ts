// The import channels: a folder named by the page or chosen in the native dialog, and cancel.
import type { ChannelsOf, HandlersOf } from '../../contract/ipc';
import type { ImportRunner } from './import-runner';

/** import:paths is the sources area's: it imports into a source folder or beside one. */
type ImportChannel = Exclude<ChannelsOf<'import'>, 'import:paths'>;

export interface ImportHandlerDeps {
  runner: ImportRunner;
  /** Asks the user for a folder; null when cancelled. Doors without a dialog (CLI, tests) may leave it out. */
  chooseFolder?: () => Promise<string | null>;
}

export function importHandlers({ runner, chooseFolder }: ImportHandlerDeps): HandlersOf<ImportChannel> {
  return {
    'import:folder': async ({ path }) => runner.importFolder(path),
    'import:choose-folder': async () => {
      const path = await chooseFolder?.();
      return path ? runner.importFolder(path) : null;
    },
    'import:cancel': async () => ({ cancelled: runner.cancel() }),
  };
}
