import { DataLockedError } from '../../../src-main/core/store/data-lock';
import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../../src-main/contract/archive';
import {
  failedPaths,
  importFailedDialog,
  rendererGoneDialog,
  startupFailureDialog,
  uncaughtErrorDialog,
} from '../../../src-main/desktop/error-dialog-text';
import { StoreVersionError } from '../../../src-main/core/store/migrations';

const logDir = '/home/ana/.config/Dispatch Archive/logs';

describe('error dialogs', () => {
  it('tell the user after an uncaught error that the archive is safe, where the log is, and to restart', () => {
    const { message } = uncaughtErrorDialog(
      new TypeError("Cannot read properties of undefined (reading 'id')\n    at x"),
      logDir,
    );
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
    const error = Object.assign(new Error("EACCES: permission denied, open '/data/catalogue.json'"), {
      code: 'EACCES',
    });
    expect(startupFailureDialog(error, '/data', logDir).message).toMatch(
      /^Dispatch Archive is not allowed to write to its data folder, \/data\./,
    );
  });

  it('explain an archive a command-line run has open, and say to wait for it', () => {
    const message = startupFailureDialog(new DataLockedError('/data', null), '/data', logDir).message;
    expect(message).toMatch(/^The archive in \/data is open in another window or command/);
    expect(message).toContain('Nothing was changed');
  });

  it('offer Reload first and Quit when the window crashed, naming the reason', () => {
    const dialog = rendererGoneDialog('oom', logDir);
    expect(dialog.buttons).toEqual(['Reload', 'Quit']);
    expect(dialog.message).toContain('(oom)');
  });

  it('list each path that could not be imported with its reason, at most five', () => {
    const failures = ['/1', '/2', '/3', '/4', '/5', '/6', '/7'].map((path) => ({ path, reason: 'not a folder' }));
    expect(importFailedDialog(failures).message).toBe(
      'Dispatch Archive could not import what it was given:\n\n/1: not a folder\n/2: not a folder\n/3: not a folder\n/4: not a folder\n/5: not a folder\n… and 2 more',
    );
  });

  it('do not repeat a path its reason already names', () => {
    expect(importFailedDialog([{ path: '/gone', reason: 'cannot import /gone: ENOENT' }]).message).toMatch(
      /\n\ncannot import \/gone: ENOENT$/,
    );
  });
});

describe('failedPaths', () => {
  const summary = (over: Partial<ImportSummary>): ImportSummary => ({
    root: '/wires',
    filesSeen: 3,
    imported: 3,
    unchanged: 0,
    duplicates: 0,
    missingFiles: 0,
    rejected: [],
    cancelled: false,
    durationMs: 5,
    ...over,
  });

  it('picks the paths that could not be imported at all, and not the rejects of an import that ran', () => {
    const gone = summary({
      root: '/gone',
      filesSeen: 0,
      imported: 0,
      rejected: [{ path: '/gone', code: 'unreadable', reason: 'cannot import /gone: ENOENT' }],
    });
    const partly = summary({ rejected: [{ path: '/wires/bad.bin', code: 'unsupported', reason: 'not a dispatch' }] });
    const empty = summary({ root: '/empty', filesSeen: 0, imported: 0 });
    expect(failedPaths([gone, partly, empty])).toEqual([{ path: '/gone', reason: 'cannot import /gone: ENOENT' }]);
  });
});
