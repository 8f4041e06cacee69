// The view and the address in step: which view the window starts from, the hash
// following the view, the saved view, and an address changed under the app.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArchiveState } from '../../src-renderer/src/lib/archive.svelte';
import { UiStateStore } from '../../src-renderer/src/lib/ui-state.svelte';
import { ViewSync } from '../../src-renderer/src/lib/view-sync.svelte';
import { DEFAULT_UI_STATE } from '../../src-main/contract/archive';
import { pending, stubBridge } from './bridge-stub';

/** A window whose last view, saved when it was closed, searched `saved`; main's searches never answer. */
function viewOf(saved = 'q=Damascus') {
  stubBridge({
    'ui-state:get': () => ({ ...DEFAULT_UI_STATE, lastView: saved }),
    'archive:search': pending,
    'archive:summary': pending,
    'archive:get': pending,
  });
  const archive = new ArchiveState();
  const uiState = new UiStateStore();
  const saveLastView = vi.spyOn(uiState, 'saveLastView');
  return { archive, uiState, saveLastView, view: new ViewSync(archive, uiState) };
}

const setHash = (hash: string) => history.replaceState(null, '', hash ? `#${hash}` : location.pathname);
const hash = () => location.hash.replace(/^#/, '');

let stop = () => {};
afterEach(() => {
  stop();
  setHash('');
});

describe('ViewSync', () => {
  it('starts from the view saved last time when the address has none', async () => {
    const { archive, view } = viewOf('q=Damascus');
    await view.start();
    expect(archive.query).toBe('Damascus');
  });

  it('starts from the address rather than the view saved last time', async () => {
    setHash('q=Aleppo');
    const { archive, view } = viewOf('q=Damascus');
    await view.start();
    expect(archive.query).toBe('Aleppo');
  });

  it('writes the view into the address as it changes', async () => {
    const { archive, view } = viewOf('');
    await view.start();
    stop = view.follow();
    archive.toggleFilter('agency', 'SANA');
    flushSync();
    expect(hash()).toBe('agency=SANA');
  });

  it('empties the address when the view goes back to the plain start', async () => {
    setHash('agency=SANA');
    const { archive, view } = viewOf('');
    await view.start();
    stop = view.follow();
    archive.clearFilters();
    flushSync();
    expect(location.hash).toBe('');
  });

  it('saves each view for the next start once the start view is in place', async () => {
    const { archive, view, saveLastView } = viewOf('');
    await view.start();
    stop = view.follow();
    archive.toggleFilter('language', 'ar');
    flushSync();
    expect(saveLastView).toHaveBeenLastCalledWith('language=ar');
  });

  it('saves nothing before the start view is in place', () => {
    const { view, saveLastView } = viewOf('');
    stop = view.follow();
    flushSync();
    expect(saveLastView).not.toHaveBeenCalled();
  });

  it('follows an address changed under the app', async () => {
    const { archive, view } = viewOf('');
    await view.start();
    setHash('q=Homs&sort=title');
    view.onHashChange();
    expect([archive.query, archive.sort]).toEqual(['Homs', 'title']);
  });

  it('leaves the view alone when the address changes to the view shown', async () => {
    setHash('q=Homs');
    const { archive, view } = viewOf('');
    await view.start();
    const restore = vi.spyOn(archive, 'restore');
    setHash('q=Homs&sort=relevance');
    view.onHashChange();
    expect(restore).not.toHaveBeenCalled();
  });
});
