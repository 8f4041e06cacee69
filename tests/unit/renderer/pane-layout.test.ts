import { describe, expect, it } from 'vitest';
import {
  HANDLE_WIDTH,
  PANE_MAX,
  PANE_MIN,
  fitPaneWidths,
  gridColumns,
  listMax,
} from '../../../src-renderer/src/lib/pane-layout';

const reader = (widths: { filters: number; list: number }, total: number) =>
  total - widths.filters - widths.list - 2 * HANDLE_WIDTH;

describe('fitPaneWidths', () => {
  it('keeps widths that fit the window', () => {
    expect(fitPaneWidths({ filters: 250, list: 500 }, 1280)).toEqual({ filters: 250, list: 500 });
  });

  it('raises a width below its pane minimum', () => {
    expect(fitPaneWidths({ filters: 50, list: 100 }, 1280)).toEqual({ filters: PANE_MIN.filters, list: PANE_MIN.list });
  });

  it('caps the filters at their maximum', () => {
    expect(fitPaneWidths({ filters: 900, list: 400 }, 2400).filters).toBe(PANE_MAX.filters);
  });

  it('narrows the list first when the window is narrower than the saved layout', () => {
    const fitted = fitPaneWidths({ filters: 300, list: 900 }, 1000);
    expect(fitted.filters).toBe(300);
    expect(reader(fitted, 1000)).toBe(PANE_MIN.reader);
  });

  it('narrows the filters once the list is at its minimum', () => {
    const fitted = fitPaneWidths({ filters: 400, list: 600 }, 800);
    expect(fitted.list).toBe(PANE_MIN.list);
    expect(fitted.filters).toBe(800 - 2 * HANDLE_WIDTH - PANE_MIN.list - PANE_MIN.reader);
  });

  it('rounds fractional widths to whole pixels', () => {
    expect(fitPaneWidths({ filters: 240.6, list: 480.2 }, 1280)).toEqual({ filters: 241, list: 480 });
  });
});

describe('listMax', () => {
  it('leaves the reader its minimum', () => {
    expect(listMax(220, 1280)).toBe(1280 - 220 - 2 * HANDLE_WIDTH - PANE_MIN.reader);
  });

  it('is never below the list minimum, however narrow the window', () => {
    expect(listMax(220, 500)).toBe(PANE_MIN.list);
  });
});

describe('gridColumns', () => {
  it('shares the room 2:3 between list and reader until the user chooses widths', () => {
    expect(gridColumns(null)).toBe('220px 5px minmax(280px, 2fr) 5px minmax(320px, 3fr)');
  });

  it('fixes the chosen widths and gives the reader the rest', () => {
    expect(gridColumns({ filters: 250, list: 500 })).toBe('250px 5px 500px 5px minmax(320px, 1fr)');
  });
});
