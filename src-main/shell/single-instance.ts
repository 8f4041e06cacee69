// One running app per archive. A second launch (double-clicking again, a file manager's
// "Open with", a terminal) hands its command line to the first and exits; macOS sends
// Finder's opens and dock drops to the running app as `open-file` events instead.
import { app } from 'electron';
import { secondLaunchCommandLine, type SecondLaunch } from '../desktop/launch-args';

/**
 * Takes the lock for this user-data folder (so archives opened with different `--data`
 * folders run side by side). False means another instance has it and has been handed
 * this launch's command line: this process should quit.
 */
export function claimSingleInstance(onSecondLaunch: (launch: SecondLaunch) => void): boolean {
  // Our own argv and cwd travel as the lock's data: Chromium may reorder the argv it relays.
  const ownLaunch: SecondLaunch = { argv: process.argv, cwd: process.cwd() };
  if (!app.requestSingleInstanceLock({ ...ownLaunch })) return false;
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    onSecondLaunch(secondLaunchCommandLine(argv, workingDirectory, additionalData));
  });
  return true;
}

/** macOS "Open With" and dock drops; registered before `ready`, since the first arrive during launch. */
export function onOpenFile(open: (path: string) => void): void {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    open(path);
  });
}
