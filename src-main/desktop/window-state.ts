// Where the main window opens: the bounds the user left it at, brought back onto a
// display that exists now. A window saved on a monitor that has since been unplugged,
// or larger than the screen it returns to, must still come back whole and reachable.
import type { WindowBounds } from '../contract/archive';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The displays' work areas (screen minus taskbar, dock and menu bar); `primary` is also in `all`. */
export interface Displays {
  primary: Rect;
  all: readonly Rect[];
}

/** x and y are absent when the window should open centred (no usable saved position). */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;

/** The placement for the next window: the saved bounds made visible, or the default size centred on the primary display. */
export function restoreWindowPlacement(saved: unknown, displays: Displays): WindowPlacement {
  if (!isWindowBounds(saved)) return defaultPlacement(displays.primary);
  const area = displayFor(saved, displays);
  return { ...fitInto(saved, area), maximized: saved.maximized };
}

function defaultPlacement(area: Rect): WindowPlacement {
  return { ...fitSize(DEFAULT_WINDOW_SIZE, area), maximized: false };
}

/**
 * The display the window overlaps most, or the primary one if it overlaps none
 * (its monitor is gone). Fitting the whole window into that display is the simplest
 * rule under which the title bar can never end up out of reach.
 */
function displayFor(bounds: Rect, displays: Displays): Rect {
  let best = displays.primary;
  let bestArea = 0;
  for (const area of displays.all) {
    const overlap = intersectionArea(bounds, area);
    if (overlap > bestArea) [best, bestArea] = [area, overlap];
  }
  return best;
}

function fitInto(bounds: Rect, area: Rect): Rect {
  const { width, height } = fitSize(bounds, area);
  return {
    x: Math.round(clamp(bounds.x, area.x, area.x + area.width - width)),
    y: Math.round(clamp(bounds.y, area.y, area.y + area.height - height)),
    width,
    height,
  };
}

/** Not below the window's minimum unless the display itself is smaller, and never above the display. */
function fitSize(size: { width: number; height: number }, area: Rect): { width: number; height: number } {
  return {
    width: Math.round(Math.min(Math.max(size.width, MIN_WINDOW_SIZE.width), area.width)),
    height: Math.round(Math.min(Math.max(size.height, MIN_WINDOW_SIZE.height), area.height)),
  };
}

function intersectionArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** Saved bounds as the store hands them over; anything else (hand-edited, truncated) is ignored. */
function isWindowBounds(value: unknown): value is WindowBounds {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const finite = (n: unknown): boolean => typeof n === 'number' && Number.isFinite(n);
  return (
    finite(v.x) &&
    finite(v.y) &&
    finite(v.width) &&
    finite(v.height) &&
    (v.width as number) > 0 &&
    (v.height as number) > 0 &&
    typeof v.maximized === 'boolean'
  );
}

/**
 * The bounds to store for a window: its normal (unmaximised) rectangle and whether it is
 * maximised, rounded and kept inside the ranges the stored UI state is validated against
 * on load (contract/ipc.ts), so a saved window is never reset as invalid.
 */
export function boundsToSave(normal: Rect, maximized: boolean): WindowBounds {
  const coordinate = (n: number): number => Math.round(clamp(n, -100_000, 100_000));
  const length = (n: number): number => Math.round(clamp(n, 200, 20_000));
  return {
    x: coordinate(normal.x),
    y: coordinate(normal.y),
    width: length(normal.width),
    height: length(normal.height),
    maximized,
  };
}
