// English strings of the desktop integration (settings, source folders, folder watching,
// pane widths, menu commands), spread into en.ts (kept apart so features edit their own file).
export const enDesktop = {
  // Settings.
  settingsTheme: 'Theme',
  themeSystem: 'Same as the system',
  themeLight: 'Light',
  themeDark: 'Dark',
  settingsPaper: 'PDF paper size',
  paperA4: 'A4',
  paperLetter: 'US Letter',
  settingsPaperHint: 'The paper PDF exports are laid out on.',
  settingsMaxFile: 'Largest file to import',
  settingsMaxFileUnit: 'MB',
  settingsMaxFileHint: 'Larger files are skipped at import, with the reason in the summary.',
  settingsMaxFileInvalid: 'Enter a whole number of megabytes from {min} to {max}.',
  settingsDataTitle: 'Where the data lives',
  settingsDataHint: 'Your archive, tags, highlights, notes and settings are kept in this folder.',
  settingsDataPath: 'Data folder',
  showDataFolder: 'Show data folder',
  openLogFolder: 'Open log folder',
  folderNotOpened: 'This window cannot open folders. Copy the path above and open it in your file manager.',
  logFolderNotOpened: 'This window cannot open folders. The log files are in {path}',
  appVersion: 'Version {version}',
  settingsSaveFailed: 'The setting was not saved: {error}',

  // Source folders.
  sources: 'Sources',
  sourcesTitle: 'Source folders',
  sourcesEmpty: 'No folders imported yet.',
  sourcesAdd: 'Add folder…',
  sourcesRescanAll: 'Re-scan all',
  sourceFiles: { one: '{n} file', other: '{n} files' },
  sourceMissing: { one: '{n} missing from disk', other: '{n} missing from disk' },
  sourceScanned: 'Scanned {when}',
  sourceNeverScanned: 'Last scan not recorded',
  sourceGone: 'Folder not found',
  sourceGoneHint: 'It was moved, renamed or is on a drive that is not connected. Its articles stay in the archive.',
  sourceWatch: 'Watch for changes',
  sourceRescan: 'Re-scan',
  sourceRemove: 'Remove…',
  sourceRescanning: 'Re-scanning…',
  sourcesRescanned: { one: 'Re-scanned {n} folder: {summary}', other: 'Re-scanned {n} folders: {summary}' },
  sourceRemoved: {
    one: 'Removed {path}: {n} article left the archive.',
    other: 'Removed {path}: {n} articles left the archive.',
  },

  // Removing a source.
  removeSourceTitle: 'Remove source folder',
  removeSourceBody: {
    one: '{n} article from this folder leaves the archive, unless another folder holds it too. The files on disk are not touched.',
    other:
      '{n} articles from this folder leave the archive, unless another folder holds them too. The files on disk are not touched.',
  },
  removeUserDataLegend: 'Your work on these articles',
  removeKeepUserData:
    'Keep my tags, highlights and notes for these articles (they come back if you add the folder again)',
  removeDeleteUserData: 'Delete them too',
  removeConfirm: 'Remove folder',
  dialogCancel: 'Cancel',

  // Folder watching.
  watchWatching: { one: 'Watching {n} folder', other: 'Watching {n} folders' },
  watchPending: 'Changes in {folder}…',
  watchImporting: 'Importing changes from {folder}…',

  // Panes and menu commands.
  resizeFilters: 'Width of the filters',
  resizeList: 'Width of the article list',
} as const;
