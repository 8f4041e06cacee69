import { CHANNELS, isChannel, type Envelope, type ErrorCode } from '../contract/ipc';
import { BusyError, InvalidRequestError, NotFoundError, WriteFailedError } from './errors';
import { ImportError } from './import/import-folder';
import type { ContractHandlers } from '../contract/ipc';

/**
 * Validates and dispatches one call from the renderer. Shared by the Electron
 * shell and the e2e harness, so the only thing tests swap is the transport.
 * Everything from the renderer is untrusted: unknown channels and payloads that
 * fail their schema are refused before any handler runs.
 */
export async function routeCall(
  handlers: ContractHandlers,
  channel: unknown,
  payload: unknown,
): Promise<Envelope<unknown>> {
  if (!isChannel(channel))
    return failure('invalid-channel', `unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}`);
  const parsed = CHANNELS[channel].args.safeParse(payload ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ');
    return failure('invalid-args', `${channel}: ${detail}`);
  }
  try {
    const handler = handlers[channel] as (args: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof BusyError) return failure('busy', err.message);
    if (err instanceof ImportError) return failure('import-failed', err.message);
    if (err instanceof NotFoundError) return failure('not-found', err.message);
    if (err instanceof InvalidRequestError) return failure('invalid-args', `${channel}: ${err.message}`);
    if (err instanceof WriteFailedError) return failure('write-failed', err.message);
    console.error(`[ipc] ${channel} failed`, err);
    return failure('internal', err instanceof Error ? err.message : String(err));
  }
}

function failure(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}
