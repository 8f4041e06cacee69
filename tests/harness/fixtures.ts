// Playwright fixtures for the e2e specs: a real ArchiveService behind the HTTP bridge
// in a temporary data directory, pages with the bridge installed, and every console
// error, page error and CSP violation collected and required to be absent.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { openChromiumPdfRenderer } from '../../src-main/core/export/pdf-chromium';
import { installBridge } from './bridge';
import { BROWSER_MISSING } from './browser';
import { startHarness, type Harness } from './server';
import type { ServiceOptions } from '../../src-main/core/service-options';

export { expect };

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

/** The spec file's archive: the harness, its temp folders, and the answers of the native dialogs. */
export class Archive {
  /** What the app's "choose a folder" dialog answers; null is a cancelled dialog. */
  chooseFolder: string | null = null;
  /**
   * What the export's save dialog answers (a file, or a folder for one file per
   * article); null is a cancelled dialog. `replace`: the user confirmed overwriting.
   */
  exportTarget: { path: string; replace: boolean } | null = null;
  /** While set, the save dialog answers only once it settles: the export can be seen running (and cancelled) meanwhile. */
  exportTargetHeld: Promise<void> | null = null;
  /** What the "choose a backup to restore" dialog answers; null is a cancelled dialog. */
  backupFile: string | null = null;
  /** Every path "Show in folder" was asked to show, in order. */
  readonly revealed: string[] = [];
  #harness!: Harness;

  private constructor(
    /** A temporary folder the spec may fill with dispatches; removed with the archive. */
    readonly workDir: string,
    readonly dataDir: string,
  ) {}

  static async start(name: string, parse?: ServiceOptions['parse']): Promise<Archive> {
    const workDir = await mkdtemp(join(tmpdir(), `da-e2e-${name}-`));
    const archive = new Archive(workDir, join(workDir, 'data'));
    archive.#harness = await startHarness({
      dataDir: archive.dataDir,
      chooseFolder: async () => archive.chooseFolder,
      chooseExportTarget: async () => {
        await archive.exportTargetHeld;
        return archive.exportTarget;
      },
      chooseBackupFile: async () => archive.backupFile,
      showItem: async (path) => {
        archive.revealed.push(path);
        return true;
      },
      // The CLI's engine: the same print HTML the app renders with printToPDF.
      openPdfRenderer: () => openChromiumPdfRenderer(),
      parse,
    });
    return archive;
  }

  get url(): string {
    return this.#harness.url;
  }

  get service(): Harness['service'] {
    return this.#harness.service;
  }

  /** Reopens the service on the same data directory, as a relaunched app would. */
  restart(): Promise<void> {
    return this.#harness.restart();
  }

  async close(): Promise<void> {
    await this.#harness.close();
    await rm(this.workDir, { recursive: true, force: true });
  }
}

interface TestFixtures {
  skipWithoutBrowser: void;
  /** Console errors, uncaught page errors and CSP violations seen by this test's pages. */
  pageErrors: string[];
  /** Opens the app in a new browser context: no storage shared with `page`, as after a relaunch. */
  openFreshApp: (hash?: string) => Promise<Page>;
}

interface WorkerFixtures {
  /** Names the spec file's archive. Setting it with test.use gives the file its own worker, so its own archive. */
  archiveName: string;
  /** The import's parse options for the spec file's archive (large-archive.spec.ts widens the per-file time budget). */
  archiveParse: ServiceOptions['parse'];
  archive: Archive;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  archiveName: ['default', { scope: 'worker', option: true }],

  archiveParse: [undefined, { scope: 'worker', option: true }],

  archive: [
    async ({ archiveName, archiveParse }, use) => {
      const archive = await Archive.start(archiveName, archiveParse);
      await use(archive);
      await archive.close();
    },
    { scope: 'worker' },
  ],

  // Automatic and needing nothing, so a missing browser skips the test before Playwright tries to launch it.
  // (A file's beforeAll still runs first: its imports cost time, but no Chromium.)
  skipWithoutBrowser: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; there are none.
    async ({}, use, testInfo) => {
      testInfo.skip(BROWSER_MISSING !== null, BROWSER_MISSING ?? '');
      await use();
    },
    { auto: true },
  ],

  baseURL: async ({ archive }, use) => {
    await use(archive.url);
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; there are none.
  pageErrors: async ({}, use) => {
    const errors: string[] = [];
    await use(errors);
    expect(errors, 'console errors, page errors or CSP violations').toEqual([]);
  },

  context: async ({ context, pageErrors, archive }, use) => {
    // Each test opens the app on a fresh view. The app restores the last view when the
    // address has none, and a test that ran over 500 ms after its last search saved it,
    // so the next test in the file started filtered by that search (reader.spec's Arabic
    // row went missing under load).
    await archive.service.handlers['ui-state:set']({ lastView: '' });
    await prepareContext(context, pageErrors);
    await use(context);
  },

  openFreshApp: async ({ browser, baseURL, viewport, locale, timezoneId, pageErrors }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (hash = '') => {
      const context = await browser.newContext({ baseURL, viewport, locale, timezoneId });
      contexts.push(context);
      await prepareContext(context, pageErrors);
      const page = await context.newPage();
      await page.goto(`/${hash}`);
      return page;
    });
    for (const context of contexts) await context.close();
  },
});

async function prepareContext(context: BrowserContext, errors: string[]): Promise<void> {
  await context.addInitScript(installBridge);
  await context.addInitScript(reportCspViolations);
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  context.on('weberror', (error) => errors.push(`page: ${error.error().message}`));
}

// Chromium logs most CSP refusals to the console, but not all (e.g. a blocked
// inline handler in some builds); the DOM event catches every one.
function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
  });
}

/** Saves a full-window screenshot as test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}
