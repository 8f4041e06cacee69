// The Electron entry (src-main/shell/main.ts) started under Node against a stand-in
// Electron (fake-electron.ts): the order of things at launch, a second launch, startup
// failure, crashes, the menu and the window's bounds across a restart, end to end
// through the real service on a temp archive. The real Electron run is tests/electron.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { fakeElectron, FakeWindow, type FakeElectronOptions } from './fake-electron';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEED = join(ROOT, 'seeds/000_068abd54a537aef4.txt');
const FINISHED = 'dispatch-archive:import:finished';
const SETTLES = { timeout: 20_000, interval: 20 };

let work: string;
let dataDir: string;
let wires: string;
const savedArgv = process.argv;
const savedConsole = { ...console };
const processEvents = ['uncaughtException', 'unhandledRejection'] as const;
type ProcessEvent = (typeof processEvents)[number];
type Listener = (...args: unknown[]) => void;
const listenersOf = (event: ProcessEvent): Listener[] => process.listeners(event as 'uncaughtException') as Listener[];
let listenersBefore: Map<ProcessEvent, Listener[]>;
let running: ReturnType<typeof fakeElectron>[] = [];

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-main-'));
  dataDir = join(work, 'archive');
  wires = join(work, 'wires');
  await mkdir(wires);
  await copyFile(SEED, join(wires, 'sana.txt'));
  listenersBefore = new Map(processEvents.map((e) => [e, listenersOf(e)]));
  FakeWindow.all = [];
});

afterEach(async () => {
  for (const fake of running) if (!fake.recorded.quit && fake.recorded.exitCode === null) await quit(fake);
  running = [];
  process.argv = savedArgv;
  delete (process as { defaultApp?: boolean }).defaultApp;
  delete process.env.DISPATCH_ARCHIVE_TEST_DIALOG;
  Object.assign(console, savedConsole);
  for (const event of processEvents) {
    for (const listener of listenersOf(event))
      if (!listenersBefore.get(event)!.includes(listener)) process.off(event as 'uncaughtException', listener);
  }
  await rm(work, { recursive: true, force: true });
});

/** Runs main.ts as `electron out/main/index.js --data <archive> ...args` would. */
async function launch(args: string[] = [], options: Partial<FakeElectronOptions> = {}) {
  const fake = fakeElectron({ userData: join(work, 'default-user-data'), ...options });
  running.push(fake);
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  process.argv = ['/opt/electron/electron', '--inspect=0', join(ROOT, 'out/main/index.js'), '--data', dataDir, ...args];
  (process as { defaultApp?: boolean }).defaultApp = true;
  await import('../../../src-main/shell/main');
  fake.ready();
  return fake;
}

async function quit(fake: ReturnType<typeof fakeElectron>): Promise<void> {
  fake.app.quit();
  await vi.waitFor(() => expect(fake.recorded.quit).toBe(true), SETTLES);
}

const finishedRoots = (): unknown[] =>
  FakeWindow.all.flatMap((w) =>
    w.webContents.sent
      .filter(([channel]) => channel === FINISHED)
      .map(([, summary]) => (summary as { root: string }).root),
  );

const windowShown = () => vi.waitFor(() => expect(FakeWindow.all).toHaveLength(1), SETTLES);

