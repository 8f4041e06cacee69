// The app's own channels: settings, the saved window and view, the version and folders.
import type { ChannelsOf, HandlersOf } from '../../contract/ipc';
import type { UserDataStore } from '../store/userdata';

type AppChannel = ChannelsOf<'settings' | 'ui-state' | 'app'>;

export interface AppHandlerDeps {
  userData: UserDataStore;
  dataDir: string;
  logDir: string;
  /** The app's version; the shell passes app.getVersion(). */
  version?: string;
  /** Shows a folder in the system's file manager; absent where there is none. */
  openPath?: (path: string) => Promise<boolean>;
}

export function appHandlers({ userData, dataDir, logDir, version, openPath }: AppHandlerDeps): HandlersOf<AppChannel> {
  return {
    'settings:get': async () => ({ ...userData.settings }),
    'settings:set': async (patch) => userData.updateSettings(patch),
    'ui-state:get': async () => ({ ...userData.ui }),
    'ui-state:set': async (patch) => userData.updateUi(patch),
    'app:info': async () => ({ version: version ?? '0.0.0-dev', dataDir, logDir }),
    'app:open-folder': async ({ which }) => ({
      opened: (await openPath?.(which === 'data' ? dataDir : logDir)) ?? false,
    }),
  };
}
