import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ArticleReader from '../../src-renderer/src/components/ArticleReader.svelte';
import { TEXT, annotationState, article, highlight, readerState } from './annotation-fixtures';
import { stubBridge } from './bridge-stub';

/** Selects the first occurrence of `words` in the reader's story, as a finished drag would. */
async function select(words: string, inside: Element = screen.getByTestId('reader-body')): Promise<void> {
  const walker = document.createTreeWalker(inside, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    await fireEvent(document, new Event('selectionchange'));
    return;
  }
  throw new Error(`${words} not found`);
}

function renderReader(annotations = annotationState().state) {
  render(ArticleReader, { ...readerState(), article: article([highlight('Москва')]), annotations });
  return annotations;
}

const ARTICLE_ID = '068abd54a537aef4';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('SelectionToolbar', () => {
  afterEach(() => document.getSelection()?.removeAllRanges());

  it('appears over a selection in the story', async () => {
    renderReader();
    expect(screen.queryByTestId('selection-toolbar')).toBeNull();
    await select('Дмитрий Песков');
    expect(screen.getByRole('toolbar', { name: 'Highlight the selection' })).toBeTruthy();
  });

  it('stays away from a selection in the headline', async () => {
    renderReader();
    await select('Песков', screen.getByTestId('reader-title'));
    expect(screen.queryByTestId('selection-toolbar')).toBeNull();
  });

  it('highlights the selected words in the colour clicked, and takes the selection away', async () => {
    const { invoke } = stubBridge({ 'annotations:create': () => highlight('Дмитрий Песков', { color: 'green' }) });
    const state = renderReader();
    await select('Дмитрий Песков');
    await fireEvent.click(screen.getByTestId('highlight-green'));
    expect(invoke).toHaveBeenCalledWith('annotations:create', {
      articleId: ARTICLE_ID,
      ...at('Дмитрий Песков'),
      color: 'green',
    });
    expect(screen.queryByTestId('selection-toolbar')).toBeNull();
    expect(document.getSelection()?.isCollapsed).toBe(true);
    await vi.waitFor(() => expect(state.lastColor).toBe('green'));
  });

  it('highlights in the last colour used with the h key', async () => {
    const { invoke } = stubBridge({ 'annotations:create': () => highlight('обмен информацией', { color: 'purple' }) });
    const state = renderReader();
    state.lastColor = 'purple';
    await select('обмен информацией');
    await fireEvent.keyDown(document.body, { key: 'h' });
    expect(invoke).toHaveBeenCalledWith('annotations:create', {
      articleId: ARTICLE_ID,
      ...at('обмен информацией'),
      color: 'purple',
    });
  });

  it('closes on Esc without touching the window’s own Esc', async () => {
    renderReader();
    await select('Дмитрий');
    const seen = vi.fn();
    const listener = (event: KeyboardEvent) => seen(event.defaultPrevented);
    window.addEventListener('keydown', listener);
    await fireEvent.keyDown(document.body, { key: 'Escape' });
    window.removeEventListener('keydown', listener);
    expect(screen.queryByTestId('selection-toolbar')).toBeNull();
    expect(seen).toHaveBeenCalledWith(true);
  });

  it('adds a note by highlighting and opening the new highlight’s note for typing', async () => {
    const created = highlight('Дмитрий');
    stubBridge({ 'annotations:create': () => created });
    const state = renderReader();
    await select('Дмитрий');
    await fireEvent.click(screen.getByTestId('highlight-note'));
    await vi.waitFor(() => expect(state.editingId).toBe(created.id));
    expect(state.panelOpen).toBe(true);
  });

  it('moves between its buttons with the arrow keys', async () => {
    renderReader();
    await select('Дмитрий');
    screen.getByTestId('highlight-yellow').focus();
    await fireEvent.keyDown(screen.getByTestId('highlight-yellow'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByTestId('highlight-green'));
    await fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByTestId('highlight-note'));
  });
});

describe('highlights in the text', () => {
  it('draws a highlight as a mark of its colour carrying its id', () => {
    const target = highlight('Дмитрий Песков', { color: 'blue', note: 'who said it' });
    render(ArticleReader, { ...readerState(), article: article([target]) });
    const mark = screen.getByTestId('reader-body').querySelector('mark.annotation') as HTMLElement;
    expect(mark.textContent).toBe('Дмитрий Песков');
    expect(mark.classList.contains('hl-blue')).toBe(true);
    expect(mark.dataset.annotationId).toBe(target.id);
    expect(mark.title).toBe('who said it');
  });

  it('keeps query hits and highlights together in one paragraph', () => {
    const hits = { title: [], paragraphs: [[[16, 23]], [], []] as [number, number][][], related: [] };
    render(ArticleReader, {
      ...readerState(),
      article: article([highlight('Песков подтвердил')], '', { highlights: hits }),
    });
    const paragraph = screen.getAllByTestId('paragraph')[0]!;
    expect(paragraph.querySelector('mark.hit')?.textContent).toBe('Дмитрий');
    expect(paragraph.querySelector('mark.annotation')?.textContent).toBe('Песков подтвердил');
    expect(screen.getByTestId('hit-count').textContent).toBe('1 / 1');
  });

  it('draws nothing in the text for an orphaned highlight', () => {
    render(ArticleReader, {
      ...readerState(),
      article: article([highlight('Песков', { placement: 'orphaned' })]),
    });
    expect(screen.getByTestId('reader-body').querySelector('mark.annotation')).toBeNull();
  });
});