describe('the Electron main process', { timeout: 60_000 }, () => {
  it('imports a folder given on the first command line once the window is ready', async () => {
    await launch([wires]);
    await vi.waitFor(() => expect(finishedRoots()).toEqual([wires]), SETTLES);
  });

  it('takes the lock for the --data archive, handing over its own argv and cwd', async () => {
    const fake = await launch([wires]);
    expect(fake.recorded.lockData).toEqual({ argv: process.argv, cwd: process.cwd() });
    expect(fake.app.getPath('userData')).toBe(dataDir);
    expect(fake.app.getPath('sessionData')).toBe(join(dataDir, 'Chromium'));
    await windowShown(); // started, so quitting afterwards waits for the service to close
  });

  it('serves the page from app://bundle, registering the scheme before ready, never from file://', async () => {
    const fake = await launch();
    await windowShown();
    expect(FakeWindow.all[0]!.url).toBe('app://bundle/index.html');
    expect(fake.recorded.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const serve = fake.recorded.protocols.get('app')!;
    await serve(new Request('app://bundle/assets/index.js'));
    // Run from source, the renderer folder sits beside src-main/shell as out/renderer does beside out/main.
    expect(fake.recorded.fetched).toEqual([`file://${join(ROOT, 'src-main/renderer/assets/index.js')}`]);
    expect((await serve(new Request('app://bundle/..%2f..%2fpackage.json'))).status).toBe(404);
    expect(fake.recorded.fetched).toHaveLength(1);
  });

  it('denies every permission the page asks for or is checked for', async () => {
    const fake = await launch();
    await windowShown();
    expect(fake.recorded.permissionCheck?.({}, 'clipboard-read', 'app://bundle')).toBe(false);
    const answers: boolean[] = [];
    fake.recorded.permissionRequest?.({}, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
  });

  it('loads no ELECTRON_RENDERER_URL page in a packaged app', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    try {
      const fake = fakeElectron({ userData: join(work, 'default-user-data') });
      fake.app.isPackaged = true;
      running.push(fake);
      vi.resetModules();
      vi.doMock('electron', () => fake.module);
      process.argv = ['/opt/dispatch-archive/dispatch-archive', '--data', dataDir];
      await import('../../../src-main/shell/main');
      fake.ready();
      await windowShown();
      expect(FakeWindow.all[0]!.url).toBe('app://bundle/index.html');
    } finally {
      delete process.env.ELECTRON_RENDERER_URL;
    }
  });

  it('quits at once, opening nothing, when another instance holds the lock', async () => {
    const fake = await launch([wires], { lock: false });
    expect(fake.recorded.quitRequests).toBe(1);
    expect(fake.recorded.awaitedReady).toBe(false);
    expect(fake.app.listenerCount('second-instance')).toBe(0);
  });

  it('brings the window to the front on a second launch and imports its folder, resolved in its own cwd', async () => {
    const fake = await launch();
    await windowShown();
    const second = { argv: ['/opt/electron/electron', join(ROOT, 'out/main/index.js'), 'wires'], cwd: work };
    fake.app.emit('second-instance', {}, ['/relayed'], '/', second);
    expect(FakeWindow.all[0]!.focused).toBe(1);
    await vi.waitFor(() => expect(finishedRoots()).toEqual([wires]), SETTLES);
  });

  it('explains an archive saved by a newer version and exits, without opening a window', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(
      join(dataDir, 'catalogue.json'),
      JSON.stringify({ version: 99, articles: {}, files: {}, folders: [] }),
    );
    const fake = await launch();
    await vi.waitFor(() => expect(fake.recorded.exitCode).toBe(1), SETTLES);
    expect(fake.recorded.errorBoxes).toHaveLength(1);
    expect(fake.recorded.errorBoxes[0]![1]).toContain('saved by a newer version of Dispatch Archive');
    expect(FakeWindow.all).toEqual([]);
    expect(await readFile(join(dataDir, 'logs/main.log'), 'utf8')).toMatch(
      /ERROR could not open the archive in .*\n {2}StoreVersionError: /,
    );
  });

  it('opens the window where it was left the last time', async () => {
    const first = await launch();
    await windowShown();
    FakeWindow.all[0]!.setBounds({ x: 140, y: 90, width: 1000, height: 700 });
    await quit(first);
    FakeWindow.all = [];
    await launch();
    await windowShown();
    expect(FakeWindow.all[0]!.options).toMatchObject({ x: 140, y: 90, width: 1000, height: 700 });
  });

  it('opens a window left maximised maximised, keeping its normal bounds for un-maximising', async () => {
    const first = await launch();
    await windowShown();
    const win = FakeWindow.all[0]!;
    win.setBounds({ x: 140, y: 90, width: 1000, height: 700 });
    win.maximize();
    win.emit('maximize');
    await quit(first);
    FakeWindow.all = [];
    await launch();
    await windowShown();
    await vi.waitFor(() => expect(FakeWindow.all[0]!.maximized).toBe(true), SETTLES);
    expect(FakeWindow.all[0]!.options).toMatchObject({ x: 140, y: 90, width: 1000, height: 700 });
  });

  it("imports the folder DISPATCH_ARCHIVE_TEST_DIALOG names from the menu's Import Folder…", async () => {
    process.env.DISPATCH_ARCHIVE_TEST_DIALOG = wires;
    const fake = await launch();
    await windowShown();
    const file = fake.recorded.menu!.find((m) => m.label === '&File' || m.label === 'File')!;
    const item = (file.submenu as MenuItemConstructorOptions[]).find((i) => i.id === 'import-folder')!;
    (item.click as () => void)();
    await vi.waitFor(() => expect(finishedRoots()).toEqual([wires]), SETTLES);
  });

  it('logs an uncaught error with its stack and shows a dialog for the first one only', async () => {
    const fake = await launch();
    await windowShown();
    const [report] = listenersOf('uncaughtException').filter(
      (l) => !listenersBefore.get('uncaughtException')!.includes(l),
    );
    report!(new Error('first failure'), 'uncaughtException');
    report!(new Error('second failure'), 'uncaughtException');
    expect(fake.recorded.errorBoxes.map(([title]) => title)).toEqual(['Dispatch Archive ran into a problem']);
    const log = await readFile(join(dataDir, 'logs/main.log'), 'utf8');
    expect(log).toMatch(/ERROR uncaught exception in the main process\n {2}Error: first failure\n {6}at /);
    expect(log).toContain('Error: second failure');
  });

  it('offers Reload when the page crashes, and reloads it', async () => {
    const fake = await launch();
    await windowShown();
    const win = FakeWindow.all[0]!;
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await vi.waitFor(() => expect(win.webContents.reloads).toBe(1), SETTLES);
    expect(fake.recorded.messageBoxes.map((b) => b.buttons)).toEqual([['Reload', 'Quit']]);
  });

  it('says which handed paths could not be imported', async () => {
    const fake = await launch([join(work, 'no-such-folder')]);
    await vi.waitFor(() => expect(fake.recorded.messageBoxes).toHaveLength(1), SETTLES);
    expect(fake.recorded.messageBoxes[0]).toMatchObject({ title: 'Could not import' });
  });
});
