// The user's settings, loaded from main and saved back on every change; the UI
// language follows them (or the OS when they say nothing).
import { DEFAULT_SETTINGS, type Settings } from '../../../src-main/contract/archive';
import { applyLocaleSetting } from '../i18n';
import { call, errorMessage } from './api';

export class SettingsState {
  value = $state.raw<Settings>(DEFAULT_SETTINGS);
  dialogOpen = $state(false);
  error = $state<string | null>(null);

  async load(): Promise<void> {
    try {
      this.#apply(await call('settings:get', {}));
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  /** Applies a change at once, so the UI answers immediately, then saves it. */
  async change(patch: Partial<Settings>): Promise<void> {
    this.#apply({ ...this.value, ...patch });
    try {
      this.#apply(await call('settings:set', patch));
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  #apply(settings: Settings): void {
    this.value = settings;
    applyLocaleSetting(settings.locale);
  }
}

export const settings = new SettingsState();
