import { vi } from 'vitest';
import type {
  Channel,
  ChannelArgs,
  ChannelResult,
  DispatchArchiveApi,
  Envelope,
  ErrorCode,
  PageChannel,
} from '../../src-main/contract/ipc';

/** main's answer to one channel, as main would send it: the result, or a promise of it (a reply held back). */
export type StubReply<C extends Channel> = (args: ChannelArgs<C>) => ChannelResult<C> | Promise<ChannelResult<C>>;

/**
 * The channels a test answers, each typed by the contract's result for it, so a stub
 * cannot send what main never would (a tag list that is not an array, an article
 * without its text): `npm run typecheck` fails on it.
 */
export type StubReplies = { [C in Channel]?: StubReply<C> };

/** A reply that never comes: main is still working when the test looks. */
export const pending = (): Promise<never> => new Promise<never>(() => {});

/**
 * Answers a call as main does: the channel's reply in an ok envelope. A channel the
 * test did not stub fails as if main could not answer, so a reply the test forgot shows
 * as an error rather than as a made-up value.
 */
async function answer<C extends Channel>(
  replies: StubReplies,
  channel: C,
  args: ChannelArgs<C>,
): Promise<Envelope<ChannelResult<C>>> {
  const reply = replies[channel];
  if (!reply) return { ok: false, error: { code: 'unavailable', message: `no reply stubbed for ${channel}` } };
  return { ok: true, value: await reply(args) };
}

/**
 * Stands in for the preload's `window.dispatchArchive`: every call answers with what
 * `replies` gives for its channel, and the mock records what the component asked for.
 */
export function stubBridge(replies: StubReplies = {}) {
  const invoke = vi.fn(<C extends PageChannel>(channel: C, args: ChannelArgs<C>) => answer(replies, channel, args));
  // The preload sends a drop's paths on import:paths; here a dropped File's name stands for its path.
  const importDropped = vi.fn((files: readonly File[]) =>
    answer(replies, 'import:paths', { paths: files.map((f) => f.name) }),
  );
  const api: DispatchArchiveApi = { invoke, on: () => () => {}, importDropped };
  window.dispatchArchive = api;
  return { invoke, importDropped, api };
}

/** A bridge on which `channel` fails with `message` (as main's error envelope, `code` as given); every other call answers from `replies`. */
export function stubBridgeFailing(
  channel: PageChannel,
  message: string,
  replies: StubReplies = {},
  code: ErrorCode = 'internal',
) {
  const stub = stubBridge(replies);
  stub.invoke.mockImplementation(async (name, args) =>
    name === channel ? { ok: false, error: { code, message } } : answer(replies, name, args),
  );
  return stub;
}
