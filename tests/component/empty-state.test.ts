import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import EmptyState from '../../src-renderer/src/components/EmptyState.svelte';
import { ImportState } from '../../src-renderer/src/lib/import.svelte';
import { stubBridge } from './bridge-stub';

describe('EmptyState', () => {
  afterEach(() => {
    delete window.dispatchArchive;
  });

  it('says what the app is for on an empty store', () => {
    stubBridge();
    render(EmptyState, { importState: new ImportState() });
    expect(screen.getByRole('heading', { name: 'Your dispatch archive is empty' })).toBeTruthy();
  });

  it('asks main to choose and import a folder when its button is pressed', async () => {
    const { invoke } = stubBridge({ 'import:choose-folder': () => null });
    render(EmptyState, { importState: new ImportState() });
    screen.getByRole('button', { name: 'Import folder…' }).click();
    await expect.poll(() => invoke.mock.calls.map(([channel]) => channel)).toContain('import:choose-folder');
  });
});
