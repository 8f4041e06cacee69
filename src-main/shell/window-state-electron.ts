// Window bounds across restarts: read from the user-data store and fitted to today's
// displays (desktop/window-state.ts), written back as the user moves and resizes
// (desktop/window-state-saver.ts). This file only reads Electron's screen and window.
import { screen, type BrowserWindow } from 'electron';
import type { UserDataStore } from '../core/store/userdata';
import { boundsToSave, restoreWindowPlacement, type WindowPlacement } from '../desktop/window-state';
import { WindowStateSaver } from '../desktop/window-state-saver';

/** Where the next window opens; call after `app` is ready (screen needs it). */
export function savedPlacement(userData: UserDataStore): WindowPlacement {
  const all = screen.getAllDisplays().map((d) => d.workArea);
  return restoreWindowPlacement(userData.ui.window, { primary: screen.getPrimaryDisplay().workArea, all });
}

/** Saves the window's bounds after each move or resize settles, and at once when it closes. */
export function keepWindowState(
  win: BrowserWindow,
  userData: UserDataStore,
  onError: (err: unknown) => void,
): WindowStateSaver {
  const saver = new WindowStateSaver({
    read: () => boundsToSave(win.getNormalBounds(), win.isMaximized()),
    save: (window) => userData.updateUi({ window }),
    onError,
  });
  const changed = (): void => saver.changed();
  win.on('resize', changed);
  win.on('move', changed);
  win.on('maximize', changed);
  win.on('unmaximize', changed);
  // 'close' comes while the window still exists, so its bounds can still be read.
  win.on('close', () => void saver.flush());
  return saver;
}
