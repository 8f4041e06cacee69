import { describe, expect, it } from 'vitest';
import {
  boundsToSave,
  DEFAULT_WINDOW_SIZE,
  restoreWindowPlacement,
  type Displays,
} from '../../../src-main/desktop/window-state';

// A laptop's screen under a 25 px menu bar, and a monitor to its right.
const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };
const both: Displays = { primary: laptop, all: [laptop, monitor] };
const laptopOnly: Displays = { primary: laptop, all: [laptop] };

describe('restoreWindowPlacement', () => {
  it('puts a window back exactly where it was when its display is still there', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900, maximized: false };
    expect(restoreWindowPlacement(saved, both)).toEqual(saved);
  });

  it('moves a window saved on an unplugged monitor onto the primary work area', () => {
    const placement = restoreWindowPlacement(
      { x: 1600, y: 100, width: 1200, height: 800, maximized: false },
      laptopOnly,
    );
    expect(placement).toEqual({ x: 240, y: 100, width: 1200, height: 800, maximized: false });
  });

  it('shrinks a window larger than the display it returns to', () => {
    const placement = restoreWindowPlacement(
      { x: 1500, y: 0, width: 2500, height: 1400, maximized: false },
      laptopOnly,
    );
    expect(placement).toEqual({ x: 0, y: 25, width: 1440, height: 875, maximized: false });
  });

  it('pulls a window hanging over the top or bottom of its display back inside, title bar below the menu bar', () => {
    expect(
      restoreWindowPlacement({ x: 100, y: -40, width: 1000, height: 700, maximized: false }, laptopOnly),
    ).toMatchObject({ x: 100, y: 25 });
    expect(
      restoreWindowPlacement({ x: 100, y: 600, width: 1000, height: 700, maximized: false }, laptopOnly),
    ).toMatchObject({ y: 200 });
  });

  it('keeps a maximised window maximised, with its normal bounds for when it is restored', () => {
    expect(restoreWindowPlacement({ x: 1700, y: 50, width: 1300, height: 850, maximized: true }, both)).toEqual({
      x: 1700,
      y: 50,
      width: 1300,
      height: 850,
      maximized: true,
    });
  });

  it('raises a size below the window minimum to the minimum', () => {
    expect(
      restoreWindowPlacement({ x: 10, y: 30, width: 300, height: 200, maximized: false }, laptopOnly),
    ).toMatchObject({ width: 720, height: 480 });
  });

  it('opens at the default size, centred, when nothing or garbage was saved', () => {
    const expected = { ...DEFAULT_WINDOW_SIZE, maximized: false };
    for (const saved of [
      null,
      undefined,
      'wide',
      { x: 'a', y: 0, width: 800, height: 600, maximized: false },
      { x: 0, y: 0, width: NaN, height: 600, maximized: false },
      { x: 0, y: 0, width: 800, height: 600 },
    ]) {
      expect(restoreWindowPlacement(saved, both)).toEqual(expected);
    }
  });

  it('fits the default size into a primary display smaller than it', () => {
    const small = { x: 0, y: 0, width: 1024, height: 600 };
    expect(restoreWindowPlacement(null, { primary: small, all: [small] })).toEqual({
      width: 1024,
      height: 600,
      maximized: false,
    });
  });
});

describe('boundsToSave', () => {
  it('rounds the bounds and keeps them within the ranges the stored state is validated against', () => {
    expect(boundsToSave({ x: 10.6, y: -200_000, width: 150, height: 30_000 }, true)).toEqual({
      x: 11,
      y: -100_000,
      width: 200,
      height: 20_000,
      maximized: true,
    });
  });
});
