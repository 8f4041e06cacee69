// The list's marks for agency copy: a story in several versions, and one its agency withdrew.
import { within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src-renderer/src/i18n';
import { showRows } from './list-rows';
import { hit } from './search-fixtures';

describe('ArticleList badges', () => {
  afterEach(() => setLocale('en'));

  it('says how many versions a story has when it has more than one', async () => {
    const [row] = await showRows([hit(0, { versionCount: 3 })]);
    expect(within(row!).getByTestId('row-versions').textContent).toBe('3 versions');
  });

  it('marks a story its agency withdrew, in words', async () => {
    const [row] = await showRows([hit(0, { status: 'canceled' })]);
    expect(within(row!).getByTestId('row-withdrawn').textContent).toContain('Withdrawn');
  });

  it('marks neither on a usable story with one version', async () => {
    const [row] = await showRows([hit(0)]);
    expect(within(row!).queryByTestId('row-versions')).toBeNull();
    expect(within(row!).queryByTestId('row-withdrawn')).toBeNull();
  });

  it('does not call a correction or an embargo withdrawn', async () => {
    const rows = await showRows([hit(0, { status: 'correction' }), hit(1, { status: 'embargoed' })]);
    expect(rows.map((row) => within(row).queryByTestId('row-withdrawn'))).toEqual([null, null]);
  });

  it('words both badges in Russian, with the plural the number takes', async () => {
    const [row] = await showRows([hit(0, { versionCount: 5, status: 'canceled' })]);
    setLocale('ru');
    await expect.poll(() => within(row!).getByTestId('row-versions').textContent).toBe('5 версий');
    expect(within(row!).getByTestId('row-withdrawn').textContent).toContain('Отозвано');
  });
});
