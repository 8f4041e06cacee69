import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, DEFAULT_UI_STATE } from '../../../src-main/contract/archive';
import { loadSettings, loadUiState } from '../../../src-main/core/settings';
import { UserDataStore } from '../../../src-main/core/store/userdata';

describe('loadSettings', () => {
  it('fills the fields an older file lacks with their defaults', () => {
    expect(loadSettings({ locale: 'ru' })).toEqual({ ...DEFAULT_SETTINGS, locale: 'ru' });
  });

  it('resets only the fields that are not valid, and says which', () => {
    const problems: string[] = [];
    expect(loadSettings({ locale: 'ru', theme: 'neon', maxFileMb: 99999, paperSize: 'Letter' }, problems)).toEqual({
      ...DEFAULT_SETTINGS,
      locale: 'ru',
      paperSize: 'Letter',
    });
    expect(problems).toEqual([
      'the stored setting "theme" ("neon") was not valid and was reset',
      'the stored setting "maxFileMb" (99999) was not valid and was reset',
    ]);
  });

  it('ignores fields it does not know, as a newer version might write', () => {
    const problems: string[] = [];
    expect(loadSettings({ fontSize: 14 }, problems)).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([]);
  });

  it('resets settings that are not a map at all', () => {
    const problems: string[] = [];
    expect(loadSettings('dark', problems)).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual(['the stored settings were not a key: value map and were reset']);
  });
});

describe('loadUiState', () => {
  it('keeps valid window bounds and drops a pane width out of range', () => {
    const window = { x: 10, y: 20, width: 1200, height: 800, maximized: false };
    expect(loadUiState({ window, paneWidths: { filters: 5, list: 400 }, lastView: 'q=x' })).toEqual({
      ...DEFAULT_UI_STATE,
      window,
      lastView: 'q=x',
    });
  });
});

describe('settings in the user-data store', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'da-settings-load-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('upgrades a version-2 file with only a locale, and reports a bad value it reset', async () => {
    await writeFile(
      join(dir, 'userdata.json'),
      JSON.stringify({ version: 2, settings: { locale: 'ru', theme: 7 }, tags: {}, articles: {} }),
    );
    const warnings: string[] = [];
    const store = await UserDataStore.open(dir, warnings);
    expect(store.settings).toEqual({ ...DEFAULT_SETTINGS, locale: 'ru' });
    expect(store.ui).toEqual(DEFAULT_UI_STATE);
    expect(warnings).toEqual(['In your settings file, the stored setting "theme" (7) was not valid and was reset.']);
    expect((await UserDataStore.open(dir, [])).settings.locale).toBe('ru');
  });

  it('keeps the UI state across a restart', async () => {
    const store = await UserDataStore.open(dir, []);
    await store.updateUi({ lastView: 'q=Москва&article=0123456789abcdef', paneWidths: { filters: 240, list: 500 } });
    const again = await UserDataStore.open(dir, []);
    expect(again.ui).toMatchObject({
      lastView: 'q=Москва&article=0123456789abcdef',
      paneWidths: { filters: 240, list: 500 },
    });
  });
});
