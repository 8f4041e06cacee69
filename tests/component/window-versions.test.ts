// Opening another version of a story from the reader goes through the window's own
// navigation: main is asked for that article, the reader shows it, the address follows.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../src-renderer/src/App.svelte';
import { DEFAULT_SETTINGS, DEFAULT_UI_STATE } from '../../src-main/contract/archive';
import { stubBridgeWithEvents } from './event-bridge';
import { archiveSummary, hit, searchPage } from './search-fixtures';
import { FIRST, THIRD, version } from './wire-fixtures';

/** The window over one story in three versions, the newest listed and opened first. */
async function renderWindow() {
  const bridge = stubBridgeWithEvents({
    'archive:summary': () => archiveSummary(1),
    'archive:search': () => searchPage([hit(3, { id: THIRD, versionCount: 3 })]),
    'archive:get': ({ id }) => version(id),
    'settings:get': () => DEFAULT_SETTINGS,
    'ui-state:get': () => DEFAULT_UI_STATE,
    'ui-state:set': (patch) => ({ ...DEFAULT_UI_STATE, ...patch }),
    'tags:list': () => [],
    'sources:list': () => [],
  });
  render(App);
  await expect.poll(() => screen.queryByTestId('versions')).not.toBeNull();
  return bridge;
}

describe('The window with a story in several versions', () => {
  it('badges the story in the list with its number of versions', async () => {
    await renderWindow();
    expect(screen.getByTestId('row-versions').textContent).toBe('3 versions');
  });

  it('opens the version clicked in the reader, and the address names it', async () => {
    const { invoke } = await renderWindow();
    const first = screen.getAllByTestId('version').find((row) => row.dataset.id === FIRST)!;
    await fireEvent.click(within(first).getByTestId('version-open'));
    await expect.poll(() => screen.queryByTestId('earlier-version')).not.toBeNull();
    const opened = invoke.mock.calls.filter(([channel]) => channel === 'archive:get').map(([, args]) => args);
    expect(opened.at(-1)).toEqual({ id: FIRST });
    expect(location.hash).toContain(`article=${FIRST}`);
  });
});
