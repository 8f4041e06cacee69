// Pure maths of the virtualised article list: which rows a scroll position shows,
// where to scroll so a row is in view, and which result pages cover a range.
// Rows have one fixed height, so every position is a multiplication; at 76 px a
// row, 100,000 rows are 7.6 million px tall, well under Chromium's ~33 million px
// limit on an element's height.

/** A half-open range of row indexes `[start, end)`. */
export interface RowRange {
  start: number;
  end: number;
}

export interface ListViewport {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  total: number;
  /** Rows drawn beyond each edge, so a short scroll never shows a blank strip. */
  overscan: number;
}

/** The rows to draw for a viewport: those in view plus `overscan` on each side, clamped to the list. */
export function visibleRange({ scrollTop, viewportHeight, rowHeight, total, overscan }: ListViewport): RowRange {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight);
  const start = Math.min(total, Math.max(0, first - overscan));
  const end = Math.min(total, Math.max(start, last + overscan));
  return { start, end };
}

/** How many whole rows fit in the viewport (at least one): the step of PageUp and PageDown. */
export function rowsPerViewport(viewportHeight: number, rowHeight: number): number {
  return rowHeight > 0 ? Math.max(1, Math.floor(viewportHeight / rowHeight)) : 1;
}

/**
 * The scroll position that brings row `index` fully into view with the least movement:
 * the current one when it is already in view, else the row's edge at the nearer side.
 */
export function revealScrollTop(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}

/** The indexes of the pages of `pageSize` rows that hold any row of `range`. */
export function pagesCovering(range: RowRange, pageSize: number): number[] {
  if (range.end <= range.start) return [];
  const pages: number[] = [];
  for (let page = Math.floor(range.start / pageSize); page * pageSize < range.end; page++) pages.push(page);
  return pages;
}
