// The renderer at scale (issue 20): the built renderer in Chromium against the real
// service over an archive of N synthetic articles (default 1,000,000), reporting the
// longest frame and the long tasks while the list scrolls top to bottom, while a facet
// is clicked and while the timeline is brushed. It prints figures and asserts none.
// tests/e2e/large-archive.spec.ts does the same at 100k inside `npm test`; at 1M the
// archive alone takes minutes to build, so this is a bench, not a test.
// Run: npm run build && npm run bench:render -- [N] [--scaled-from M] [--data DIR]
// With --scaled-from M the store holds M articles and the harness answers as N would
// (bench/render-scaled.ts): a 1M store cannot be built and read back yet (see there).
// The archive is built once through the real importer into DIR (default /tmp/da-render-N)
// from JSON Lines in DIR.source, and reused by later runs; delete both to rebuild it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { ArchiveService } from '../src-main/core/service';
import { BROWSER_ARGS, BROWSER_MISSING, BROWSER_PATH } from '../tests/harness/browser';
import { installBridge } from '../tests/harness/bridge';
import {
  brushTimeline,
  describeFrames,
  scrollListThrough,
  startFrameRecorder,
  stopFrameRecorder,
  type FrameFigures,
} from '../tests/harness/frame-recorder';
import { RENDERER_DIR, startHarness } from '../tests/harness/server';
import { rssSampler, timed } from './measure';
import { renderArticle, RENDER_FILE_LINES } from './render-archive';
import { scaledHandlers } from './render-scaled';

/** Marks a data folder this bench built, with its article count: only such a folder is reused or replaced. */
const MARKER = '.render-bench';
const SCREENSHOTS = resolve(import.meta.dirname, '../test-results/screenshots');

interface Built {
  articles: number;
  /** Null when the archive was reused from an earlier run. */
  buildMs: number | null;
  buildRssMb: number | null;
}

/** JSON Lines files of RENDER_FILE_LINES articles each, so the parse workers share the work. */
function writeSource(folder: string, n: number): void {
  mkdirSync(folder, { recursive: true });
  for (let start = 0; start < n; start += RENDER_FILE_LINES) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(n, start + RENDER_FILE_LINES); i++)
      lines.push(JSON.stringify(renderArticle(i, n)));
    writeFileSync(join(folder, `part-${String(start / RENDER_FILE_LINES).padStart(4, '0')}.jsonl`), lines.join('\n'));
  }
}

async function buildArchive(dataDir: string, n: number): Promise<Built> {
  const marker = join(dataDir, MARKER);
  if (existsSync(marker)) {
    const held = Number(readFileSync(marker, 'utf8'));
    if (held !== n)
      throw new Error(`${dataDir} holds the render bench's ${held} articles, not ${n}; choose another --data`);
    return { articles: n, buildMs: null, buildRssMb: null };
  }
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
    throw new Error(`${dataDir} is not empty and was not built by bench:render for N = ${n}; choose another --data`);
  // Kept beside the data: the archive watches its source folder, as the app does.
  const source = `${dataDir}.source`;
  rmSync(source, { recursive: true, force: true });
  writeSource(source, n);
  const sampler = rssSampler();
  try {
    // The per-file time budget guards users from hostile files; on a shared machine at load
    // ~19 a 1,000-line file of these went over the default 10 s, and this bench is about
    // the renderer, not the import's speed (`npm run bench` measures that).
    const service = await ArchiveService.open({ dataDir, parse: { fileBudgetMs: 300_000 } });
    const built = await timed(() => service.importFolder(source));
    await service.close();
    if (built.value.imported !== n)
      throw new Error(
        `imported ${built.value.imported} of ${n} articles: ${JSON.stringify(built.value.rejected.slice(0, 3))}`,
      );
    writeFileSync(marker, `${n}\n`);
    return { articles: n, buildMs: built.ms, buildRssMb: sampler.stop().maxRssMb };
  } catch (err) {
    // A half-built archive must not be mistaken for a whole one, nor block the next run.
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(source, { recursive: true, force: true });
    throw err;
  }
}

/** The number the result count shows. */
async function total(page: Page): Promise<number> {
  return Number(((await page.getByTestId('result-count').textContent()) ?? '').replace(/\D/g, ''));
}

/** Waits until the result count shows something other than `from` (the narrowed list's answer). */
async function totalChanges(page: Page, from: number): Promise<number> {
  await page.waitForFunction(
    (before) =>
      Number((document.querySelector('[data-testid="result-count"]')?.textContent ?? '').replace(/\D/g, '')) !== before,
    from,
    { timeout: 120_000, polling: 50 },
  );
  return total(page);
}

