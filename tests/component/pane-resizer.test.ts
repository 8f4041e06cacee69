import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import PaneResizer from '../../src-renderer/src/components/PaneResizer.svelte';

function renderResizer(value = 300) {
  const onResize = vi.fn();
  render(PaneResizer, { value, min: 160, max: 480, label: 'Width of the filters', testid: 'resize-filters', onResize });
  return { onResize, handle: screen.getByRole('separator', { name: 'Width of the filters' }) };
}

describe('PaneResizer', () => {
  it('is a focusable vertical separator with its width as value', () => {
    const { handle } = renderResizer(300);
    expect(handle.getAttribute('aria-orientation')).toBe('vertical');
    expect(handle.getAttribute('aria-valuenow')).toBe('300');
    expect(handle.getAttribute('aria-valuemin')).toBe('160');
    expect(handle.getAttribute('aria-valuemax')).toBe('480');
    expect(handle.tabIndex).toBe(0);
  });

  it('widens the pane by a step on the right arrow', async () => {
    const { onResize, handle } = renderResizer(300);
    await fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(onResize).toHaveBeenCalledWith(316);
  });

  it('narrows the pane by a step on the left arrow', async () => {
    const { onResize, handle } = renderResizer(300);
    await fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    expect(onResize).toHaveBeenCalledWith(284);
  });

  it('takes bigger steps with Shift', async () => {
    const { onResize, handle } = renderResizer(300);
    await fireEvent.keyDown(handle, { key: 'ArrowRight', shiftKey: true });
    expect(onResize).toHaveBeenCalledWith(364);
  });

  it('goes to the bounds on Home and End', async () => {
    const { onResize, handle } = renderResizer(300);
    await fireEvent.keyDown(handle, { key: 'Home' });
    await fireEvent.keyDown(handle, { key: 'End' });
    expect(onResize.mock.calls).toEqual([[160], [480]]);
  });

  it('stops at the maximum', async () => {
    const { onResize, handle } = renderResizer(470);
    await fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(onResize).toHaveBeenCalledWith(480);
  });

  it('keeps the arrow keys from the rest of the window', async () => {
    const { handle } = renderResizer();
    const event = new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true });
    handle.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves other keys alone', async () => {
    const { onResize, handle } = renderResizer();
    await fireEvent.keyDown(handle, { key: 'j' });
    expect(onResize).not.toHaveBeenCalled();
  });

  it('follows the pointer while dragged', async () => {
    const { onResize, handle } = renderResizer(300);
    handle.setPointerCapture = () => {};
    await fireEvent.pointerDown(handle, { button: 0, clientX: 300, pointerId: 1 });
    await fireEvent.pointerMove(handle, { clientX: 340, pointerId: 1 });
    await fireEvent.pointerUp(handle, { clientX: 340, pointerId: 1 });
    await fireEvent.pointerMove(handle, { clientX: 400, pointerId: 1 });
    expect(onResize.mock.calls).toEqual([[340]]);
  });
});
