import { describe, expect, it } from 'vitest';
import {
  pagesCovering,
  revealScrollTop,
  rowsPerViewport,
  visibleRange,
} from '../../../src-renderer/src/lib/virtual-window';

describe('visibleRange', () => {
  it('draws the rows in view plus the overscan below at the top of the list', () => {
    expect(visibleRange({ scrollTop: 0, viewportHeight: 400, rowHeight: 80, total: 100_000, overscan: 3 })).toEqual({
      start: 0,
      end: 8,
    });
  });

  it('draws the overscan on both sides in the middle of a long list', () => {
    expect(visibleRange({ scrollTop: 8_000, viewportHeight: 400, rowHeight: 80, total: 100_000, overscan: 3 })).toEqual(
      { start: 97, end: 108 },
    );
  });

  it('counts a partly scrolled-in row as visible', () => {
    expect(visibleRange({ scrollTop: 40, viewportHeight: 400, rowHeight: 80, total: 100, overscan: 0 })).toEqual({
      start: 0,
      end: 6,
    });
  });

  it('stops at the last row', () => {
    expect(visibleRange({ scrollTop: 7_600, viewportHeight: 400, rowHeight: 80, total: 100, overscan: 5 })).toEqual({
      start: 90,
      end: 100,
    });
  });

  it('draws nothing for an empty list', () => {
    expect(visibleRange({ scrollTop: 0, viewportHeight: 400, rowHeight: 80, total: 0, overscan: 5 })).toEqual({
      start: 0,
      end: 0,
    });
  });

  it('stays inside the list when the scroll position is past its end after the list shrank', () => {
    expect(visibleRange({ scrollTop: 80_000, viewportHeight: 400, rowHeight: 80, total: 10, overscan: 2 })).toEqual({
      start: 10,
      end: 10,
    });
  });
});

describe('revealScrollTop', () => {
  it('keeps the position when the row is already in view', () => {
    expect(revealScrollTop(3, 0, 400, 80)).toBe(0);
  });

  it('scrolls down just enough to show a row below the view', () => {
    expect(revealScrollTop(5, 0, 400, 80)).toBe(80);
  });

  it('scrolls up to the top of a row above the view', () => {
    expect(revealScrollTop(2, 800, 400, 80)).toBe(160);
  });
});

describe('rowsPerViewport', () => {
  it('counts whole rows only', () => {
    expect(rowsPerViewport(430, 80)).toBe(5);
  });

  it('is at least one row in a tiny viewport', () => {
    expect(rowsPerViewport(20, 80)).toBe(1);
  });
});

describe('pagesCovering', () => {
  it('lists the one page that holds a range inside it', () => {
    expect(pagesCovering({ start: 10, end: 30 }, 100)).toEqual([0]);
  });

  it('lists both pages when a range crosses a page boundary', () => {
    expect(pagesCovering({ start: 95, end: 110 }, 100)).toEqual([0, 1]);
  });

  it('does not list the next page when the range ends on a boundary', () => {
    expect(pagesCovering({ start: 150, end: 200 }, 100)).toEqual([1]);
  });

  it('lists no page for an empty range', () => {
    expect(pagesCovering({ start: 0, end: 0 }, 100)).toEqual([]);
  });
});
