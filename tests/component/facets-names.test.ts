import { fireEvent, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FacetSidebar from '../../src-renderer/src/components/FacetSidebar.svelte';
import type { Facets } from '../../src-main/contract/search';
import { setLocale } from '../../src-renderer/src/i18n';
import { NO_FACETS } from '../../src-renderer/src/lib/result-pages.svelte';

const DAMASCUS = {
  value: 'place/damascus',
  count: 3,
  labels: { en: 'Damascus', ru: 'Дамаск', ar: 'دمشق' },
  spellings: ['Damascus', 'Дамаск', 'دمشق'],
};

const facets: Facets = {
  ...NO_FACETS,
  agency: [
    {
      value: 'agency/sana',
      count: 3,
      labels: { en: 'SANA', ru: 'САНА', ar: 'سانا' },
      spellings: ['SANA', 'САНА', 'سانا'],
    },
    { value: 'Hawar News', count: 1 },
  ],
  place: [DAMASCUS],
  // Places mentioned: the same entity, labelled the same way, beside a name the gazetteer does not know.
  location: [DAMASCUS, { value: 'Красногорск', count: 1 }],
};

function optionFor(container: HTMLElement, facet: string, value: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`[data-facet="${facet}"][data-value="${value}"]`);
  if (!found) throw new Error(`no option ${facet}=${value}`);
  return found;
}

describe('FacetSidebar names across scripts', () => {
  afterEach(() => setLocale('en'));

  it('shows a known agency by its label in the interface language and its spellings on hover', () => {
    setLocale('ru');
    const { container } = render(FacetSidebar, { facets, selected: {}, onToggle: vi.fn(), onClear: vi.fn() });
    const sana = optionFor(container, 'agency', 'agency/sana');
    expect(sana.textContent).toContain('САНА');
    expect(sana.title).toBe('Написания в архиве: SANA · САНА · سانا');
    expect(optionFor(container, 'place', 'place/damascus').textContent).toContain('Дамаск');
  });

  it('shows an unknown name as spelt, with no hover title', () => {
    const { container } = render(FacetSidebar, { facets, selected: {}, onToggle: vi.fn(), onClear: vi.fn() });
    const hawar = optionFor(container, 'agency', 'Hawar News');
    expect(hawar.textContent).toContain('Hawar News');
    expect(hawar.hasAttribute('title')).toBe(false);
    expect(optionFor(container, 'place', 'place/damascus').title).toBe(
      'Spelt in the archive: Damascus · Дамаск · دمشق',
    );
  });

  it('labels a mentioned place the same way, and leaves an unknown one as spelt', () => {
    setLocale('ru');
    const { container } = render(FacetSidebar, { facets, selected: {}, onToggle: vi.fn(), onClear: vi.fn() });
    const damascus = optionFor(container, 'location', 'place/damascus');
    expect(damascus.textContent).toContain('Дамаск');
    expect(damascus.textContent).not.toContain('place/');
    expect(damascus.title).toContain('Damascus · Дамаск · دمشق');
    expect(optionFor(container, 'location', 'Красногорск').textContent).toContain('Красногорск');
  });

  it('reports the id when a known value is clicked, so the selection is stable across languages', async () => {
    const onToggle = vi.fn();
    const { container } = render(FacetSidebar, { facets, selected: {}, onToggle, onClear: vi.fn() });
    await fireEvent.click(optionFor(container, 'place', 'place/damascus'));
    expect(onToggle).toHaveBeenCalledWith('place', 'place/damascus');
  });
});
