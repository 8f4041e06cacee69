// One writer per archive (issue 16, finding 4): a command on an archive the app has open
// is refused with the reason, or with --wait runs once the app lets go.
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveService } from '../../../src-main/core/service';
import { DataLockedError } from '../../../src-main/core/store/data-lock';
import { SEED, cli } from './run-cli';

describe('an archive open elsewhere', { timeout: 90_000 }, () => {
  let work: string;
  let data: string;
  let wires: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'da-cli-lock-'));
    data = join(work, 'data');
    wires = join(work, 'wires');
    await mkdir(wires);
    await copyFile(SEED, join(wires, 'seed.txt'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('refuses a second service on the same folder in the same process until the first closes', async () => {
    const first = await ArchiveService.open({ dataDir: data });
    await expect(ArchiveService.open({ dataDir: data })).rejects.toBeInstanceOf(DataLockedError);
    await first.close();
    const second = await ArchiveService.open({ dataDir: data });
    await second.close();
  });

  it('refuses a command while the app has the archive open, and imports nothing', async () => {
    const app = await ArchiveService.open({ dataDir: data });
    try {
      const run = await cli('import', wires, '--data', data);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `error: the archive at ${data} is open in another window or command; close it, or pass --wait to wait for it`,
      );
      expect(app.catalogue.articleCount()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('waits with --wait until the app closes, then runs', async () => {
    const app = await ArchiveService.open({ dataDir: data });
    const run = cli('import', wires, '--data', data, '--wait');
    let finished = false;
    void run.then(() => (finished = true));
    await new Promise((done) => setTimeout(done, 3000));
    expect(finished).toBe(false);
    await app.close();
    const { code, stdout } = await run;
    expect(code).toBe(0);
    expect(stdout).toMatch(/imported: +1 articles/);
  });
});
