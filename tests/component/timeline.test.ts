// The timeline above the list: its bars and the table behind them, brushing by pointer
// and keys into a range, the one-click clear, and the open article's mark.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { timelineOf, type DayRange, type Timeline as TimelineData } from '../../src-main/contract/timeline';
import Timeline from '../../src-renderer/src/components/Timeline.svelte';
import { setLocale } from '../../src-renderer/src/i18n';

// Fourteen weeks from Monday 4 January 2016 to Sunday 10 April (97 days: drawn by week); the third week empty.
const TIMELINE: TimelineData = timelineOf([
  ...Array.from({ length: 3 }, () => '2016-01-04'),
  '2016-01-12',
  ...Array.from({ length: 2 }, () => '2016-01-29'),
  ...Array.from({ length: 4 }, () => '2016-02-03'),
  '2016-04-10',
  null,
  null,
]);

function renderTimeline(range: DayRange | null = null, marker: string | null = null, timeline = TIMELINE) {
  const onBrush = vi.fn();
  render(Timeline, { timeline, range, marker, onBrush });
  const brush = screen.getByTestId('timeline-brush');
  // jsdom lays nothing out: the brush is given a width of 600 px, about 43 px a week.
  brush.getBoundingClientRect = () => ({
    left: 0,
    x: 0,
    top: 0,
    y: 0,
    width: 600,
    height: 44,
    right: 600,
    bottom: 44,
    toJSON: () => ({}),
  });
  return { onBrush, brush };
}

describe('The timeline', () => {
  afterEach(() => setLocale('en'));

  it('chooses weeks for a span of fourteen weeks, a bar each, and sums the days into them', () => {
    renderTimeline();
    const titles = screen.getAllByTestId('timeline-bar').map((bar) => bar.querySelector('title')?.textContent);
    expect(titles).toHaveLength(14);
    expect(titles[0]).toBe('4 January 2016 – 10 January 2016: 3 results');
    expect(titles[2]).toBe('18 January 2016 – 24 January 2016: 0 results');
    expect(titles[3]).toBe('25 January 2016 – 31 January 2016: 2 results');
    expect(screen.getByTestId('timeline-chart').getAttribute('aria-label')).toBe(
      'Results by week, 4 January 2016 to 10 April 2016: 11 dated, 2 undated',
    );
  });

  it('lists each week with results, and the undated, in a table for screen readers', () => {
    renderTimeline();
    const rows = within(screen.getByTestId('timeline-table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '4 January 2016 – 10 January 20163',
      '11 January 2016 – 17 January 20161',
      '25 January 2016 – 31 January 20162',
      '1 February 2016 – 7 February 20164',
      '4 April 2016 – 10 April 20161',
      'Undated2',
    ]);
  });

  it('speaks Russian in a Russian interface', () => {
    setLocale('ru');
    renderTimeline();
    expect(screen.getAllByText('Результаты по неделям')).toHaveLength(2); // the heading and the table's caption
    expect(within(screen.getByTestId('timeline-table')).getByText('Без даты')).toBeTruthy();
  });

  it('turns a drag across bars into the range from the first bar’s Monday to the last bar’s Sunday', async () => {
    const { onBrush, brush } = renderTimeline();
    await fireEvent.pointerDown(brush, { button: 0, clientX: 140, pointerId: 1 });
    await fireEvent.pointerMove(brush, { clientX: 100, pointerId: 1 });
    await fireEvent.pointerMove(brush, { clientX: 50, pointerId: 1 });
    expect(document.querySelectorAll('[data-testid="timeline-bar"].lit')).toHaveLength(3);
    expect(onBrush).not.toHaveBeenCalled();
    await fireEvent.pointerUp(brush, { clientX: 50, pointerId: 1 });
    expect(onBrush).toHaveBeenCalledExactlyOnceWith({ from: '2016-01-11', to: '2016-01-31' });
  });

  it('brushes one week with a click on its bar', async () => {
    const { onBrush, brush } = renderTimeline();
    await fireEvent.pointerDown(brush, { button: 0, clientX: 590, pointerId: 1 });
    await fireEvent.pointerUp(brush, { clientX: 590, pointerId: 1 });
    expect(onBrush).toHaveBeenCalledExactlyOnceWith({ from: '2016-04-04', to: '2016-04-10' });
  });

  it('brushes from the keyboard and clears with Escape', async () => {
    const { onBrush, brush } = renderTimeline();
    await fireEvent.keyDown(brush, { key: 'Home' });
    await fireEvent.keyDown(brush, { key: 'ArrowRight' });
    expect(brush.getAttribute('aria-valuetext')).toBe('11 January 2016 – 17 January 2016: 1 result');
    await fireEvent.keyDown(brush, { key: 'ArrowRight', shiftKey: true });
    await fireEvent.keyDown(brush, { key: 'Enter' });
    expect(onBrush).toHaveBeenLastCalledWith({ from: '2016-01-11', to: '2016-01-24' });
  });

  it('shows the brushed range, lights its bars, and clears it in one click', async () => {
    const { onBrush } = renderTimeline({ from: '2016-01-25', to: '2016-02-07' });
    expect(screen.getByTestId('timeline-range').textContent?.trim()).toBe('Dates: 25 January 2016 – 7 February 2016');
    expect(document.querySelectorAll('[data-testid="timeline-bar"].lit')).toHaveLength(2);
    await fireEvent.click(screen.getByTestId('timeline-clear'));
    expect(onBrush).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('lets Escape clear the brushed range from the chart', async () => {
    const { onBrush, brush } = renderTimeline({ from: '2016-01-25', to: '2016-02-07' });
    await fireEvent.keyDown(brush, { key: 'Escape' });
    expect(onBrush).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('marks the open article’s week, and nothing for a day outside the chart', () => {
    renderTimeline(null, '2016-02-03');
    expect(screen.getByTestId('timeline-marker').querySelector('title')?.textContent).toBe(
      'Open article: 3 February 2016',
    );
  });

  it('draws no mark for an article outside the results’ span', () => {
    renderTimeline(null, '2019-05-01');
    expect(screen.queryByTestId('timeline-marker')).toBeNull();
  });
});
