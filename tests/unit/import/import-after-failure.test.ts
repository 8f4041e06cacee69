// A disk that fills mid-import: the import fails with its reason, and once there is
// space again a re-run shows every article, though it finds the files unchanged.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveService } from '../../../src-main/core/service';
import { FaultyIo } from '../store/faulty-io';

const SEED = resolve(import.meta.dirname, '../../../seeds/000_068abd54a537aef4.txt');
let root: string;
let wires: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'da-import-failure-'));
  wires = join(root, 'wires');
  await mkdir(wires);
  await copyFile(SEED, join(wires, 'seed.txt'));
  await writeFile(
    join(wires, 'talks.txt'),
    'Talks go on\n\nDAMASCUS (Reuters) - Officials said the talks would go on.\n',
  );
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('an import that fails on a full disk', () => {
  it('lists every article after a re-run once there is space again', async () => {
    const io = new FaultyIo().fill(/bodies/);
    const service = await ArchiveService.open({ dataDir: join(root, 'data'), fileIo: io });
    try {
      await expect(service.importFolder(wires)).rejects.toThrow(/ENOSPC|no space/);
      io.clear();
      await service.importFolder(wires);
      const page = await service.handlers['archive:search']({
        query: '',
        filters: {},
        sort: 'date-desc',
        offset: 0,
        limit: 10,
      });
      expect(page.total).toBe(2);
    } finally {
      await service.close();
    }
  });
});
