// One entry of the main process's log: a line that starts with the ISO time and the
// level, so `grep ERROR main.log` finds every failure, then any further lines of the
// message or the error's stack indented beneath it.
import { inspect } from 'node:util';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function formatLogLine(time: Date, level: LogLevel, message: string, error?: unknown): string {
  const details = error === undefined ? '' : `\n${describeError(error)}`;
  const [first = '', ...rest] = `${message}${details}`.split(/\r?\n/);
  const continued = rest.map((line) => `  ${line}`).join('\n');
  return `${time.toISOString()} ${level.toUpperCase().padEnd(5)} ${first}${continued ? `\n${continued}` : ''}\n`;
}

/** An error with its stack and its causes, or any other thrown value as Node would print it. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return inspect(error, { depth: 4, breakLength: Infinity });
  const own = error.stack ?? `${error.name}: ${error.message}`;
  return error.cause === undefined ? own : `${own}\nCaused by: ${describeError(error.cause)}`;
}
