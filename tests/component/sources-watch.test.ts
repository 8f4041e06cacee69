import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import WatchIndicator from '../../src-renderer/src/components/WatchIndicator.svelte';
import { SourcesState } from '../../src-renderer/src/lib/sources.svelte';
import type { WatchStatus } from '../../src-main/contract/archive';
import { stubBridgeFailing } from './bridge-stub';
import { stubBridgeWithEvents } from './event-bridge';
import { EMPTY_SUMMARY, source } from './sources-fixtures';

function indicator(status: WatchStatus, watched = 1): HTMLElement {
  render(WatchIndicator, { status, watched });
  return screen.getByTestId('watch-indicator');
}

describe('WatchIndicator', () => {
  it('says how many folders are watched while nothing happens', () => {
    expect(indicator({ state: 'idle' }, 2).textContent?.trim()).toBe('Watching 2 folders');
  });

  it('shows nothing when no folder is watched', () => {
    expect(indicator({ state: 'idle' }, 0).textContent?.trim()).toBe('');
  });

  it('names the folder whose changes are being imported', () => {
    expect(indicator({ state: 'importing', path: '/home/ana/dispatches/' }).textContent?.trim()).toBe(
      'Importing changes from dispatches…',
    );
  });

  it('names the folder with changes waiting', () => {
    expect(indicator({ state: 'pending', path: 'C:\\Users\\ana\\wires' }).textContent?.trim()).toBe(
      'Changes in wires…',
    );
  });

  it('gives the full path on hover', () => {
    expect(indicator({ state: 'importing', path: '/home/ana/dispatches' }).title).toBe('/home/ana/dispatches');
  });

  it('is a polite live region', () => {
    expect(indicator({ state: 'idle' }).getAttribute('role')).toBe('status');
  });
});

describe('SourcesState events', () => {
  it('follows the watcher status main sends', () => {
    const { emit } = stubBridgeWithEvents();
    const state = new SourcesState();
    state.connect();
    emit('watch:status', { state: 'importing', path: '/a' });
    expect(state.watch).toEqual({ state: 'importing', path: '/a' });
  });

  it('fetches the list again when an import finishes', async () => {
    const { emit, invoke } = stubBridgeWithEvents({ 'sources:list': () => [source('/a')] });
    const state = new SourcesState();
    await state.load();
    state.connect();
    emit('import:finished', { ...EMPTY_SUMMARY, root: '/a' });
    expect(invoke.mock.calls.filter(([name]) => name === 'sources:list')).toHaveLength(2);
  });

  it('counts only watched folders that exist', async () => {
    stubBridgeWithEvents({
      'sources:list': () => [source('/a'), source('/b', { watch: false }), source('/c', { present: false })],
    });
    const state = new SourcesState();
    await state.load();
    expect(state.watchedCount).toBe(1);
  });

  it('keeps the error of a failed re-scan after the list is fetched again', async () => {
    stubBridgeFailing('sources:rescan', 'an import is running', { 'sources:list': () => [] });
    const state = new SourcesState();
    await state.rescan();
    expect(state.error).toBe('an import is running');
  });
});
