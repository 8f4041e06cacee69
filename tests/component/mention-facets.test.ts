// The sidebar's People, Organisations and Places mentioned filters (issue 19).
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import FacetSidebar from '../../src-renderer/src/components/FacetSidebar.svelte';
import { NO_FACETS } from '../../src-renderer/src/lib/result-pages.svelte';

describe('the mention filters', () => {
  it('list each type of name under its own heading, with counts, and report a click by facet', async () => {
    const onToggle = vi.fn();
    const facets = {
      ...NO_FACETS,
      person: [
        { value: 'Юрий Лужков', count: 2 },
        { value: 'Barack Obama', count: 1 },
      ],
      location: [{ value: 'دمشق', count: 1 }],
    };
    render(FacetSidebar, { facets, selected: { person: ['Юрий Лужков'] }, onToggle, onClear: vi.fn() });
    const people = screen.getByTestId('facet-person');
    expect(within(people).getByRole('heading').textContent).toBe('People mentioned');
    const options = within(people).getAllByTestId('facet-option');
    expect(options.map((o) => o.dataset.value)).toEqual(['Юрий Лужков', 'Barack Obama']);
    expect(options[0]!.textContent).toContain('2');
    expect(within(screen.getByTestId('facet-org')).getByText('None')).toBeTruthy();
    await fireEvent.click(within(screen.getByTestId('facet-location')).getByTestId('facet-option'));
    expect(onToggle).toHaveBeenCalledWith('location', 'دمشق');
  });
});
