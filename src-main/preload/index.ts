// The only bridge between the page and Electron: it exposes the contract's
// `invoke` and `on`, and never `ipcRenderer` itself (Signal Desktop's pattern).
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { IPC_PREFIX, isChannel, isEventName } from '../contract/channels';
import type { DispatchArchiveApi } from '../contract/ipc';

const api: DispatchArchiveApi = {
  invoke(channel, args) {
    // Refuse here too, so a compromised page cannot probe other ipcMain handlers.
    if (!isChannel(channel)) return Promise.reject(new Error(`unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(IPC_PREFIX + channel, args);
  },
  on(event, listener) {
    if (!isEventName(event)) throw new Error(`unknown event ${String(event)}`);
    const wrapped = (_e: IpcRendererEvent, payload: unknown): void => listener(payload as never);
    ipcRenderer.on(IPC_PREFIX + event, wrapped);
    return () => ipcRenderer.removeListener(IPC_PREFIX + event, wrapped);
  },
  // Since Electron 32 a dropped File carries no `path`; webUtils is the supported way to get it.
  pathForDroppedFile(file) {
    return webUtils.getPathForFile(file);
  },
};

contextBridge.exposeInMainWorld('dispatchArchive', api);
