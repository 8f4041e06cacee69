// What the window does for the menu's commands (main's `app:command`) and for the keys
// pressed anywhere in it, in one place: a menu item, its key and the button beside it
// open the same thing the same way. The view calls these methods from its buttons; it
// keeps only the focus, which it hands over as FocusTargets.
import type { AppCommand } from '../../../src-main/contract/archive';
import { subscribe } from './api';
import type { AppState } from './app-state';
import { contextOf, type ExportOrigin } from './export-request';
import { focusZone, keyAction, type KeyAction } from './keyboard';

/** Where the focus keys send the keyboard: the view's search box and list. */
export interface FocusTargets {
  search(): void;
  list(): void;
}

/** The articles the selection's tag editor is for, fixed when it opened, and the button it opened from. */
export interface TagEditorTarget {
  ids: string[];
  anchor?: HTMLElement;
}

export class WindowCommands {
  /** The selection's tag editor, open for these articles; null while it is closed. Only these methods change it. */
  tagging = $state.raw<TagEditorTarget | null>(null);

  readonly #app: AppState;
  readonly #focus: FocusTargets;

  /** What each menu item main sends does. */
  readonly #menu: Record<AppCommand, () => void> = {
    'open-settings': () => this.openDialog('settings'),
    'open-sources': () => this.openDialog('sources'),
    'open-tags': () => this.openDialog('tags'),
    export: () => this.openExport('toolbar'),
    'restore-backup': () => void this.restoreBackup(),
  };

  constructor(app: AppState, focus: FocusTargets) {
    this.#app = app;
    this.#focus = focus;
  }

  /** Carries out every command main sends; returns the unsubscribe function. */
  connectMenu(): () => void {
    return subscribe('app:command', ({ command }) => this.#menu[command]?.());
  }

  /** A key pressed anywhere in the window; keys the list or the search box handled are theirs. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented) return;
    const action = keyAction(event, focusZone(event.target instanceof Element ? event.target : null));
    if (!action) return;
    event.preventDefault();
    this.#run(action);
  };

  /** Opens a dialog that needs nothing from the window; Settings also fetches the app's version and folders. */
  openDialog(name: 'settings' | 'sources' | 'tags'): void {
    if (this.#app.dialogs.open(name) && name === 'settings') void this.#app.settings.loadInfo();
  }

  /** The export dialog, offering what the window holds now; `origin` picks the scope preselected. */
  openExport(origin: ExportOrigin): void {
    const { dialogs, exporter, archive, tags } = this.#app;
    if (dialogs.open('export')) exporter.open(origin, contextOf(archive, tags.list));
  }

  /** The restore dialog while main asks for the backup; a cancelled file dialog closes it without a word. */
  async restoreBackup(): Promise<void> {
    const { dialogs, restorer } = this.#app;
    if (dialogs.open('restore') && !(await restorer.chooseAndRestore())) dialogs.close('restore');
  }

  /** The tag editor for the selection: the rows picked, else the cursor's row or the open article. */
  openTagEditor(anchor?: HTMLElement): void {
    const ids = this.#app.archive.selection.ids();
    if (ids.length) this.tagging = { ids, anchor };
  }

  closeTagEditor(): void {
    this.tagging = null;
  }

  #run(action: KeyAction): void {
    if (action === 'focus-search') this.#focus.search();
    else if (action === 'focus-list') this.#focus.list();
    else if (action === 'tag') this.openTagEditor();
    else this.#app.archive.perform(action);
  }
}
