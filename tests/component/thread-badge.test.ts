// The list's story-thread badge: how many reports of the story the archive holds, from how many agencies.
import { within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src-renderer/src/i18n';
import { showRows } from './list-rows';
import { hit } from './search-fixtures';

const thread = { id: 'aaaaaaaaaaaaaaaa', size: 5, agencies: 3 };

describe('the thread badge', () => {
  afterEach(() => setLocale('en'));

  it('says how many reports and agencies the story thread has', async () => {
    const [row] = await showRows([hit(0, { thread })]);
    const badge = within(row!).getByTestId('row-thread');
    expect(badge.textContent!.replace(/\s+/g, ' ').trim()).toBe('5 reports · 3 agencies');
    expect(badge.dataset.thread).toBe(thread.id);
  });

  it('uses the singular for one agency and leaves agencies out when none is known', async () => {
    const rows = await showRows([
      hit(0, { thread: { ...thread, size: 2, agencies: 1 } }),
      hit(1, { thread: { ...thread, size: 2, agencies: 0 } }),
    ]);
    const text = (row: HTMLElement) => within(row).getByTestId('row-thread').textContent!.replace(/\s+/g, ' ').trim();
    expect(rows.map(text)).toEqual(['2 reports · 1 agency', '2 reports']);
  });

  it('shows no badge on an article in no thread', async () => {
    const [row] = await showRows([hit(0)]);
    expect(within(row!).queryByTestId('row-thread')).toBeNull();
  });

  it('words the badge in Russian with the plural each number takes', async () => {
    const [row] = await showRows([hit(0, { thread: { ...thread, size: 5, agencies: 2 } })]);
    setLocale('ru');
    await expect
      .poll(() => within(row!).getByTestId('row-thread').textContent!.replace(/\s+/g, ' ').trim())
      .toBe('5 сообщений · 2 агентства');
  });
});
