import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ArticleReader from '../../src-renderer/src/components/ArticleReader.svelte';
import type { Article } from '../../src-main/contract/archive';
import { setLocale } from '../../src-renderer/src/i18n';
import { readerState } from './annotation-fixtures';

/** An article shaped like the seed (a SANA dispatch in Russian), with changes per test. */
function article(overrides: Partial<Article> = {}): Article {
  const source = {
    path: '/archive/sana/000_068abd54a537aef4.txt',
    format: 'text' as const,
    encoding: 'utf-8',
    sha256: 'ab'.repeat(32),
    size: 2048,
    mtime: '2016-07-15T10:00:00.000Z',
  };
  return {
    id: '068abd54a537aef4',
    title: 'Песков: РФ готова к координации усилий с США',
    date: '2016-07-15',
    place: 'Москва',
    agency: 'САНА',
    language: 'ru',
    signature: 'Т.У.',
    paragraphs: ['Пресс-секретарь Дмитрий Песков подтвердил готовность.', 'Обмен информацией', 'Москва и Вашингтон.'],
    related: [{ title: 'Лавров и Керри обсудили Сирию', excerpt: 'Министры говорили по телефону.' }],
    source,
    warnings: [],
    sources: [source],
    missing: false,
    subheadings: [1],
    folder: '/archive/sana',
    highlights: null,
    userData: { tags: [], note: '', annotations: [] },
    versions: [{ id: '068abd54a537aef4', version: null, at: null, status: 'usable', title: 'Песков' }],
    thread: [],
    ...overrides,
  };
}

const HITS = {
  title: [[0, 6]] as [number, number][],
  paragraphs: [[[16, 23]], [], [[0, 6]]] as [number, number][][],
  related: [{ title: [], excerpt: [] }],
};