async function measured(page: Page, action: () => Promise<void>): Promise<FrameFigures> {
  await startFrameRecorder(page);
  await action();
  return stopFrameRecorder(page);
}

interface Interactions {
  /** From navigation to the result count showing all N: the renderer's startup to its first page. */
  firstPageMs: number;
  figures: Record<string, FrameFigures & { detail: string }>;
}

const showsCount = (page: Page, n: number): Promise<unknown> =>
  page.waitForFunction(
    (count) =>
      document.querySelector('[data-testid="result-count"]')?.textContent?.replace(/\D/g, '') === String(count),
    n,
    { timeout: 120_000, polling: 50 },
  );

async function interactions(page: Page, n: number): Promise<Interactions> {
  const opened = await timed(async () => {
    await page.goto('/');
    await showsCount(page, n);
  });
  const scroll = await measured(page, () => scrollListThrough(page, 400));
  const option = page.getByTestId('facet-agency').getByTestId('facet-option').first();
  const agency = (await option.getAttribute('data-value')) ?? '?';
  let narrowed = 0;
  const facet = await measured(page, async () => {
    await option.click();
    narrowed = await totalChanges(page, n);
  });
  await option.click();
  await showsCount(page, n);
  let brushed = 0;
  const brush = await measured(page, async () => {
    await brushTimeline(page);
    brushed = await totalChanges(page, n);
    await scrollListThrough(page, 200);
  });
  return {
    firstPageMs: opened.ms,
    figures: {
      'scroll the list top to bottom (400 steps)': { ...scroll, detail: `${n.toLocaleString('en-US')} rows` },
      'click an agency facet': { ...facet, detail: `${agency}: ${narrowed.toLocaleString('en-US')} articles` },
      'brush the timeline, scroll the narrowed list (200 steps)': {
        ...brush,
        detail: `${brushed.toLocaleString('en-US')} articles`,
      },
    },
  };
}

const USAGE = 'usage: npm run bench:render -- [N] [--scaled-from M] [--data DIR]';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dataArg = option(args, '--data');
  const scaledArg = option(args, '--scaled-from');
  const n = Number(args[0] ?? 1_000_000);
  // --scaled-from M: a real archive of M articles answered as N (bench/render-scaled.ts).
  const stored = scaledArg === undefined ? n : Number(scaledArg);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(stored) || stored < 1 || n % stored !== 0)
    throw new Error(`${USAGE}\n(N and M whole numbers, N a multiple of M)`);
  if (BROWSER_MISSING) throw new Error(BROWSER_MISSING);
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error(`no built renderer in ${RENDERER_DIR}: run npm run build first`);
  const dataDir = resolve(dataArg ?? join(tmpdir(), `da-render-${stored}`));
  const scaled = stored === n ? '' : `, answered ${n / stored} × over ${stored.toLocaleString('en-US')} stored`;
  console.log(
    `render bench: ${n.toLocaleString('en-US')} articles${scaled} in ${dataDir}; load average ${loadavg()[0]!.toFixed(1)}`,
  );
  const built = await buildArchive(dataDir, stored);
  console.log(
    built.buildMs === null
      ? 'archive: reused (built by an earlier run)'
      : `archive: built through the real importer in ${(built.buildMs / 1000).toFixed(1)} s, peak RSS ${built.buildRssMb!.toFixed(0)} MB; load average ${loadavg()[0]!.toFixed(1)}`,
  );
  const harness = await startHarness(
    { dataDir },
    stored === n ? {} : { handlers: (handlers) => scaledHandlers(handlers, n / stored) },
  );
  // The app restores the last view when the address has none: a run that ended brushed
  // would start the next one narrowed (tests/harness/fixtures.ts clears it the same way).
  await harness.service.handlers['ui-state:set']({ lastView: '' });
  const browser = await chromium.launch({ executablePath: BROWSER_PATH, args: BROWSER_ARGS });
  try {
    const context = await browser.newContext({
      baseURL: harness.url,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
      timezoneId: 'UTC',
    });
    await context.addInitScript(installBridge);
    // tsx compiles this file with esbuild's keepNames, which wraps the functions handed to
    // page.evaluate in a `__name` helper the page lacks; Playwright's own runner does not.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const page = await context.newPage();
    const { firstPageMs, figures } = await interactions(page, n);
    console.log(`page load to the list showing all ${n.toLocaleString('en-US')}: ${firstPageMs.toFixed(0)} ms`);
    for (const [what, f] of Object.entries(figures)) console.log(`${what}: ${f.detail}; ${describeFrames(f)}`);
    // Beside the e2e specs' screenshots, to look at what was measured.
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `render-bench-${n}.png`) });
    console.log(`load average ${loadavg()[0]!.toFixed(1)}`);
  } finally {
    await browser.close();
    await harness.close();
  }
}

await main();
