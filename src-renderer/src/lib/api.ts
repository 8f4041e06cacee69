// The renderer's one door to the main process: typed calls from the contract,
// with error envelopes turned into thrown ApiErrors.
import type { ImportSummary } from '../../../src-main/contract/archive';
import type {
  ChannelArgs,
  ChannelResult,
  DispatchArchiveApi,
  ErrorCode,
  EventName,
  Events,
  PageChannel,
} from '../../../src-main/contract/ipc';

declare global {
  interface Window {
    dispatchArchive?: DispatchArchiveApi;
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function bridge(): DispatchArchiveApi {
  const api = window.dispatchArchive;
  if (!api) throw new ApiError('unavailable', 'The app bridge is missing: open Dispatch Archive from its launcher.');
  return api;
}

export async function call<C extends PageChannel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>> {
  const reply = await bridge().invoke(channel, args);
  if (!reply.ok) throw new ApiError(reply.error.code, reply.error.message);
  return reply.value;
}

export function subscribe<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
  return bridge().on(event, listener);
}

/** Imports what the user dropped; the preload finds the paths (the page never names one). */
export async function importDropped(files: readonly File[]): Promise<ImportSummary[]> {
  const reply = await bridge().importDropped(files);
  if (!reply.ok) throw new ApiError(reply.error.code, reply.error.message);
  return reply.value;
}

/** What to show for a failed call: an ApiError's message as main worded it, or whatever was thrown. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
