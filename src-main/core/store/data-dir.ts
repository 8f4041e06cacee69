import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Dispatch Archive';

/**
 * The same folder Electron's `app.getPath('userData')` gives for this app, so the
 * CLI and the desktop app share one archive by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.DISPATCH_ARCHIVE_DATA) return env.DISPATCH_ARCHIVE_DATA;
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
}
