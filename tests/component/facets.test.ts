import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import FacetSidebar from '../../src-renderer/src/components/FacetSidebar.svelte';
import type { FacetFilters, Facets } from '../../src-main/contract/search';

function facets(overrides: Partial<Facets> = {}): Facets {
  return {
    folder: [{ value: '/home/reporter/wires/sana', count: 4 }],
    agency: [
      { value: 'Reuters', count: 2 },
      { value: 'САНА', count: 5 },
    ],
    place: [{ value: 'Дамаск', count: 3 }],
    language: [
      { value: 'ru', count: 4 },
      { value: 'ar', count: 3 },
    ],
    period: [
      { value: '2016', count: 6 },
      { value: '2016-07', count: 4 },
      { value: '2016-08', count: 2 },
      { value: '1987', count: 1 },
      { value: '1987-02', count: 1 },
    ],
    status: [],
    person: [],
    org: [],
    location: [],
    tag: [],
    annotated: [],
    ...overrides,
  };
}

function renderSidebar(selected: FacetFilters = {}, data: Facets = facets()) {
  const onToggle = vi.fn();
  const onClear = vi.fn();
  render(FacetSidebar, { facets: data, selected, onToggle, onClear });
  return { onToggle, onClear };
}

function option(facet: string, value: string): HTMLElement {
  const found = screen
    .getAllByTestId('facet-option')
    .find((el) => el.dataset.facet === facet && el.dataset.value === value);
  if (!found) throw new Error(`no option ${facet}=${value}`);
  return found;
}

describe('FacetSidebar', () => {
  it('shows each value with its count', () => {
    renderSidebar();
    expect(within(option('agency', 'САНА')).getByTestId('facet-count').textContent).toBe('5');
  });

  it('lists values biggest first', () => {
    renderSidebar();
    const agencies = within(screen.getByTestId('facet-agency')).getAllByTestId('facet-option');
    expect(agencies.map((el) => el.dataset.value)).toEqual(['САНА', 'Reuters']);
  });

  it('marks selected values as pressed and the others not', () => {
    renderSidebar({ agency: ['САНА'] });
    expect(option('agency', 'САНА').getAttribute('aria-pressed')).toBe('true');
    expect(option('agency', 'Reuters').getAttribute('aria-pressed')).toBe('false');
  });

  it('reports the facet and raw value of a clicked option', async () => {
    const { onToggle } = renderSidebar();
    await fireEvent.click(option('language', 'ar'));
    expect(onToggle).toHaveBeenCalledWith('language', 'ar');
  });

  it('names languages in the interface language but keeps the code as the value', () => {
    renderSidebar();
    expect(option('language', 'ar').textContent).toContain('Arabic');
  });

  it('shows the last segment of a folder with the full path on hover', () => {
    renderSidebar();
    const folder = option('folder', '/home/reporter/wires/sana');
    expect(folder.textContent).toContain('sana');
    expect(folder.textContent).not.toContain('/home');
    expect(folder.getAttribute('title')).toBe('/home/reporter/wires/sana');
  });

  it('keeps a selected value visible when the results no longer hold it', () => {
    renderSidebar({ place: ['Алеппо'] });
    const aleppo = option('place', 'Алеппо');
    expect(aleppo.getAttribute('aria-pressed')).toBe('true');
    expect(within(aleppo).getByTestId('facet-count').textContent).toBe('0');
  });

  it('lists undated articles after the years, as an option of their own', async () => {
    const { onToggle } = renderSidebar(
      {},
      facets({
        period: [
          { value: '2016', count: 6 },
          { value: 'undated', count: 3 },
        ],
      }),
    );
    const undated = option('period', 'undated');
    expect([undated.textContent?.includes('Undated'), within(undated).getByTestId('facet-count').textContent]).toEqual([
      true,
      '3',
    ]);
    const values = within(screen.getByTestId('facet-period'))
      .getAllByTestId('facet-option')
      .map((el) => el.dataset.value);
    expect(values.at(-1)).toBe('undated');
    await fireEvent.click(undated);
    expect(onToggle).toHaveBeenCalledWith('period', 'undated');
  });

  it('shows the months of the only year as month names under it', () => {
    renderSidebar(
      {},
      facets({
        period: [
          { value: '2016', count: 6 },
          { value: '2016-07', count: 6 },
        ],
      }),
    );
    expect(option('period', '2016-07').textContent).toContain('July');
  });

  it('keeps months folded until their year is opened when there are several years', async () => {
    renderSidebar();
    expect(screen.queryAllByTestId('facet-option').some((el) => el.dataset.value === '2016-07')).toBe(false);
    const opener = screen.getAllByTestId('facet-expand').find((el) => el.dataset.value === '2016');
    await fireEvent.click(opener!);
    expect(option('period', '2016-07').getAttribute('aria-pressed')).toBe('false');
  });

  it('opens a selected year onto its months', () => {
    renderSidebar({ period: ['2016'] });
    expect(option('period', '2016-08').textContent).toContain('August');
  });

  it('lists years newest first', () => {
    renderSidebar();
    const years = within(screen.getByTestId('facet-period')).getAllByTestId('facet-option');
    expect(years.map((el) => el.dataset.value)).toEqual(['2016', '1987']);
  });

  it('shows the top ten places and the rest behind "Show more"', async () => {
    const place = Array.from({ length: 14 }, (_, i) => ({ value: `Place ${i}`, count: 100 - i }));
    renderSidebar({}, facets({ place }));
    const section = screen.getByTestId('facet-place');
    expect(within(section).getAllByTestId('facet-option')).toHaveLength(10);
    await fireEvent.click(within(section).getByRole('button', { name: 'Show 4 more' }));
    expect(within(section).getAllByTestId('facet-option')).toHaveLength(14);
  });

  it('calls onClear from the clear button when something is selected', async () => {
    const { onClear } = renderSidebar({ language: ['ar'] });
    await fireEvent.click(screen.getByTestId('facet-clear'));
    expect(onClear).toHaveBeenCalledOnce();
  });

  it('disables the clear button when nothing is selected', () => {
    renderSidebar();
    expect((screen.getByTestId('facet-clear') as HTMLButtonElement).disabled).toBe(true);
  });
});
