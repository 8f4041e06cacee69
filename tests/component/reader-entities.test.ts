// The reader's list of the names an article mentions (issue 19): grouped by type, each a
// toggle that filters the list through its facet, pressed while that filter is on.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ArticleReader from '../../src-renderer/src/components/ArticleReader.svelte';
import type { Article } from '../../src-main/contract/archive';
import type { EntityMention } from '../../src-main/contract/entities';
import type { FacetFilters } from '../../src-main/contract/search';
import { setLocale } from '../../src-renderer/src/i18n';
import { article, readerState } from './annotation-fixtures';

const ENTITIES: EntityMention[] = [
  { type: 'person', name: 'Юрий Лужков', count: 2 },
  { type: 'place', name: 'Москва', count: 1 },
  { type: 'org', name: 'Мосметрострой', count: 1 },
  { type: 'person', name: 'Борис Громов', count: 1 },
];

function showArticle(overrides: Partial<Article>, filters: FacetFilters = {}) {
  const onFilterBy = vi.fn();
  const view = render(ArticleReader, { ...readerState(), article: article([], '', overrides), filters, onFilterBy });
  return { onFilterBy, ...view };
}

const names = (type: string): string[] =>
  within(screen.getByTestId(`entities-${type}`))
    .getAllByRole('button')
    .map((b) => b.firstChild?.textContent ?? '');

describe('ArticleReader entities', () => {
  afterEach(() => setLocale('en'));

  it('lists the names by type, in the order the article keeps them, with how often each is mentioned', () => {
    showArticle({ entities: ENTITIES });
    expect(names('person')).toEqual(['Юрий Лужков', 'Борис Громов']);
    expect(names('org')).toEqual(['Мосметрострой']);
    expect(names('place')).toEqual(['Москва']);
    const luzhkov = screen.getByRole('button', { name: /Юрий Лужков/ });
    expect(luzhkov.textContent).toBe('Юрий Лужков2');
    expect(luzhkov.title).toBe('Mentioned 2 times · show the articles that mention it');
  });

  it('filters by a name through the facet of its type, places through Places mentioned', async () => {
    const { onFilterBy } = showArticle({ entities: ENTITIES });
    await fireEvent.click(screen.getByRole('button', { name: /Юрий Лужков/ }));
    await fireEvent.click(screen.getByRole('button', { name: /Москва/ }));
    expect(onFilterBy.mock.calls).toEqual([
      ['person', 'Юрий Лужков'],
      ['location', 'Москва'],
    ]);
  });

  it('shows a name already filtered by as pressed, whatever the case of the filter', () => {
    showArticle({ entities: ENTITIES }, { person: ['юрий лужков'], org: ['Москва'] });
    expect(screen.getByRole('button', { name: /Юрий Лужков/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: /Борис Громов/ }).getAttribute('aria-pressed')).toBe('false');
    // An organisation filter of the same spelling is not the place.
    expect(screen.getByRole('button', { name: /Москва/ }).getAttribute('aria-pressed')).toBe('false');
  });

  it('filters a place the gazetteer knows by its id, and shows it pressed while that id is chosen', async () => {
    const damascus: EntityMention = { type: 'place', name: 'Дамаск', count: 1, id: 'place/damascus' };
    const { onFilterBy } = showArticle({ entities: [damascus] }, { location: ['place/damascus'] });
    const button = screen.getByRole('button', { name: /Дамаск/ });
    // The reader shows the name as the article has it; the facet lists every spelling under the id.
    expect(button.firstChild?.textContent).toBe('Дамаск');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(button);
    expect(onFilterBy).toHaveBeenCalledWith('location', 'place/damascus');
  });

  it('shows nothing for an article without entities, and names markup as text', () => {
    showArticle({});
    expect(screen.queryByTestId('entity-list')).toBeNull();
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = showArticle({ entities: [{ type: 'org', name: hostile, count: 1 }] });
    expect(names('org')).toEqual([hostile]);
    expect(container.querySelector('img')).toBeNull();
  });

  it('labels the groups in the interface language', async () => {
    showArticle({ entities: ENTITIES });
    setLocale('ru');
    await expect
      .poll(() => within(screen.getByTestId('entities-person')).getByRole('heading').textContent)
      .toBe('Люди');
    expect(screen.getByTestId('entity-list').getAttribute('aria-label')).toBe('Имена в статье');
  });
});
