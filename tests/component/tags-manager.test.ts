import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import TagManager from '../../src-renderer/src/components/TagManager.svelte';
import { TagState } from '../../src-renderer/src/lib/tags.svelte';
import type { TagChange } from '../../src-renderer/src/lib/tag-tree';
import type { TagInfo } from '../../src-main/contract/userdata';
import { stubBridge } from './bridge-stub';

const LIST: TagInfo[] = [
  { name: 'levant', color: 'grey', own: 0, count: 1, implicit: true },
  { name: 'levant/aleppo', color: 'blue', own: 1, count: 1, implicit: false },
  { name: 'syria', color: 'green', own: 2, count: 3, implicit: false },
  { name: 'syria/aleppo', color: 'orange', own: 2, count: 2, implicit: false },
];

async function openManager() {
  const bridge = stubBridge({
    'tags:list': () => LIST,
    'tags:set-color': () => LIST,
    'tags:rename': () => ({ changed: 2, merged: false }),
    'tags:delete': () => ({ changed: 3 }),
  });
  const changes: TagChange[] = [];
  const tagState = new TagState((change) => changes.push(change));
  const onClose = vi.fn();
  render(TagManager, { open: true, tagState, onClose });
  await expect.poll(() => screen.queryAllByTestId('tag-manager-row').length).toBe(LIST.length);
  const calls = (name: string) =>
    bridge.invoke.mock.calls.filter(([channel]) => channel === name).map(([, args]) => args);
  return { calls, changes, onClose };
}

const row = (name: string) => screen.getAllByTestId('tag-manager-row').find((el) => el.dataset.tag === name)!;

async function rename(from: string, to: string): Promise<void> {
  await fireEvent.click(within(row(from)).getByTestId('tag-rename'));
  const input = within(row(from)).getByTestId('tag-rename-input');
  await fireEvent.input(input, { target: { value: to } });
  await fireEvent.submit(input.closest('form')!);
}

describe('TagManager', () => {
  it('lists every tag as a tree with how many articles carry it', async () => {
    await openManager();
    const rows = screen.getAllByTestId('tag-manager-row');
    expect(rows.map((el) => [el.dataset.tag, within(el).getByTestId('tag-manager-count').textContent?.trim()])).toEqual(
      [
        ['levant', '1 article'],
        ['levant/aleppo', '1 article'],
        ['syria', '3 articles'],
        ['syria/aleppo', '2 articles'],
      ],
    );
  });

  it('renames a tag through tags:rename', async () => {
    const { calls } = await openManager();
    await rename('syria/aleppo', 'levant/halab');
    await expect.poll(() => calls('tags:rename')).toEqual([{ from: 'syria/aleppo', to: 'levant/halab' }]);
  });

  it('tells the rest of the window which tag was renamed to what', async () => {
    const { changes } = await openManager();
    await rename('syria/aleppo', 'levant/halab');
    await expect.poll(() => changes).toEqual([{ kind: 'renamed', from: 'syria/aleppo', to: 'levant/halab' }]);
  });

  it('warns before a rename onto an existing tag and sends nothing yet', async () => {
    const { calls } = await openManager();
    await rename('syria/aleppo', 'Levant/Aleppo');
    expect([within(row('syria/aleppo')).getByTestId('tag-merge-warning').textContent, calls('tags:rename')]).toEqual([
      '“levant/aleppo” already exists. Renaming merges “syria/aleppo” into it; this cannot be undone.',
      [],
    ]);
  });

  it('merges once the merge is confirmed', async () => {
    const { calls } = await openManager();
    await rename('syria/aleppo', 'levant/aleppo');
    await fireEvent.click(within(row('syria/aleppo')).getByTestId('tag-merge-confirm'));
    await expect.poll(() => calls('tags:rename')).toEqual([{ from: 'syria/aleppo', to: 'levant/aleppo' }]);
  });

  it('warns of a merge when a child of the renamed tag lands on an existing one', async () => {
    await openManager();
    await rename('syria', 'levant');
    expect(within(row('syria')).getByTestId('tag-merge-warning').textContent).toContain(
      '“levant/aleppo” already exists',
    );
  });

  it('asks before deleting, saying how many articles carry the tag', async () => {
    const { calls } = await openManager();
    await fireEvent.click(within(row('syria')).getByTestId('tag-delete'));
    expect([within(row('syria')).getByTestId('tag-delete-warning').textContent, calls('tags:delete')]).toEqual([
      'Delete “syria” and the tags under it from 3 articles? This cannot be undone.',
      [],
    ]);
  });

  it('deletes through tags:delete once confirmed', async () => {
    const { calls } = await openManager();
    await fireEvent.click(within(row('syria')).getByTestId('tag-delete'));
    await fireEvent.click(within(row('syria')).getByTestId('tag-delete-confirm'));
    await expect.poll(() => calls('tags:delete')).toEqual([{ name: 'syria' }]);
  });

  it('recolours a tag through tags:set-color', async () => {
    const { calls } = await openManager();
    await fireEvent.click(within(row('syria')).getByTestId('tag-color-button'));
    const purple = within(row('syria'))
      .getAllByTestId('tag-color-option')
      .find((el) => el.dataset.color === 'purple')!;
    await fireEvent.click(purple);
    await expect.poll(() => calls('tags:set-color')).toEqual([{ name: 'syria', color: 'purple' }]);
  });

  it('offers no colour for a parent that exists only through its children', async () => {
    await openManager();
    expect(within(row('levant')).getByTestId('tag-color-button')).toHaveProperty('disabled', true);
  });

  it('closes a rename form on Escape and keeps the dialog open', async () => {
    const { onClose } = await openManager();
    await fireEvent.click(within(row('syria')).getByTestId('tag-rename'));
    await fireEvent.keyDown(within(row('syria')).getByTestId('tag-rename-input'), { key: 'Escape' });
    expect([within(row('syria')).queryByTestId('tag-rename-input'), onClose.mock.calls.length]).toEqual([null, 0]);
  });

  it('closes on Escape', async () => {
    const { onClose } = await openManager();
    await fireEvent.keyDown(screen.getByTestId('tag-manager'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });
});
