// Writing an export file so that a power cut never leaves an empty or half file under
// the chosen name (audit finding 17): the data reaches the disk before the rename puts
// it in place, and the rename reaches the disk after.
import { mkdtemp, open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExportFile, type ExportFileSystem } from '../../../src-main/core/export/export-files';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'da-export-files-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** The real file system, with every fsync and rename noted in order, by the name of what it touched. */
function watchedFileSystem(log: string[]): ExportFileSystem {
  const name = (path: string): string =>
    path === root ? '<folder>' : path.slice(root.length + 1).replace(/\.[0-9a-f]{8}\.part$/u, '.part');
  return {
    open: async (path, flags) => {
      const handle = await open(path, flags);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        log.push(`fsync ${name(String(path))}`);
        return sync();
      };
      return handle;
    },
    rename: async (from, to) => {
      log.push(`rename ${name(String(from))} → ${name(String(to))}`);
      return rename(from, to);
    },
    rm,
  };
}

describe('writeExportFile', () => {
  it('syncs the data before renaming it into place, and the folder after', async () => {
    const log: string[] = [];
    const written = await writeExportFile(join(root, 'dossier.md'), '# Dossier\n', true, watchedFileSystem(log));
    expect(log).toEqual([
      'fsync .dossier.md.part',
      'rename .dossier.md.part → dossier.md',
      ...(process.platform === 'win32' ? [] : ['fsync <folder>']),
    ]);
    expect(await readFile(written, 'utf8')).toBe('# Dossier\n');
  });

  it('leaves no temporary file behind', async () => {
    await writeExportFile(join(root, 'dossier.md'), '# Dossier\n', false);
    expect(await readdir(root)).toEqual(['dossier.md']);
  });
});
