// The window's state: one object of each kind, wired to one another, made once per
// window by App.svelte (and afresh by each test that renders App).
//
// How components get state: as props, always. App.svelte makes the state here and
// hands each component the objects (or the values) it shows; no component imports a
// state object, and no module keeps one in a module-level variable (the interface
// language, which every t() reads, is the one exception: see i18n/). Why props rather
// than imported singletons: most of the tree already took its state as props, and the
// component tests render each component on a fresh state over a stub bridge, so
// nothing leaks from one test into the next. Why not Svelte context: a component's
// Props then name everything it depends on, and the tree is shallow (state passes down
// two levels at most), so there is little to drill. A runes object passed as a prop
// stays reactive field by field, so nothing is lost by passing it.
import type { ImportSummary } from '../../../src-main/contract/archive';
import { AnnotationState } from './annotations.svelte';
import { ArchiveState } from './archive.svelte';
import { Dialogs, type DialogRule } from './dialogs.svelte';
import { ExportState } from './export.svelte';
import { ImportState } from './import.svelte';
import { RestoreState } from './restore.svelte';
import { SettingsState } from './settings.svelte';
import { SourcesState } from './sources.svelte';
import { StoreWarningsState } from './store-warnings.svelte';
import { TagState } from './tags.svelte';
import { UiStateStore } from './ui-state.svelte';
import { subscribe } from './api';

export interface AppState {
  archive: ArchiveState;
  tags: TagState;
  annotations: AnnotationState;
  importer: ImportState;
  sources: SourcesState;
  settings: SettingsState;
  uiState: UiStateStore;
  storeWarnings: StoreWarningsState;
  exporter: ExportState;
  restorer: RestoreState;
  dialogs: Dialogs<DialogName>;
}

/**
 * Every modal dialog by name, with its rule for closing. Adding a dialog: a line here,
 * its element in ModalLayer.svelte, and the command that opens it (window-commands).
 */
function dialogRules(exporter: ExportState, restorer: RestoreState) {
  return {
    settings: {},
    sources: {},
    tags: {},
    export: { mayClose: () => exporter.closable },
    restore: { mayClose: () => restorer.closable },
  } satisfies Record<string, DialogRule>;
}

export type DialogName = keyof ReturnType<typeof dialogRules>;

export function createAppState(): AppState {
  const archive = new ArchiveState();
  // Tags renamed or deleted move the filters naming them; any change refetches rows and the article.
  const tags = new TagState((change) => archive.afterTagChange(change));
  // A removed source or a restored backup changes articles and tags behind the window's back.
  const catchUp = () => {
    archive.refresh();
    void tags.load();
  };
  const exporter = new ExportState();
  const restorer = new RestoreState(catchUp);
  return {
    archive,
    tags,
    annotations: new AnnotationState(archive),
    importer: new ImportState(),
    sources: new SourcesState(catchUp),
    settings: new SettingsState(),
    uiState: new UiStateStore(),
    storeWarnings: new StoreWarningsState(),
    exporter,
    restorer,
    dialogs: new Dialogs(dialogRules(exporter, restorer)),
  };
}

/**
 * Follows main's events for as long as the window lives, and fetches what it shows
 * first; returns the function that stops following. Throws when the bridge is missing.
 */
export function connectAppState(app: AppState): () => void {
  const { archive, importer, sources, exporter, settings, storeWarnings, tags } = app;
  const disconnects = [
    importer.connect((summary) => {
      if (sources.fromWatcher(summary)) afterWatcherImport(app, summary);
      else archive.refresh();
      void tags.load();
    }),
    sources.connect(),
    exporter.connect(),
    // Thread badges arrive after the first page (store/thread-build.ts): fetched again in place.
    subscribe('archive:changed', () => archive.refreshResults()),
  ];
  void settings.load();
  void storeWarnings.load();
  void tags.load();
  void sources.loadWatched();
  return () => disconnects.forEach((disconnect) => disconnect());
}

/**
 * The watcher imported changes in the background: the list catches up where it stands
 * (the user may be reading), and its summary shows only when something needs the user.
 */
function afterWatcherImport({ archive, importer }: AppState, summary: ImportSummary): void {
  archive.refreshResults();
  void archive.loadStoreCount();
  void archive.reloadArticle();
  if (!summary.rejected.length && !summary.userWork?.orphaned) importer.dismissSummary();
}
