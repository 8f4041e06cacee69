// The CLI's one door onto the archive: the service is opened once per command, what
// opening it found is printed, every call goes through the same validating router as
// the app's IPC (so a tag name or a folder is refused here exactly as there), and the
// service is closed at the end, its user data flushed.
import type { Channel, ChannelArgs, ChannelResult, EventListener } from '../contract/ipc';
import { routeCall } from '../core/ipc-router';
import { ArchiveService, type ServiceOptions } from '../core/service';
import { warnStore } from './print';

/** A call the router refused or a handler failed; printed as `error: …`, exit 1. */
export class CliCallError extends Error {}

export interface ArchiveDoor {
  readonly dataDir: string;
  call<C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>>;
  onEvent(listener: EventListener): () => void;
}

export interface DoorOptions extends ServiceOptions {
  /** Print the store's warnings on opening (stats prints them itself, with its figures). */
  warn?: boolean;
}

export async function withArchive<T>(
  { warn = true, ...options }: DoorOptions,
  use: (door: ArchiveDoor) => Promise<T>,
): Promise<T> {
  const service = await ArchiveService.open(options);
  try {
    if (warn) warnStore(service.storeWarnings);
    return await use({
      dataDir: options.dataDir,
      call: async (channel, args) => {
        const reply = await routeCall(service.handlers, channel, args);
        if (!reply.ok) throw new CliCallError(reply.error.message);
        return reply.value as ChannelResult<typeof channel>;
      },
      onEvent: (listener) => service.onEvent(listener),
    });
  } finally {
    await service.close();
  }
}
