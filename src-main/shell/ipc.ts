import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX } from '../contract/channels';
import { routeCall } from '../core/ipc-router';
import type { ArchiveService } from '../core/service';

/** Wires every contract channel to the service, and service events to the window. */
export function registerIpc(service: ArchiveService, getWindow: () => BrowserWindow | null, isTrusted: (e: IpcMainInvokeEvent) => boolean): () => void {
  const channels = CHANNEL_NAMES;
  for (const channel of channels) {
    ipcMain.handle(IPC_PREFIX + channel, (event, payload: unknown) => {
      // Only our own page may call in: a frame navigated elsewhere gets nothing.
      if (!isTrusted(event)) return { ok: false, error: { code: 'invalid-channel', message: 'untrusted sender' } };
      return routeCall(service.handlers, channel, payload);
    });
  }
  const unsubscribe = service.onEvent((event, payload) => {
    getWindow()?.webContents.send(IPC_PREFIX + event, payload);
  });
  return () => {
    unsubscribe();
    for (const channel of channels) ipcMain.removeHandler(IPC_PREFIX + channel);
  };
}
