import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { DROP_CHANNEL, IPC_PREFIX, PAGE_CHANNELS, type Channel } from '../contract/channels';
import { routeCall } from '../core/ipc-router';
import type { ArchiveService } from '../core/service';

/**
 * Wires the page's channels to the service, and service events to the window. Of the
 * channels that take a path to read, only the drop's crosses IPC, sent by the preload
 * (contract/channels.ts, PATH_CHANNELS): the page can never name a path itself.
 */
export function registerIpc(
  service: Pick<ArchiveService, 'handlers' | 'onEvent'>,
  getWindow: () => BrowserWindow | null,
  isTrusted: (e: IpcMainInvokeEvent) => boolean,
  warn: (message: string) => void,
): () => void {
  const channels: readonly Channel[] = [...PAGE_CHANNELS, DROP_CHANNEL];
  for (const channel of channels) {
    ipcMain.handle(IPC_PREFIX + channel, async (event, payload: unknown) => {
      // Only our own page may call in: a frame navigated elsewhere gets nothing.
      if (!isTrusted(event)) {
        warn(`ipc ${channel} refused: untrusted sender ${event.senderFrame?.url ?? '(gone)'}`);
        return { ok: false, error: { code: 'invalid-channel', message: 'untrusted sender' } };
      }
      const result = await routeCall(service.handlers, channel, payload);
      // Internal errors are already logged with their stack by routeCall (console.error reaches the log).
      if (!result.ok && result.error.code !== 'internal')
        warn(`ipc ${channel} failed: ${result.error.code}: ${result.error.message}`);
      return result;
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
