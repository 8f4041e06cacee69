import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ArticleTags from '../../src-renderer/src/components/ArticleTags.svelte';
import { ArchiveState } from '../../src-renderer/src/lib/archive.svelte';
import { TagState } from '../../src-renderer/src/lib/tags.svelte';
import type { TagChange } from '../../src-renderer/src/lib/tag-tree';
import type { TagInfo } from '../../src-main/contract/userdata';
import { pending, stubBridge, stubBridgeFailing } from './bridge-stub';

const ID = '068abd54a537aef4';
const SYRIA: TagInfo = { name: 'syria', color: 'green', own: 1, count: 1, implicit: false };

describe('TagState', () => {
  it('fetches the tag list again after a change and then tells the window', async () => {
    const { invoke } = stubBridge({ 'tags:list': () => [SYRIA], 'tags:apply': () => ({ changed: 1 }) });
    const changes: TagChange[] = [];
    const tagState = new TagState((change) => changes.push(change));
    await tagState.apply([ID], ['syria']);
    expect([invoke.mock.calls.map(([channel]) => channel), tagState.list, changes]).toEqual([
      ['tags:apply', 'tags:list'],
      [SYRIA],
      [{ kind: 'applied' }],
    ]);
  });

  it('keeps the message of a failed change, answers null and tells no one', async () => {
    stubBridgeFailing('tags:rename', 'disk full', {}, 'write-failed');
    const onChanged = vi.fn();
    const tagState = new TagState(onChanged);
    const result = await tagState.rename('syria', 'levant');
    expect([result, tagState.error, onChanged.mock.calls.length]).toEqual([null, 'disk full', 0]);
  });

  it('gives a tag its colour whatever the case it is asked in, and grey when unknown', async () => {
    stubBridge({ 'tags:list': () => [SYRIA] });
    const tagState = new TagState();
    await tagState.load();
    expect([tagState.colorOf('SYRIA'), tagState.colorOf('iraq')]).toEqual(['green', 'grey']);
  });
});

describe('ArchiveState after a tag change', () => {
  it('moves a tag filter along with a rename', () => {
    stubBridge({ 'archive:search': pending, 'archive:summary': pending });
    const archive = new ArchiveState();
    archive.start({ query: '', filters: { tag: ['syria/aleppo'], language: ['en'] }, sort: null, article: null });
    archive.afterTagChange({ kind: 'renamed', from: 'syria', to: 'levant' });
    expect(archive.filters).toEqual({ language: ['en'], tag: ['levant/aleppo'] });
  });

  it('drops a tag filter whose tag was deleted', () => {
    stubBridge({ 'archive:search': pending, 'archive:summary': pending });
    const archive = new ArchiveState();
    archive.start({ query: '', filters: { tag: ['syria'] }, sort: null, article: null });
    archive.afterTagChange({ kind: 'deleted', name: 'syria' });
    expect(archive.filters).toEqual({});
  });
});

describe('ArticleTags', () => {
  function renderTags(tags: string[]) {
    const bridge = stubBridge({ 'tags:list': () => [SYRIA], 'tags:apply': () => ({ changed: 1 }) });
    const onChanged = vi.fn();
    render(ArticleTags, { articleId: ID, tags, tagState: new TagState(), onChanged });
    const applied = () =>
      bridge.invoke.mock.calls.filter(([channel]) => channel === 'tags:apply').map(([, args]) => args);
    return { applied, onChanged };
  }

  it('shows the article tags as chips', () => {
    renderTags(['syria', 'russia']);
    expect(screen.getAllByTestId('tag-chip').map((chip) => chip.dataset.tag)).toEqual(['syria', 'russia']);
  });

  it('removes a tag from this article alone and reports the change', async () => {
    const { applied, onChanged } = renderTags(['syria']);
    await fireEvent.click(screen.getByRole('button', { name: 'Remove syria' }));
    await expect.poll(() => onChanged.mock.calls.length).toBe(1);
    expect(applied()).toEqual([{ ids: [ID], add: [], remove: ['syria'] }]);
  });

  it('opens the tag editor for this article from Add tag', async () => {
    renderTags([]);
    await fireEvent.click(screen.getByTestId('article-tags-add'));
    expect(screen.getByTestId('tag-editor').textContent).toContain('Tags of this article');
  });

  it('adds a tag typed in its editor to this article', async () => {
    const { applied } = renderTags([]);
    await fireEvent.click(screen.getByTestId('article-tags-add'));
    const input = screen.getByTestId('tag-input');
    await fireEvent.input(input, { target: { value: 'syria/aleppo' } });
    await fireEvent.keyDown(input, { key: 'Enter' });
    await expect.poll(applied).toEqual([{ ids: [ID], add: ['syria/aleppo'], remove: [] }]);
  });
});
