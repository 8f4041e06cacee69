import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import AnnotationPanel from '../../src-renderer/src/components/AnnotationPanel.svelte';
import ArticleReader from '../../src-renderer/src/components/ArticleReader.svelte';
import { article, annotationState, highlight, readerState } from './annotation-fixtures';
import { stubBridge, stubBridgeFailing } from './bridge-stub';

function renderPanel(annotations = [highlight('Песков')], onShow = vi.fn()) {
  const { state, host } = annotationState();
  render(AnnotationPanel, { article: article(annotations), annotations: state, onShow });
  return { state, host, onShow };
}

function quotes(container: HTMLElement = document.body): string[] {
  return within(container)
    .queryAllByTestId('annotation-quote')
    .map((q) => q.textContent ?? '');
}

describe('AnnotationPanel', () => {
  it('lists highlights in the order of the text', () => {
    renderPanel([highlight('Вашингтон'), highlight('Дмитрий'), highlight('Обмен')]);
    expect(quotes(screen.getByTestId('annotation-list'))).toEqual(['Дмитрий', 'Обмен', 'Вашингтон']);
  });

  it('counts the highlights in its heading', () => {
    renderPanel([highlight('Вашингтон'), highlight('Дмитрий')]);
    expect(screen.getByTestId('annotation-panel-toggle').textContent).toContain('2 highlights');
  });

  it('shows a highlight’s note as text', () => {
    renderPanel([highlight('Песков', { note: '<b>check</b> the quote' })]);
    const note = screen.getByTestId('annotation-note');
    expect(note.textContent).toBe('<b>check</b> the quote');
    expect(note.querySelector('b')).toBeNull();
  });

  it('sets orphaned highlights apart with their quote, note and why they could not be placed', () => {
    renderPanel([highlight('Песков'), highlight('Москва', { placement: 'orphaned', note: 'ask Moscow desk' })]);
    const orphaned = screen.getByTestId('annotation-orphaned');
    expect(within(orphaned).getByRole('heading').textContent).toBe('Could not be placed');
    expect(orphaned.textContent).toContain('text changed');
    expect(quotes(orphaned)).toEqual(['Москва']);
    expect(within(orphaned).getByTestId('annotation-note').textContent).toBe('ask Moscow desk');
    expect(quotes(screen.getByTestId('annotation-list'))).toEqual(['Песков']);
  });

  it('offers no jump into the text for an orphaned highlight, but still lets it be edited and deleted', () => {
    renderPanel([highlight('Москва', { placement: 'orphaned' })]);
    const orphaned = screen.getByTestId('annotation-orphaned');
    expect(within(orphaned).queryByTestId('annotation-show')).toBeNull();
    expect(within(orphaned).getByTestId('annotation-edit')).toBeTruthy();
    expect(within(orphaned).getByTestId('annotation-delete')).toBeTruthy();
  });

  it('invites a first highlight when there is none', () => {
    renderPanel([]);
    expect(screen.getByTestId('annotation-panel').textContent).toContain('Select words in the text to highlight them.');
  });

  it('deletes a highlight, then undoes the delete by restoring exactly the annotation main returned', async () => {
    const gone = highlight('Песков', { note: 'keep me', color: 'pink' });
    const { invoke } = stubBridge({ 'annotations:delete': () => gone, 'annotations:restore': () => gone });
    const { host } = renderPanel([gone]);

    await fireEvent.click(screen.getByTestId('annotation-delete'));
    await vi.waitFor(() => expect(screen.getByTestId('annotation-undo').textContent).toContain('Highlight deleted'));
    expect(invoke).toHaveBeenCalledWith('annotations:delete', { articleId: '068abd54a537aef4', id: gone.id });
    expect(host.reloadArticle).toHaveBeenCalled();

    await fireEvent.click(screen.getByTestId('annotation-undo-button'));
    await vi.waitFor(() =>
      expect(invoke).toHaveBeenCalledWith('annotations:restore', { articleId: '068abd54a537aef4', annotation: gone }),
    );
    await vi.waitFor(() => expect(screen.queryByTestId('annotation-undo-button')).toBeNull());
  });

  it('recolours a highlight', async () => {
    const target = highlight('Песков');
    const { invoke } = stubBridge({
      'annotations:update': ({ color }) => ({ ...target, color: color ?? target.color }),
    });
    renderPanel([target]);
    await fireEvent.click(screen.getByTestId('annotation-color-blue'));
    expect(invoke).toHaveBeenCalledWith('annotations:update', {
      articleId: '068abd54a537aef4',
      id: target.id,
      color: 'blue',
    });
  });

  it('edits a note in place and saves it with Ctrl+Enter', async () => {
    const target = highlight('Песков', { note: 'old' });
    const { invoke } = stubBridge({ 'annotations:update': ({ note }) => ({ ...target, note: note ?? target.note }) });
    renderPanel([target]);
    await fireEvent.click(screen.getByTestId('annotation-edit'));
    const editor = screen.getByTestId('note-editor') as HTMLTextAreaElement;
    expect(editor.value).toBe('old');
    expect(document.activeElement).toBe(editor);
    await fireEvent.input(editor, { target: { value: 'new note' } });
    await fireEvent.keyDown(editor, { key: 'Enter', ctrlKey: true });
    await vi.waitFor(() =>
      expect(invoke).toHaveBeenCalledWith('annotations:update', {
        articleId: '068abd54a537aef4',
        id: target.id,
        note: 'new note',
      }),
    );
    await vi.waitFor(() => expect(screen.queryByTestId('note-editor')).toBeNull());
  });

  it('cancels a note edit without saving', async () => {
    const { invoke } = stubBridge();
    renderPanel([highlight('Песков', { note: 'old' })]);
    await fireEvent.click(screen.getByTestId('annotation-edit'));
    await fireEvent.input(screen.getByTestId('note-editor'), { target: { value: 'typed' } });
    await fireEvent.click(screen.getByTestId('note-cancel'));
    expect(screen.queryByTestId('note-editor')).toBeNull();
    expect(screen.getByTestId('annotation-note').textContent).toBe('old');
    expect(invoke).not.toHaveBeenCalled();
  });

  it('shows why a change failed and keeps the editor open', async () => {
    stubBridgeFailing('annotations:update', 'disk full', {}, 'write-failed');
    renderPanel([highlight('Песков')]);
    await fireEvent.click(screen.getByTestId('annotation-edit'));
    await fireEvent.click(screen.getByTestId('note-save'));
    expect((await screen.findByRole('alert')).textContent).toContain('disk full');
    expect(screen.getByTestId('note-editor')).toBeTruthy();
  });
});

describe('showing a highlight from the panel', () => {
  it('scrolls the highlight into view in the text', async () => {
    const target = highlight('Вашингтон');
    const { state } = annotationState();
    const scrolled = vi.fn();
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled(this);
    };
    try {
      render(ArticleReader, { ...readerState(), article: article([highlight('Дмитрий'), target]), annotations: state });
      await fireEvent.click(screen.getAllByTestId('annotation-show')[1]!);
      const mark = scrolled.mock.calls[0]?.[0] as HTMLElement;
      expect(mark.tagName).toBe('MARK');
      expect(mark.textContent).toBe('Вашингтон');
      expect(mark.dataset.annotationId).toBe(target.id);
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });
});
