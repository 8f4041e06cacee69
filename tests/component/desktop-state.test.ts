import { afterEach, describe, expect, it, vi } from 'vitest';
import { PANE_SAVE_DELAY_MS, UiStateStore, VIEW_SAVE_DELAY_MS } from '../../src-renderer/src/lib/ui-state.svelte';
import { applyTheme } from '../../src-renderer/src/lib/theme';
import { SettingsState } from '../../src-renderer/src/lib/settings.svelte';
import { DEFAULT_SETTINGS, DEFAULT_UI_STATE } from '../../src-main/contract/archive';
import { stubBridge, stubBridgeFailing, type StubReplies } from './bridge-stub';

const saves = (invoke: ReturnType<typeof stubBridge>['invoke']) =>
  invoke.mock.calls.filter(([name]) => name === 'ui-state:set').map(([, args]) => args);

afterEach(() => {
  vi.useRealTimers();
});

/** main keeps what the window saves and answers with the whole state, as it does. */
const SAVING: StubReplies = { 'ui-state:set': (patch) => ({ ...DEFAULT_UI_STATE, ...patch }) };

describe('UiStateStore', () => {
  it('saves only the last width of a drag', async () => {
    vi.useFakeTimers();
    const { invoke } = stubBridge(SAVING);
    const ui = new UiStateStore();
    for (const list of [400, 410, 420]) ui.setPaneWidths({ filters: 220, list });
    await vi.advanceTimersByTimeAsync(PANE_SAVE_DELAY_MS);
    expect(saves(invoke)).toEqual([{ paneWidths: { filters: 220, list: 420 } }]);
  });

  it('shows new widths before they are saved', () => {
    stubBridge(SAVING);
    const ui = new UiStateStore();
    ui.setPaneWidths({ filters: 250, list: 500 });
    expect(ui.paneWidths).toEqual({ filters: 250, list: 500 });
  });

  it('saves the view once it settles', async () => {
    vi.useFakeTimers();
    const { invoke } = stubBridge(SAVING);
    const ui = new UiStateStore();
    ui.saveLastView('q=a');
    ui.saveLastView('q=ab');
    await vi.advanceTimersByTimeAsync(VIEW_SAVE_DELAY_MS);
    expect(saves(invoke)).toEqual([{ lastView: 'q=ab' }]);
  });

  it('does not save the view it loaded', async () => {
    vi.useFakeTimers();
    const { invoke } = stubBridge({ ...SAVING, 'ui-state:get': () => ({ ...DEFAULT_UI_STATE, lastView: 'q=x' }) });
    const ui = new UiStateStore();
    await ui.load();
    ui.saveLastView('q=x');
    await vi.advanceTimersByTimeAsync(VIEW_SAVE_DELAY_MS);
    expect(saves(invoke)).toEqual([]);
  });

  it('takes the saved pane widths on load', async () => {
    const paneWidths = { filters: 260, list: 520 };
    stubBridge({ 'ui-state:get': () => ({ ...DEFAULT_UI_STATE, paneWidths }) });
    const ui = new UiStateStore();
    await ui.load();
    expect(ui.paneWidths).toEqual(paneWidths);
  });
});

describe('theme', () => {
  it('marks the document with the chosen theme', () => {
    applyTheme('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('applies the theme of the settings main sends', async () => {
    stubBridge({ 'settings:get': () => ({ ...DEFAULT_SETTINGS, theme: 'light' }) });
    await new SettingsState().load();
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('goes back to the saved theme when main refuses a change', async () => {
    stubBridgeFailing('settings:set', 'disk full', {
      'settings:get': () => ({ ...DEFAULT_SETTINGS, theme: 'system' }),
    });
    const state = new SettingsState();
    await state.change({ theme: 'dark' });
    expect(document.documentElement.dataset.theme).toBe('system');
    expect(state.error).toBe('disk full');
  });
});
