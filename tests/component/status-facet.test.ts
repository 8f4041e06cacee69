// The Status filter: the agency's statuses by name in the UI language, in a fixed order,
// reporting the contract's value (so "Withdrawn" filters on `canceled`).
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FacetSidebar from '../../src-renderer/src/components/FacetSidebar.svelte';
import type { FacetCount, FacetFilters } from '../../src-main/contract/search';
import { NO_FACETS } from '../../src-renderer/src/lib/result-pages.svelte';
import { setLocale } from '../../src-renderer/src/i18n';

const COUNTS: FacetCount[] = [
  { value: 'canceled', count: 2 },
  { value: 'usable', count: 40 },
  { value: 'correction', count: 3 },
  { value: 'embargoed', count: 1 },
  { value: 'withheld', count: 1 },
];

function renderStatus(status: FacetCount[] = COUNTS, selected: FacetFilters = {}) {
  const onToggle = vi.fn();
  render(FacetSidebar, { facets: { ...NO_FACETS, status }, selected, onToggle, onClear: vi.fn() });
  const options = () => within(screen.getByTestId('facet-status')).queryAllByTestId('facet-option');
  return { onToggle, options };
}

describe('The Status filter', () => {
  afterEach(() => setLocale('en'));

  it('names each status, usable first and withdrawn last', () => {
    const { options } = renderStatus();
    expect(options().map((el) => el.dataset.value)).toEqual([
      'usable',
      'embargoed',
      'correction',
      'withheld',
      'canceled',
    ]);
    expect(options().map((el) => el.textContent?.replace(/\d+/g, '').trim())).toEqual([
      'Usable',
      'Embargoed',
      'Correction',
      'Withheld',
      'Withdrawn',
    ]);
  });

  it('has a heading of its own', () => {
    renderStatus();
    expect(within(screen.getByTestId('facet-status')).getByRole('heading').textContent).toBe('Status');
  });

  it('names the statuses in Russian when the interface is Russian', async () => {
    const { options } = renderStatus();
    setLocale('ru');
    await expect.poll(() => options()[4]?.textContent).toContain('Отозвано');
    expect(options()[0]?.textContent).toContain('Без ограничений');
  });

  it('reports the contract value of a clicked status', async () => {
    const { onToggle, options } = renderStatus();
    await fireEvent.click(options()[4]!);
    expect(onToggle).toHaveBeenCalledWith('status', 'canceled');
  });

  it('leaves out statuses no result has, unless chosen', () => {
    const { options } = renderStatus([{ value: 'usable', count: 40 }], { status: ['withheld'] });
    expect(options().map((el) => el.dataset.value)).toEqual(['usable', 'withheld']);
  });

  it('says None when no result has a status to count', () => {
    renderStatus([]);
    expect(within(screen.getByTestId('facet-status')).getByText('None')).toBeTruthy();
  });
});
