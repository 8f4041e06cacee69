import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import TagEditor from '../../src-renderer/src/components/TagEditor.svelte';
import { TagState } from '../../src-renderer/src/lib/tags.svelte';
import type { CarriedTags } from '../../src-renderer/src/lib/tag-tree';
import type { TagInfo } from '../../src-main/contract/userdata';
import { stubBridge } from './bridge-stub';

const IDS = ['000000000000000a', '000000000000000b', '000000000000000c'];
const LIST: TagInfo[] = [
  { name: 'russia', color: 'red', own: 4, count: 4, implicit: false },
  { name: 'syria', color: 'green', own: 3, count: 5, implicit: false },
  { name: 'syria/aleppo', color: 'blue', own: 2, count: 2, implicit: false },
  { name: 'people/Assad', color: 'teal', own: 1, count: 1, implicit: false },
];

async function renderEditor(carried: CarriedTags = { tags: [{ name: 'syria', count: 2 }], known: 3 }, ids = IDS) {
  const bridge = stubBridge({ 'tags:list': () => LIST, 'tags:apply': () => ({ changed: ids.length }) });
  const tagState = new TagState();
  await tagState.load();
  const onClose = vi.fn();
  render(TagEditor, { ids, carried, tagState, onClose });
  const applied = () =>
    bridge.invoke.mock.calls.filter(([channel]) => channel === 'tags:apply').map(([, args]) => args);
  return { applied, onClose, input: screen.getByTestId('tag-input') as HTMLInputElement };
}

const suggestions = () => screen.queryAllByTestId('tag-suggestion').map((el) => el.dataset.tag);

describe('TagEditor', () => {
  it('shows each tag of a selection with how many of the selected carry it', async () => {
    await renderEditor();
    const chip = screen.getAllByTestId('tag-chip').find((el) => el.dataset.tag === 'syria')!;
    expect(within(chip).getByTestId('tag-chip-detail').textContent).toBe('2/3');
  });

  it('removes a tag from every selected article in one call', async () => {
    const { applied } = await renderEditor();
    await fireEvent.click(screen.getByTestId('tag-chip-remove'));
    await expect.poll(applied).toEqual([{ ids: IDS, add: [], remove: ['syria'] }]);
  });

  it('adds the typed name to every selected article in one call on Enter', async () => {
    const { applied, input } = await renderEditor();
    await fireEvent.input(input, { target: { value: 'levant/homs' } });
    await fireEvent.keyDown(input, { key: 'Enter' });
    await expect.poll(applied).toEqual([{ ids: IDS, add: ['levant/homs'], remove: [] }]);
  });

  it('empties the field once the tag is added', async () => {
    const { input } = await renderEditor();
    await fireEvent.input(input, { target: { value: 'levant' } });
    await fireEvent.keyDown(input, { key: 'Enter' });
    await expect.poll(() => input.value).toBe('');
  });

  it('says Enter creates a name no tag has yet', async () => {
    const { input } = await renderEditor();
    await fireEvent.input(input, { target: { value: ' Levant //  Homs ' } });
    expect(screen.getByTestId('tag-hint').textContent).toContain('Enter creates “Levant/Homs”');
  });

  it('adds an existing tag in its own spelling whatever the case typed', async () => {
    const { applied, input } = await renderEditor();
    await fireEvent.input(input, { target: { value: 'PEOPLE/assad' } });
    await fireEvent.keyDown(input, { key: 'Enter' });
    await expect.poll(applied).toEqual([{ ids: IDS, add: ['people/Assad'], remove: [] }]);
  });

  it('suggests tags whose name or any level starts with the text before those that contain it', async () => {
    const { input } = await renderEditor();
    await fireEvent.input(input, { target: { value: 'a' } });
    expect(suggestions()).toEqual(['syria/aleppo', 'people/Assad', 'syria', 'russia']);
  });

  it('adds the suggestion chosen with the arrow keys on Enter', async () => {
    const { applied, input } = await renderEditor();
    await fireEvent.input(input, { target: { value: 'a' } });
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    await fireEvent.keyDown(input, { key: 'Enter' });
    await expect.poll(applied).toEqual([{ ids: IDS, add: ['people/Assad'], remove: [] }]);
  });

  it('marks the suggestion chosen with the arrows as the active descendant', async () => {
    const { input } = await renderEditor();
    await fireEvent.input(input, { target: { value: 'a' } });
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    const active = document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    expect(active?.dataset.tag).toBe('syria/aleppo');
  });

  it('completes the best suggestion on Tab without adding it', async () => {
    const { applied, input } = await renderEditor();
    await fireEvent.input(input, { target: { value: 'ale' } });
    await fireEvent.keyDown(input, { key: 'Tab' });
    expect([input.value, applied()]).toEqual(['syria/aleppo', []]);
  });

  it('adds a suggestion picked with the pointer', async () => {
    const { applied } = await renderEditor();
    const russia = screen.getAllByTestId('tag-suggestion').find((el) => el.dataset.tag === 'russia')!;
    await fireEvent.pointerUp(russia);
    await expect.poll(applied).toEqual([{ ids: IDS, add: ['russia'], remove: [] }]);
  });

  it('does not suggest a tag every selected article already carries', async () => {
    await renderEditor({ tags: [{ name: 'russia', count: 3 }], known: 3 });
    expect(suggestions()).not.toContain('russia');
  });

  it('refuses a name of slashes and spaces and sends nothing', async () => {
    const { applied, input } = await renderEditor();
    await fireEvent.input(input, { target: { value: ' / / ' } });
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect([input.getAttribute('aria-invalid'), applied()]).toEqual(['true', []]);
  });

  it('closes on Escape without letting the key reach the window', async () => {
    const { onClose, input } = await renderEditor();
    const windowKeys = vi.fn();
    window.addEventListener('keydown', windowKeys);
    await fireEvent.keyDown(input, { key: 'Escape' });
    window.removeEventListener('keydown', windowKeys);
    expect([onClose.mock.calls.length, windowKeys.mock.calls.length]).toEqual([1, 0]);
  });

  it('closes on a press outside it', async () => {
    const { onClose } = await renderEditor();
    await fireEvent.pointerDown(document.body);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('says when the tags of some selected articles are not known', async () => {
    await renderEditor({ tags: [], known: 1 });
    expect(screen.getByTestId('tags-not-loaded').textContent).toContain('2 selected articles');
  });

  it('shows no counts for a single article', async () => {
    await renderEditor({ tags: [{ name: 'syria', count: 1 }], known: 1 }, [IDS[0]!]);
    expect(screen.queryByTestId('tag-chip-detail')).toBeNull();
  });
});
