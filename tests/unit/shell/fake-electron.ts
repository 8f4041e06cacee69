// A stand-in for the parts of Electron the shell uses, so src-main/shell/main.ts can be
// started under Node (there is no Electron binary on the build machines). It records
// what the shell asked for (windows, dialogs, menu, IPC handlers) and lets a test play
// the events Electron would send (ready, second-instance, a crash, quit).
import { EventEmitter } from 'node:events';
import type { MenuItemConstructorOptions } from 'electron';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FakeElectronOptions {
  userData: string;
  /** False: another instance holds the lock. */
  lock?: boolean;
  workArea?: Bounds;
  /** The button index every message box answers. */
  messageBoxResponse?: number;
}

export class FakeWebContents extends EventEmitter {
  readonly sent: [string, unknown][] = [];
  reloads = 0;
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  reload(): void {
    this.reloads++;
  }
  setWindowOpenHandler(): void {}
}

export class FakeWindow extends EventEmitter {
  static all: FakeWindow[] = [];
  static getAllWindows(): FakeWindow[] {
    return FakeWindow.all.filter((w) => !w.destroyed);
  }
  readonly webContents = new FakeWebContents();
  bounds: Bounds;
  maximized = false;
  focused = 0;
  destroyed = false;
  /** What the shell loaded into the window. */
  url: string | null = null;
  constructor(readonly options: Partial<Bounds> & Record<string, unknown>) {
    super();
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    FakeWindow.all.push(this);
  }
  async loadFile(path: string): Promise<void> {
    this.url = `file://${path}`;
    setImmediate(() => this.emit('ready-to-show'));
  }
  async loadURL(url: string): Promise<void> {
    this.url = url;
    setImmediate(() => this.emit('ready-to-show'));
  }
  setBounds(bounds: Bounds): void {
    this.bounds = bounds;
    this.emit('move');
  }
  getNormalBounds(): Bounds {
    return { ...this.bounds };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  restore(): void {}
  show(): void {}
  focus(): void {
    this.focused++;
  }
  close(): void {
    this.emit('close', { preventDefault() {} });
    this.destroyed = true;
    this.emit('closed');
  }
}

export function fakeElectron(options: FakeElectronOptions) {
  const paths = new Map([['userData', options.userData]]);
  const recorded = {
    lockData: undefined as unknown,
    errorBoxes: [] as [string, string][],
    messageBoxes: [] as { title?: string; buttons?: string[] }[],
    menu: null as MenuItemConstructorOptions[] | null,
    ipc: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
    exitCode: null as number | null,
    quitRequests: 0,
    /** main.ts waited for `ready` (it does only once it holds the lock). */
    awaitedReady: false,
    quit: false,
    /** Schemes registered as privileged before ready, and the handlers of app protocols after. */
    privilegedSchemes: [] as { scheme: string; privileges?: Record<string, boolean> }[],
    protocols: new Map<string, (request: Request) => Response | Promise<Response>>(),
    /** Whether the session denies permission checks and requests. */
    permissionCheck: null as null | ((...args: unknown[]) => boolean),
    permissionRequest: null as null | ((...args: unknown[]) => void),
    fetched: [] as string[],
  };
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const app = Object.assign(new EventEmitter(), {
    name: 'Dispatch Archive',
    isPackaged: false,
    getPath: (name: string) => paths.get(name) ?? `/nonexistent/${name}`,
    setPath: (name: string, path: string) => void paths.set(name, path),
    getVersion: () => '0.1.0-test',
    requestSingleInstanceLock: (data: unknown) => ((recorded.lockData = data), options.lock ?? true),
    whenReady: () => ((recorded.awaitedReady = true), ready),
    isReady: (): boolean => false,
    setAboutPanelOptions: () => {},
    exit: (code: number) => void (recorded.exitCode = code),
    // As Electron does: close the windows, then will-quit, which a listener may hold off.
    quit: () => {
      recorded.quitRequests++;
      for (const win of FakeWindow.getAllWindows()) win.close();
      let held = false;
      app.emit('will-quit', { preventDefault: () => (held = true) });
      if (!held) recorded.quit = true;
    },
  });
  const workArea = options.workArea ?? { x: 0, y: 0, width: 1920, height: 1080 };
  const module = {
    app,
    BrowserWindow: FakeWindow,
    screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: (...args: unknown[]) => void) =>
          void (recorded.permissionRequest = handler),
        setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) =>
          void (recorded.permissionCheck = handler),
        webRequest: { onBeforeRequest: () => {} },
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string; privileges?: Record<string, boolean> }[]) => {
        // As Electron: only before ready.
        if (app.isReady()) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
        recorded.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) =>
        void recorded.protocols.set(scheme, handler),
    },
    net: {
      fetch: async (url: string) => {
        recorded.fetched.push(url);
        return new Response(`fetched ${url}`);
      },
    },
    dialog: {
      showErrorBox: (title: string, content: string) => void recorded.errorBoxes.push([title, content]),
      showMessageBox: async (...args: unknown[]) => {
        recorded.messageBoxes.push(args.at(-1) as { title?: string; buttons?: string[] });
        return { response: options.messageBoxResponse ?? 0 };
      },
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    shell: { openPath: async () => '', openExternal: async () => {} },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (menu: MenuItemConstructorOptions[]) => void (recorded.menu = menu),
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) =>
        void recorded.ipc.set(channel, handler),
      removeHandler: (channel: string) => void recorded.ipc.delete(channel),
    },
  };
  return { module, app, recorded, ready: () => ((app.isReady = () => true), markReady()) };
}
