// English strings of exporting and restoring a backup, spread into en.ts (kept apart
// so features edit their own file).
export const enExport = {
  // Buttons that open the export dialog.
  exportButton: 'Export…',
  exportArticleLabel: 'Export this article',
  exportSelectionLabel: 'Export the selected articles',

  // The dialog's choices.
  exportTitle: 'Export',
  exportWhat: 'What to export',
  exportScopeArticle: 'The open article',
  exportScopeSelection: { one: 'The selected article', other: 'The {n} selected articles' },
  exportScopeTag: 'Everything tagged',
  exportScopeTagPick: 'Tag to export',
  exportScopeSearch: { one: 'The current search: {n} article', other: 'The current search: {n} articles' },
  exportScopeAll: { one: 'The whole archive: {n} article', other: 'The whole archive: {n} articles' },
  exportFormat: 'Format',
  exportFormatPdf: 'PDF',
  exportFormatPdfHint: 'to read and print, with highlights and notes',
  exportFormatMarkdown: 'Markdown',
  exportFormatMarkdownHint: 'plain text, highlights as ==marks== with footnotes',
  exportFormatJson: 'JSON backup',
  exportFormatJsonHint: 'everything, tags and highlights included; restores into an archive',
  exportFormatCsv: 'CSV',
  exportFormatCsvHint: 'one row per article, for spreadsheets',
  exportLayout: 'Files',
  exportLayoutDossier: 'One dossier, with a cover and contents',
  exportLayoutPerArticle: 'One file per article, into a folder',
  exportDossierTitle: 'Dossier title',
  exportDossierTitleHint: 'Left empty, the title is made from what is exported.',
  exportPaper: 'Paper: {paper}. Settings can change it.',
  exportIncludeWithdrawn: 'Include stories withdrawn by the agency',
  exportIncludeWithdrawnHint: 'Left out unless this is ticked; taken in, they are marked as withdrawn.',
  exportRun: 'Export…',

  // Running.
  exportWaiting: 'Preparing the export…',
  exportCollecting: 'Gathering articles: {done} of {total}',
  exportRendering: 'Laying out the pages…',
  exportWritingFiles: 'Writing files: {done} of {total}',
  exportSaving: 'Saving…',
  exportProgressLabel: 'Export progress',
  exportCancel: 'Cancel export',
  exportCancelling: 'Cancelling…',

  // How it ended.
  exportDone: { one: 'Exported {n} article', other: 'Exported {n} articles' },
  exportCancelled: 'Export cancelled',
  exportCancelledFiles: {
    one: '{n} file was written whole before it stopped; nothing half-written is left.',
    other: '{n} files were written whole before it stopped; nothing half-written is left.',
  },
  exportFilesWritten: { one: 'File written', other: '{n} files written' },
  exportMoreFiles: { one: 'and {n} more', other: 'and {n} more' },
  exportReveal: 'Show in folder',
  exportRevealFailed: 'This window cannot open folders. The file is at {path}',
  exportAgain: 'Export something else',
  exportFailed: 'The export failed: {error}',
  exportNothing: 'Nothing to export: no article matches.',
  exportBusy: 'Another export is running. Wait for it to finish, or cancel it.',

  // Restoring a backup.
  restoreTitle: 'Restore a backup',
  restoreRunning: 'Restoring the backup you choose…',
  restoreFrom: 'From',
  restoreArticles: { one: '{n} article in the backup', other: '{n} articles in the backup' },
  restoreAdded: { one: '{n} added to the archive', other: '{n} added to the archive' },
  restoreAnnotations: { one: '{n} highlight put in place', other: '{n} highlights put in place' },
  restoreNotes: { one: '{n} article note put in place', other: '{n} article notes put in place' },
  restoreTagged: { one: '{n} article got its tags', other: '{n} articles got their tags' },
  restoreRejected: { one: '{n} record could not be restored', other: '{n} records could not be restored' },
  restoreFailed: 'The backup was not restored: {error}',

  // Settings.
  settingsExportRelated: 'Include related articles in exports',
  settingsExportRelatedHint:
    'The teasers of other stories listed under some articles. They are left out unless this is on.',
} as const;
