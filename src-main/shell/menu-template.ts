// The application menu as data: the platform's standard menus with the app's own items.
// No Electron at run time (the import is types only), so the template is unit-tested
// under Node; menu.ts builds and installs it.
import type { MenuItemConstructorOptions } from 'electron';

/** What the app's own items do; the shell binds each to the service or the window. */
export interface MenuActions {
  importFolder(): void;
  rescanSources(): void;
  openSources(): void;
  manageTags(): void;
  exportArticles(): void;
  restoreBackup(): void;
  openSettings(): void;
  openLogFolder(): void;
  showDataFolder(): void;
  /** Development builds only: reloads the page after a renderer change. */
  reloadWindow(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Not packaged: adds Reload Window and the developer tools to View. */
  development: boolean;
}

/** The ids of the app's own items, for the shell and for tests that click them. */
export const MENU_IDS = {
  importFolder: 'import-folder',
  rescanSources: 'rescan-sources',
  openSources: 'open-sources',
  manageTags: 'manage-tags',
  exportArticles: 'export',
  restoreBackup: 'restore-backup',
  openSettings: 'open-settings',
  openLogFolder: 'open-log-folder',
  showDataFolder: 'show-data-folder',
} as const satisfies Partial<Record<keyof MenuActions, string>>;

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

export function menuTemplate(options: MenuOptions, actions: MenuActions): Item[] {
  const mac = options.platform === 'darwin';
  // Written out rather than CmdOrCtrl, so the template says what each platform gets.
  const key = (k: string): string => `${mac ? 'Cmd' : 'Ctrl'}+${k}`;
  const app = (id: keyof typeof MENU_IDS, label: string, accelerator?: string): Item => ({
    id: MENU_IDS[id],
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions[id](),
  });
  const settings = app('openSettings', 'Settings…', key(','));
  const file: Item[] = [
    app('importFolder', 'Import Folder…', key('O')),
    // Ctrl+R is "refresh" to most users; re-reading the source folders is this app's refresh.
    // View therefore has no Reload on Ctrl+R (see viewMenu).
    app('rescanSources', 'Re-scan Sources', key('R')),
    app('openSources', 'Sources…'),
    app('manageTags', 'Manage Tags…'),
    separator,
    app('exportArticles', 'Export…', key('E')),
    app('restoreBackup', 'Restore from Backup…'),
    separator,
    ...(mac ? [{ role: 'close' } satisfies Item] : [settings, separator, { role: 'quit' } satisfies Item]),
  ];
  return [
    ...(mac ? [macAppMenu(options.appName, settings)] : []),
    { label: mac ? 'File' : '&File', submenu: file },
    { role: 'editMenu' },
    viewMenu(options, actions),
    { role: 'windowMenu' },
    helpMenu(mac, options.appName, app),
  ];
}

/** macOS's application menu, with Settings… where macOS users look for it. */
function macAppMenu(appName: string, settings: Item): Item {
  return {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

/**
 * Zoom and full screen. The page reload and developer tools only in development: a
 * user gains nothing from reloading (state lives in main), and their Ctrl+R is Re-scan.
 */
function viewMenu(options: MenuOptions, actions: MenuActions): Item {
  const development: Item[] = options.development
    ? [{ label: 'Reload Window', click: () => actions.reloadWindow() }, { role: 'toggleDevTools' }, separator]
    : [];
  return {
    label: options.platform === 'darwin' ? 'View' : '&View',
    submenu: [
      ...development,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
}

function helpMenu(mac: boolean, appName: string, app: (id: keyof typeof MENU_IDS, label: string) => Item): Item {
  return {
    role: 'help',
    label: mac ? 'Help' : '&Help',
    submenu: [
      app('openLogFolder', 'Open Log Folder'),
      app('showDataFolder', 'Show Data Folder'),
      // On macOS About lives in the application menu.
      ...(mac ? [] : [separator, { role: 'about', label: `About ${appName}` } satisfies Item]),
    ],
  };
}
