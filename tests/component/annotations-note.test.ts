import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ArticleNote from '../../src-renderer/src/components/ArticleNote.svelte';
import { annotationState } from './annotation-fixtures';
import { stubBridge } from './bridge-stub';

// The Markdown itself is rendered and sanitised by DOMPurify, which does not run
// correctly under happy-dom (cure53/DOMPurify#1457); tests/e2e/annotations.spec.ts
// checks the rendering and the sanitising in Chromium.

const ARTICLE_ID = '068abd54a537aef4';

function renderNote(note = '') {
  const { state, host } = annotationState();
  render(ArticleNote, { articleId: ARTICLE_ID, note, annotations: state });
  return { state, host };
}

describe('ArticleNote', () => {
  it('offers to add a note when there is none', () => {
    renderNote();
    expect(screen.getByTestId('article-note-add').textContent).toBe('Add a note');
    expect(screen.queryByTestId('article-note-text')).toBeNull();
  });

  it('opens an editor with the focus in it', async () => {
    renderNote();
    await fireEvent.click(screen.getByTestId('article-note-add'));
    expect(document.activeElement).toBe(screen.getByTestId('note-editor'));
  });

  it('saves the typed note, then reloads the article and the results', async () => {
    const { invoke } = stubBridge({ 'note:set': () => ({ tags: [], note: 'x', annotations: [] }) });
    const { host } = renderNote();
    await fireEvent.click(screen.getByTestId('article-note-add'));
    await fireEvent.input(screen.getByTestId('note-editor'), { target: { value: '**Check** the date' } });
    await fireEvent.click(screen.getByTestId('note-save'));
    expect(invoke).toHaveBeenCalledWith('note:set', { articleId: ARTICLE_ID, note: '**Check** the date' });
    await vi.waitFor(() => expect(host.reloadArticle).toHaveBeenCalled());
    expect(host.refreshResults).toHaveBeenCalled();
    await vi.waitFor(() => expect(screen.queryByTestId('note-editor')).toBeNull());
  });

  it('removes the note when it is saved empty', async () => {
    const { invoke } = stubBridge({ 'note:set': () => ({ tags: [], note: '', annotations: [] }) });
    renderNote('old note');
    await fireEvent.click(screen.getByTestId('article-note-edit'));
    await fireEvent.input(screen.getByTestId('note-editor'), { target: { value: '  \n ' } });
    await fireEvent.keyDown(screen.getByTestId('note-editor'), { key: 'Enter', ctrlKey: true });
    expect(invoke).toHaveBeenCalledWith('note:set', { articleId: ARTICLE_ID, note: '' });
  });

  it('starts editing from the note as it stands', async () => {
    renderNote('old note');
    await fireEvent.click(screen.getByTestId('article-note-edit'));
    expect((screen.getByTestId('note-editor') as HTMLTextAreaElement).value).toBe('old note');
  });

  it('drops what was typed on Esc', async () => {
    const { invoke } = stubBridge();
    renderNote();
    await fireEvent.click(screen.getByTestId('article-note-add'));
    await fireEvent.input(screen.getByTestId('note-editor'), { target: { value: 'draft' } });
    await fireEvent.keyDown(screen.getByTestId('note-editor'), { key: 'Escape' });
    expect(screen.queryByTestId('note-editor')).toBeNull();
    expect(screen.getByTestId('article-note-add')).toBeTruthy();
    expect(invoke).not.toHaveBeenCalled();
  });
});
