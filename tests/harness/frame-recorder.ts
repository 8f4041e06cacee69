// Records, in the page, every animation frame's length and every long task while an
// interaction runs: what "smooth" means for the list, a facet click and the timeline.
// Shared by tests/e2e/large-archive.spec.ts (100k) and bench/render.ts (1M); both report
// the figures and assert none (a shared machine makes any threshold flaky).
import type { Page } from '@playwright/test';

export interface FrameFigures {
  frames: number;
  longestFrameMs: number;
  longTasks: number;
  longestTaskMs: number;
  /** Wall time from the start of recording to its end, the settling wait included. */
  ms: number;
}

interface PagePerf {
  tasks: number[];
  longestFrame: number;
  frames: number;
  stop: boolean;
  started: number;
  observer: PerformanceObserver;
}

/** Starts recording; page.evaluate runs this function in the page, so it closes over nothing. */
export async function startFrameRecorder(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    const observer = new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const perf = { tasks, longestFrame: 0, frames: 0, stop: false, started: performance.now(), observer };
    Object.assign(window, { __framePerf: perf });
    let prev = performance.now();
    const tick = (now: number): void => {
      perf.longestFrame = Math.max(perf.longestFrame, now - prev);
      perf.frames++;
      prev = now;
      if (!perf.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Lets the last answers arrive and their tasks be observed (half a second), then stops and reports. */
export async function stopFrameRecorder(page: Page): Promise<FrameFigures> {
  return page.evaluate(async () => {
    await new Promise((done) => setTimeout(done, 500));
    const perf = (window as unknown as { __framePerf: PagePerf }).__framePerf;
    perf.stop = true;
    perf.observer.disconnect();
    return {
      frames: perf.frames,
      longestFrameMs: perf.longestFrame,
      longTasks: perf.tasks.length,
      longestTaskMs: Math.max(0, ...perf.tasks),
      ms: performance.now() - perf.started,
    };
  });
}

/** Scrolls the article list from top to bottom in `steps` steps, one per animation frame. */
export async function scrollListThrough(page: Page, steps: number): Promise<void> {
  await page.getByTestId('article-list').evaluate(async (list, count) => {
    const frame = (): Promise<number> => new Promise((done) => requestAnimationFrame(done));
    for (let i = 1; i <= count; i++) {
      list.scrollTop = (list.scrollHeight - list.clientHeight) * (i / count);
      await frame();
    }
  }, steps);
}

/** Drags across the timeline's brush from 20% to 60% of its width, as a user narrowing the dates. */
export async function brushTimeline(page: Page): Promise<void> {
  const box = await page.getByTestId('timeline-brush').boundingBox();
  if (!box) throw new Error('the timeline brush is not on screen');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 20 });
  await page.mouse.up();
}

export const describeFrames = (f: FrameFigures): string =>
  `${f.longTasks} long tasks, longest ${f.longestTaskMs.toFixed(0)} ms; longest frame ${f.longestFrameMs.toFixed(0)} ms over ${f.frames} frames`;
