// The only bridge between the page and Electron: it exposes the contract's
// `invoke` and `on`, and never `ipcRenderer` itself (Signal Desktop's pattern).
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { DROP_CHANNEL, IPC_PREFIX, isEventName, isPageChannel } from '../contract/channels';
import type { DispatchArchiveApi } from '../contract/ipc';

const api: DispatchArchiveApi = {
  invoke(channel, args) {
    // Refuse here too, so a compromised page cannot probe other ipcMain handlers, nor
    // name a path for main to read (contract/channels.ts, PATH_CHANNELS).
    if (!isPageChannel(channel)) return Promise.reject(new Error(`unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(IPC_PREFIX + channel, args);
  },
  on(event, listener) {
    if (!isEventName(event)) throw new Error(`unknown event ${String(event)}`);
    const wrapped = (_e: IpcRendererEvent, payload: unknown): void => listener(payload as never);
    ipcRenderer.on(IPC_PREFIX + event, wrapped);
    return () => ipcRenderer.removeListener(IPC_PREFIX + event, wrapped);
  },
  // Since Electron 32 a dropped File carries no `path`; webUtils is the supported way to get
  // it, and it gives '' for a File a script made, so only what the user dropped has a path.
  importDropped(files) {
    const paths = [...files].map((file) => webUtils.getPathForFile(file)).filter((path) => path !== '');
    if (paths.length === 0) return Promise.resolve({ ok: true, value: [] });
    return ipcRenderer.invoke(IPC_PREFIX + DROP_CHANNEL, { paths: paths.slice(0, 100) });
  },
};

contextBridge.exposeInMainWorld('dispatchArchive', api);
