// The widths of the filters and list panes: their bounds, and fitting saved widths
// into the window there is now, so the reader keeps room to read. Pure.

export interface PaneWidths {
  filters: number;
  list: number;
}

/** What each pane needs at least, in px; the reader takes what is left. */
export const PANE_MIN = { filters: 160, list: 280, reader: 320 } as const;
/** The filters never need more; the contract caps every pane at 2000. */
export const PANE_MAX = { filters: 480, list: 2000 } as const;
/** The filters' width until the user drags it; the list and reader share the rest 2:3. */
export const DEFAULT_FILTERS_WIDTH = 220;
/** Room one drag handle takes between two panes. */
export const HANDLE_WIDTH = 5;
const HANDLES_WIDTH = 2 * HANDLE_WIDTH;

const clamp = (value: number, min: number, max: number) => Math.round(Math.max(min, Math.min(max, value)));

/** The widest the list may be beside these filters in a window `total` px wide. */
export function listMax(filters: number, total: number): number {
  return Math.max(PANE_MIN.list, Math.min(PANE_MAX.list, total - filters - HANDLES_WIDTH - PANE_MIN.reader));
}

/**
 * Widths as they can be shown in `total` px: each within its bounds, and when the
 * window is narrower than the saved layout, the list gives way first, then the filters.
 */
export function fitPaneWidths(widths: PaneWidths, total: number): PaneWidths {
  const filters = clamp(widths.filters, PANE_MIN.filters, PANE_MAX.filters);
  const list = clamp(widths.list, PANE_MIN.list, listMax(filters, total));
  const over = filters + list + HANDLES_WIDTH + PANE_MIN.reader - total;
  return over > 0 ? { filters: clamp(filters - over, PANE_MIN.filters, filters), list } : { filters, list };
}

/** The panes grid's columns: fixed widths once the user chose them (the reader takes the rest), else the default 2:3 share. */
export function gridColumns(widths: PaneWidths | null): string {
  const handle = `${HANDLE_WIDTH}px`;
  const reader = `minmax(${PANE_MIN.reader}px, ${widths ? 1 : 3}fr)`;
  const list = widths ? `${widths.list}px` : `minmax(${PANE_MIN.list}px, 2fr)`;
  return [`${widths?.filters ?? DEFAULT_FILTERS_WIDTH}px`, handle, list, handle, reader].join(' ');
}
