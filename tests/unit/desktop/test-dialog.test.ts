import { describe, expect, it } from 'vitest';
import { stubbedFolderAnswer } from '../../../src-main/desktop/test-dialog';

describe('stubbedFolderAnswer', () => {
  it('answers the folder named in DISPATCH_ARCHIVE_TEST_DIALOG in a development build', () => {
    expect(stubbedFolderAnswer({ DISPATCH_ARCHIVE_TEST_DIALOG: '/work/seeds' }, false)).toEqual({
      folder: '/work/seeds',
    });
  });

  it('answers a cancelled dialog for "cancel"', () => {
    expect(stubbedFolderAnswer({ DISPATCH_ARCHIVE_TEST_DIALOG: 'cancel' }, false)).toEqual({ folder: null });
  });

  it('shows the real dialog in a packaged app unless NODE_ENV is test', () => {
    expect(stubbedFolderAnswer({ DISPATCH_ARCHIVE_TEST_DIALOG: '/work/seeds' }, true)).toBeNull();
    expect(stubbedFolderAnswer({ DISPATCH_ARCHIVE_TEST_DIALOG: '/work/seeds', NODE_ENV: 'test' }, true)).toEqual({
      folder: '/work/seeds',
    });
  });

  it('shows the real dialog when the variable is unset or not an absolute path', () => {
    expect(stubbedFolderAnswer({}, false)).toBeNull();
    expect(stubbedFolderAnswer({ DISPATCH_ARCHIVE_TEST_DIALOG: 'seeds' }, false)).toBeNull();
  });
});
