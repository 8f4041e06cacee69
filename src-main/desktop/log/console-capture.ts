// Sends what the main process prints (the IPC router's "[ipc] … failed" with its
// stack, a library's warning) to the log file as well as the terminal, so an error
// a user reports is in the log folder they can send.
import { format } from 'node:util';
import type { LogLevel } from './log-line';
import type { RotatingLog } from './rotating-log';

const CAPTURED = { error: 'error', warn: 'warn', info: 'info', log: 'info' } as const satisfies Record<
  string,
  LogLevel
>;

/** Wraps the console's methods; returns a function that puts the originals back. */
export function captureConsole(log: Pick<RotatingLog, 'write'>, target: Console = console): () => void {
  const originals = new Map<keyof typeof CAPTURED, (...args: unknown[]) => void>();
  for (const [method, level] of Object.entries(CAPTURED) as [keyof typeof CAPTURED, LogLevel][]) {
    const original = target[method];
    originals.set(method, original);
    target[method] = (...args: unknown[]): void => {
      log.write(level, format(...args));
      original.apply(target, args);
    };
  }
  return () => {
    for (const [method, original] of originals) target[method] = original;
  };
}
