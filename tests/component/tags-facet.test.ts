import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import FacetSidebar from '../../src-renderer/src/components/FacetSidebar.svelte';
import type { FacetFilters, Facets } from '../../src-main/contract/search';
import type { TagColor } from '../../src-main/contract/userdata';
import { NO_FACETS } from '../../src-renderer/src/lib/result-pages.svelte';

const TAG_COUNTS = [
  { value: 'russia', count: 1 },
  { value: 'syria', count: 3 },
  { value: 'syria/aleppo', count: 2 },
  { value: 'syria/aleppo/old city', count: 1 },
  { value: 'syria/homs', count: 1 },
];

function facets(overrides: Partial<Facets> = {}): Facets {
  return {
    ...NO_FACETS,
    tag: TAG_COUNTS,
    annotated: [
      { value: 'yes', count: 2 },
      { value: 'no', count: 7 },
    ],
    ...overrides,
  };
}

function renderSidebar(selected: FacetFilters = {}, data: Facets = facets()) {
  const onToggle = vi.fn();
  const onManageTags = vi.fn();
  const colorOf = (name: string): TagColor => (name === 'syria' ? 'green' : 'grey');
  render(FacetSidebar, { facets: data, selected, onToggle, onClear: vi.fn(), colorOf, onManageTags });
  return { onToggle, onManageTags };
}

const tagNodes = () => screen.queryAllByTestId('tag-node');
const node = (name: string) => tagNodes().find((el) => el.dataset.tag === name)!;

describe('The tag facet', () => {
  it('lists tags as a tree, each child right after its parent', () => {
    renderSidebar();
    expect(tagNodes().map((el) => el.dataset.tag)).toEqual([
      'russia',
      'syria',
      'syria/aleppo',
      'syria/aleppo/old city',
      'syria/homs',
    ]);
  });

  it('labels a child by its own level and shows its count', () => {
    renderSidebar();
    const option = within(node('syria/aleppo')).getByTestId('facet-option');
    expect([option.querySelector('bdi')?.textContent, within(option).getByTestId('facet-count').textContent]).toEqual([
      'aleppo',
      '2',
    ]);
  });

  it('indents a child deeper than its parent', () => {
    renderSidebar();
    expect([node('syria').style.paddingInlineStart, node('syria/aleppo/old city').style.paddingInlineStart]).toEqual([
      '0rem',
      '1.8rem',
    ]);
  });

  it('shows each tag with its colour', () => {
    renderSidebar();
    expect((node('syria').querySelector('.dot') as HTMLElement).style.background).toBe('var(--tag-green)');
  });

  it('filters by a tag when it is clicked', async () => {
    const { onToggle } = renderSidebar();
    await fireEvent.click(within(node('syria')).getByTestId('facet-option'));
    expect(onToggle).toHaveBeenCalledWith('tag', 'syria');
  });

  it('shows a chosen tag as pressed', () => {
    renderSidebar({ tag: ['syria/aleppo'] });
    expect(within(node('syria/aleppo')).getByTestId('facet-option').getAttribute('aria-pressed')).toBe('true');
  });

  it('hides the tags under a parent when it is collapsed', async () => {
    renderSidebar();
    await fireEvent.click(within(node('syria')).getByTestId('tag-expand'));
    expect(tagNodes().map((el) => el.dataset.tag)).toEqual(['russia', 'syria']);
  });

  it('starts a big tree collapsed but opens the way to a chosen tag', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ value: `topic/${i}`, count: 1 }));
    renderSidebar({ tag: ['syria/aleppo'] }, facets({ tag: [...TAG_COUNTS, { value: 'topic', count: 40 }, ...many] }));
    const shown = tagNodes().map((el) => el.dataset.tag);
    expect([
      shown.includes('syria/aleppo'),
      shown.includes('topic/1'),
      shown.includes('syria/aleppo/old city'),
    ]).toEqual([true, false, false]);
  });

  it('tells how to tag when there are no tags', () => {
    renderSidebar({}, facets({ tag: [] }));
    expect(screen.getByTestId('tag-facet-empty').textContent).toContain('press T');
  });

  it('opens the tag manager from its button', async () => {
    const { onManageTags } = renderSidebar();
    await fireEvent.click(screen.getByTestId('manage-tags'));
    expect(onManageTags).toHaveBeenCalledOnce();
  });
});

describe('The annotations facet', () => {
  it('offers articles with annotations, then without, whatever their counts', () => {
    renderSidebar();
    const options = within(screen.getByTestId('facet-annotated')).getAllByTestId('facet-option');
    expect(
      options.map((el) => [el.querySelector('bdi')?.textContent, within(el).getByTestId('facet-count').textContent]),
    ).toEqual([
      ['With annotations', '2'],
      ['Without annotations', '7'],
    ]);
  });

  it('filters to annotated articles when chosen', async () => {
    const { onToggle } = renderSidebar();
    const withAnnotations = within(screen.getByTestId('facet-annotated'))
      .getAllByTestId('facet-option')
      .find((el) => el.dataset.value === 'yes')!;
    await fireEvent.click(withAnnotations);
    expect(onToggle).toHaveBeenCalledWith('annotated', 'yes');
  });
});
