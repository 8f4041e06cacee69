// The CLI's door: every call through the router, and the archive closed behind it.
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliCallError, withArchive } from '../../../src-main/cli/archive-door';
import { ArchiveService } from '../../../src-main/core/service';
import { SEED } from './run-cli';

describe('the CLI archive door', { timeout: 60_000 }, () => {
  let work: string;
  let dataDir: string;
  let id: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'da-cli-door-'));
    dataDir = join(work, 'data');
    await mkdir(join(work, 'in'));
    await copyFile(SEED, join(work, 'in', 'seed.txt'));
    const summary = await withArchive({ dataDir, warn: false }, (door) =>
      door.call('import:folder', { path: join(work, 'in') }),
    );
    expect(summary.imported).toBe(1);
    id = await withArchive(
      { dataDir, warn: false },
      async (door) => (await door.call('archive:list', { offset: 0, limit: 1 })).items[0]!.id,
    );
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('refuses a call whose arguments fail the contract, with the router message', async () => {
    const call = withArchive({ dataDir, warn: false }, (door) => door.call('tags:apply', { ids: [id], add: ['///'] }));
    await expect(call).rejects.toBeInstanceOf(CliCallError);
    await expect(call).rejects.toThrow(/tags:apply: add\.0: a tag name needs/);
  });

  it('leaves the user data on disk once the command is done', async () => {
    await withArchive({ dataDir, warn: false }, (door) => door.call('tags:apply', { ids: [id], add: ['kept'] }));
    const reopened = await ArchiveService.open({ dataDir });
    try {
      expect(reopened.userData.record(id)?.tags).toEqual(['kept']);
    } finally {
      await reopened.close();
    }
  });

  it('closes the archive when the command fails', async () => {
    await expect(withArchive({ dataDir, warn: false }, () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
    // Opened again at once: nothing from the failed command still holds the folder.
    await withArchive({ dataDir, warn: false }, async (door) =>
      expect((await door.call('archive:stats', {})).articles).toBe(1),
    );
  });
});
