import { describe, expect, it } from 'vitest';
import { importFailedDialog, rendererGoneDialog, startupFailureDialog, uncaughtErrorDialog } from '../../../src-main/core/error-dialogs';
import { StoreVersionError } from '../../../src-main/core/store/migrations';

const logDir = '/home/ana/.config/Dispatch Archive/logs';

describe('error dialogs', () => {
  it('tell the user after an uncaught error that the archive is safe, where the log is, and to restart', () => {
    const { message } = uncaughtErrorDialog(new TypeError("Cannot read properties of undefined (reading 'id')\n    at x"), logDir);
    expect(message).toContain("Something went wrong: Cannot read properties of undefined (reading 'id')");
    expect(message).not.toContain('at x');
    expect(message).toContain('Your archive is safe');
    expect(message).toContain(logDir);
    expect(message).toContain('Restart Dispatch Archive');
  });

  it('explain an archive saved by a newer version and say to install it, without blaming the archive', () => {
    const error = new StoreVersionError('/data/catalogue.json', 5, 3);
    const dialog = startupFailureDialog(error, '/data', logDir);
    expect(dialog.title).toBe('Dispatch Archive could not open your archive');
    expect(dialog.message).toContain('saved by a newer version of Dispatch Archive');
    expect(dialog.message).toContain('Install the newer version');
    expect(dialog.message).toContain('Nothing was changed');
  });

  it('explain a data folder the app may not write to', () => {
    const error = Object.assign(new Error("EACCES: permission denied, open '/data/catalogue.json'"), { code: 'EACCES' });
    expect(startupFailureDialog(error, '/data', logDir).message).toMatch(/^Dispatch Archive is not allowed to write to its data folder, \/data\./);
  });

  it('offer Reload first and Quit when the window crashed, naming the reason', () => {
    const dialog = rendererGoneDialog('oom', logDir);
    expect(dialog.buttons).toEqual(['Reload', 'Quit']);
    expect(dialog.message).toContain('(oom)');
  });

  it('list at most five of the paths that could not be imported', () => {
    const paths = ['/1', '/2', '/3', '/4', '/5', '/6', '/7'];
    expect(importFailedDialog(paths, 'not a folder').message).toBe('Dispatch Archive could not import:\n/1\n/2\n/3\n/4\n/5\n… and 2 more\n\nnot a folder');
  });
});