describe('ArticleReader', () => {
  afterEach(() => setLocale('en'));

  it('shows the headline', () => {
    render(ArticleReader, { ...readerState(), article: article() });
    expect(screen.getByTestId('reader-title').textContent).toBe('Песков: РФ готова к координации усилий с США');
  });

  it('writes the date long, with the ISO day in its datetime', () => {
    render(ArticleReader, { ...readerState(), article: article() });
    const date = screen.getByTestId('meta-date');
    expect(date.tagName).toBe('TIME');
    expect(date.getAttribute('datetime')).toBe('2016-07-15');
    expect(date.textContent).toBe('15 July 2016');
  });

  it('rewrites the date in Russian as soon as the interface switches language', async () => {
    render(ArticleReader, { ...readerState(), article: article() });
    setLocale('ru');
    await expect.poll(() => screen.getByTestId('meta-date').textContent).toBe('15 июля 2016 г.');
  });

  it('shows place, agency, signature and the language by name', () => {
    render(ArticleReader, { ...readerState(), article: article() });
    expect(screen.getByTestId('meta-place').textContent).toBe('Москва');
    expect(screen.getByTestId('meta-agency').textContent).toBe('САНА');
    expect(screen.getByTestId('meta-signature').textContent).toBe('Т.У.');
    expect(screen.getByTestId('meta-language').textContent).toBe('Russian');
  });

  it('renders a sub-headline paragraph as a heading and the others as text', () => {
    render(ArticleReader, { ...readerState(), article: article() });
    const [first, second] = screen.getAllByTestId('paragraph');
    expect(second?.tagName).toBe('H3');
    expect(second?.dataset.kind).toBe('subheading');
    expect(first?.tagName).toBe('P');
    expect(first?.dataset.kind).toBe('text');
  });

  it('sets related teasers apart under their own heading', () => {
    render(ArticleReader, { ...readerState(), article: article() });
    const related = screen.getByTestId('related');
    expect(related.tagName).toBe('ASIDE');
    expect(within(related).getByRole('heading', { name: 'Related articles' })).toBeTruthy();
    expect(within(related).getAllByTestId('related-item')).toHaveLength(1);
    expect(screen.getAllByTestId('paragraph').some((p) => related.contains(p))).toBe(false);
  });

  it('sets the article language and lets Russian text find its own direction', () => {
    render(ArticleReader, { ...readerState(), article: article() });
    const reader = screen.getByTestId('reader');
    expect(reader.getAttribute('lang')).toBe('ru');
    expect(reader.getAttribute('dir')).toBe('auto');
  });

  it('sets an Arabic article right to left', () => {
    render(ArticleReader, {
      ...readerState(),
      article: article({ language: 'ar', title: 'دمشق-سانا', paragraphs: ['نص الخبر'] }),
    });
    expect(screen.getByTestId('reader').getAttribute('dir')).toBe('rtl');
  });

  it('shows markup inside the article as text and creates no element from it', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = render(ArticleReader, {
      ...readerState(),
      article: article({ title: hostile, paragraphs: [hostile] }),
    });
    expect(screen.getByTestId('reader-title').textContent).toBe(hostile);
    expect(container.querySelector('img')).toBeNull();
  });

  it('lists the provenance of the source file', () => {
    render(ArticleReader, { ...readerState(), article: article() });
    const provenance = screen.getByTestId('provenance');
    expect(provenance.textContent).toContain('/archive/sana/000_068abd54a537aef4.txt');
    expect(provenance.textContent).toContain('ab'.repeat(32));
    expect(provenance.textContent).toContain('utf-8');
  });

  it('lists the other files the same article was found in', () => {
    const a = article();
    const copy = { ...a.source, path: '/archive/copy/sana.json', format: 'json' as const, recordIndex: 3 };
    render(ArticleReader, { ...readerState(), article: { ...a, sources: [a.source, copy] } });
    expect(screen.getByTestId('provenance').textContent).toContain('/archive/copy/sana.json');
  });

  it('marks every query hit across title, paragraphs and related', () => {
    const { container } = render(ArticleReader, { ...readerState(), article: article({ highlights: HITS }) });
    expect(container.querySelectorAll('mark.hit')).toHaveLength(3);
    expect(screen.getByTestId('hit-count').textContent).toBe('1 / 3');
  });

  it('moves the current hit forward and back with the hit buttons', async () => {
    const { container } = render(ArticleReader, { ...readerState(), article: article({ highlights: HITS }) });
    await fireEvent.click(screen.getByTestId('hit-next'));
    await fireEvent.click(screen.getByTestId('hit-next'));
    await fireEvent.click(screen.getByTestId('hit-prev'));
    expect(screen.getByTestId('hit-count').textContent).toBe('2 / 3');
    expect(container.querySelector('mark.hit.current')?.textContent).toBe('Дмитрий');
  });

  it('wraps from the last hit to the first', async () => {
    const { container } = render(ArticleReader, { ...readerState(), article: article({ highlights: HITS }) });
    await fireEvent.click(screen.getByTestId('hit-prev'));
    expect(screen.getByTestId('hit-count').textContent).toBe('3 / 3');
    expect(container.querySelector('mark.hit.current')?.textContent).toBe('Москва');
  });

  it('steps to the next hit with n and back with Shift+N', async () => {
    render(ArticleReader, { ...readerState(), article: article({ highlights: HITS }) });
    await fireEvent.keyDown(window, { key: 'n' });
    await fireEvent.keyDown(window, { key: 'n' });
    await fireEvent.keyDown(window, { key: 'N', shiftKey: true });
    expect(screen.getByTestId('hit-count').textContent).toBe('2 / 3');
  });

  it('leaves n to a text field the user is typing in', async () => {
    render(ArticleReader, { ...readerState(), article: article({ highlights: HITS }) });
    const input = document.body.appendChild(document.createElement('input'));
    await fireEvent.keyDown(input, { key: 'n' });
    expect(screen.getByTestId('hit-count').textContent).toBe('1 / 3');
    input.remove();
  });

  it('shows no hit navigation without hits', () => {
    render(ArticleReader, { ...readerState(), article: article() });
    expect(screen.queryByTestId('hit-count')).toBeNull();
  });

  it('invites the user to pick an article when none is open', () => {
    render(ArticleReader, { ...readerState(), article: null });
    expect(screen.getByText('Select an article to read it.')).toBeTruthy();
    expect(screen.queryByTestId('reader')).toBeNull();
  });

  it('says it is loading while an article is on its way', () => {
    render(ArticleReader, { ...readerState(), article: null, loading: true });
    expect(screen.getByRole('status').textContent).toBe('Loading…');
  });
});
