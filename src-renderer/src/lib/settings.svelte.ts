// The user's settings, loaded from main and saved back on every change; the UI
// language and the theme follow them at once. Also what the settings dialog shows
// about the app itself (version, data and log folders).
import { DEFAULT_SETTINGS, type AppInfo, type Settings } from '../../../src-main/contract/archive';
import { applyLocaleSetting } from '../i18n';
import { call, errorMessage } from './api';
import { applyTheme } from './theme';

export class SettingsState {
  value = $state.raw<Settings>(DEFAULT_SETTINGS);
  error = $state<string | null>(null);
  /** Version and folders, fetched the first time the dialog needs them. */
  info = $state.raw<AppInfo | null>(null);

  async load(): Promise<void> {
    try {
      this.#apply(await call('settings:get', {}));
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  /**
   * Applies a change at once, so the UI answers immediately, then saves it (main
   * answers once it is on disk). A refused change is undone by reading back what main kept.
   */
  async change(patch: Partial<Settings>): Promise<void> {
    this.#apply({ ...this.value, ...patch });
    try {
      this.#apply(await call('settings:set', patch));
      this.error = null;
    } catch (err) {
      this.error = errorMessage(err);
      await this.#reread();
    }
  }

  async loadInfo(): Promise<void> {
    if (this.info) return;
    try {
      this.info = await call('app:info', {});
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  /** Shows the data or log folder in the file manager; false where this window cannot (a plain browser). */
  async openFolder(which: 'data' | 'logs'): Promise<boolean> {
    try {
      return (await call('app:open-folder', { which })).opened;
    } catch (err) {
      this.error = errorMessage(err);
      return false;
    }
  }

  async #reread(): Promise<void> {
    try {
      this.#apply(await call('settings:get', {}));
    } catch {
      // The first error is the one worth showing; the optimistic value stays.
    }
  }

  #apply(settings: Settings): void {
    this.value = settings;
    applyLocaleSetting(settings.locale);
    applyTheme(settings.theme);
  }
}
