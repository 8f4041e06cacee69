// What the menu's items do: each goes through the same router as the renderer's calls,
// so arguments are validated alike and a failure comes back as a message to show.
import type { BrowserWindow } from 'electron';
import type { AppCommand } from '../contract/archive';
import type { Channel, ChannelArgs } from '../contract/ipc';
import { routeCall } from '../core/ipc-router';
import type { RotatingLog } from '../desktop/log/rotating-log';
import type { ArchiveService } from '../core/service';
import { showError } from './error-dialogs';
import type { MenuActions } from './menu-template';

export function menuActions(
  service: Pick<ArchiveService, 'handlers' | 'command'>,
  getWindow: () => BrowserWindow | null,
  log: RotatingLog,
): MenuActions {
  const call =
    <C extends Channel>(title: string, channel: C, args: ChannelArgs<C>) =>
    (): void => {
      void routeCall(service.handlers, channel, args).then(async (result) => {
        if (result.ok) return;
        log.warn(`menu ${title}: ${channel} failed: ${result.error.code}: ${result.error.message}`);
        await showError(getWindow, title, result.error.message);
      });
    };
  // The renderer carries these out (dialogs, export); the window is brought up to show them.
  const command = (name: AppCommand) => (): void => {
    const win = getWindow();
    if (win && !win.isDestroyed()) win.show();
    service.command(name);
  };
  return {
    importFolder: call('Could not import the folder', 'import:choose-folder', {}),
    rescanSources: call('Could not re-scan the sources', 'sources:rescan', {}),
    openSources: command('open-sources'),
    manageTags: command('open-tags'),
    exportArticles: command('export'),
    restoreBackup: command('restore-backup'),
    openSettings: command('open-settings'),
    openLogFolder: call('Could not open the log folder', 'app:open-folder', { which: 'logs' }),
    showDataFolder: call('Could not show the data folder', 'app:open-folder', { which: 'data' }),
    reloadWindow: () => getWindow()?.webContents.reload(),
  };
}
