// What a launch of the desktop app asks for: the archive folder (`--data DIR`) and
// the files or folders to import, from the command line of the first launch or of a
// second launch handed over by the single-instance lock. Everything else on the
// command line belongs to Electron or Chromium and is left to them.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LaunchArgs {
  /** `--data DIR` or `--data=DIR`, resolved against the launch's working directory. */
  dataDir?: string;
  /** Files and folders to import, absolute, in the order given, without repeats. */
  paths: string[];
  /** Switches that are not ours (Chromium's, Electron's, macOS's `-psn_…`): ignored, kept for the log. */
  flags: string[];
}

export interface LaunchArgsOptions {
  /**
   * The first argument after the executable is the app's own path, as when run as
   * `electron . FOLDER` or `electron out/main/index.js` (Electron's `process.defaultApp`).
   * A packaged app has no such argument.
   */
  appPathInArgv: boolean;
}

/** Reads one command line (`process.argv` or a second instance's `argv`) run in `cwd`. */
export function parseLaunchArgs(argv: readonly string[], cwd: string, options: LaunchArgsOptions): LaunchArgs {
  const result: LaunchArgs = { paths: [], flags: [] };
  let skipAppPath = options.appPathInArgv;
  let onlyPaths = false;
  // argv[0] is the executable.
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!onlyPaths && arg === '--') {
      onlyPaths = true;
    } else if (!onlyPaths && (arg === '--data' || arg.startsWith('--data='))) {
      const value = arg === '--data' ? takeValue(argv, i) : arg.slice('--data='.length);
      if (arg === '--data' && value !== undefined) i++;
      if (value) result.dataDir = resolve(cwd, value);
    } else if (!onlyPaths && arg.startsWith('-')) {
      // Chromium's switches always carry their value after '=' (`--inspect=9229`), so a
      // switch never swallows the next argument; `-psn_0_123` is macOS's process serial number.
      result.flags.push(arg);
    } else if (skipAppPath) {
      skipAppPath = false;
    } else if (arg !== '') {
      addPath(result.paths, toPath(arg, cwd));
    }
  }
  return result;
}

/** The command line a second launch handed over: `{ argv, cwd }` from its own process when sent, else what Chromium relayed. */
export interface SecondLaunch {
  argv: string[];
  cwd: string;
}

/**
 * Prefers the second instance's own argv and cwd, sent as the lock's additional data,
 * because Chromium may reorder the relayed argv and append switches of its own; falls
 * back to the relayed ones when the data is missing or not in that shape.
 */
export function secondLaunchCommandLine(
  relayedArgv: readonly string[],
  relayedCwd: string,
  additionalData: unknown,
): SecondLaunch {
  if (isSecondLaunch(additionalData)) return { argv: [...additionalData.argv], cwd: additionalData.cwd };
  return { argv: [...relayedArgv], cwd: relayedCwd };
}

function isSecondLaunch(value: unknown): value is SecondLaunch {
  if (typeof value !== 'object' || value === null) return false;
  const { argv, cwd } = value as Record<string, unknown>;
  return Array.isArray(argv) && argv.every((a) => typeof a === 'string') && typeof cwd === 'string' && isAbsolute(cwd);
}

/** The argument after `--data`, unless there is none or it is another switch. */
function takeValue(argv: readonly string[], i: number): string | undefined {
  const next = argv[i + 1];
  return next === undefined || next.startsWith('-') ? undefined : next;
}

/** Linux file managers may pass `file://` URLs (a desktop entry's %U) rather than paths. */
function toPath(arg: string, cwd: string): string {
  if (arg.startsWith('file://')) {
    try {
      return fileURLToPath(arg);
    } catch {
      // not a local file URL: treated as a relative path, which the import then reports missing
    }
  }
  return resolve(cwd, arg);
}

function addPath(paths: string[], path: string): void {
  if (!paths.includes(path)) paths.push(path);
}
