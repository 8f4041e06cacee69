// An import must leave the main thread free for IPC: a call that arrives while files are
// being stored is answered then, not after the import.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { routeCall } from '../../../src-main/core/ipc-router';
import { ArchiveService } from '../../../src-main/core/service';

const FILES = 300;

let work: string;
let service: ArchiveService;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-responsive-'));
  service = await ArchiveService.open({ dataDir: join(work, 'data'), parse: { workers: 0 } });
});
afterEach(async () => {
  await service.close();
  await rm(work, { recursive: true, force: true });
});

async function wires(): Promise<string> {
  const folder = join(work, 'wires');
  await mkdir(folder);
  for (let i = 0; i < FILES; i++) {
    await writeFile(
      join(folder, `${String(i).padStart(3, '0')}.txt`),
      `Talks resume in city ${i}\n\nDelegations met on Monday for round ${i} of the talks.\n`,
    );
  }
  return folder;
}

/** Resolves at the first progress event of the import's storing phase. */
function storing(): Promise<void> {
  return new Promise((resolve) => {
    const stop = service.onEvent((event, payload) => {
      if (event !== 'import:progress' || (payload as { phase: string }).phase !== 'importing') return;
      stop();
      resolve();
    });
  });
}

it('answers an archive:search call that arrives while an import is storing files, before the import ends', async () => {
  const folder = await wires();
  const started = storing();
  let importEnded = false;
  const importing = service.importFolder(folder).then((summary) => ((importEnded = true), summary));
  await started;
  // As an IPC message does, the call arrives as a task of its own, not inside the import's.
  const answer = await new Promise<Awaited<ReturnType<typeof routeCall>>>((resolve) => {
    setImmediate(
      () =>
        void routeCall(service.handlers, 'archive:search', {
          query: '',
          filters: {},
          sort: 'date-desc',
          offset: 0,
          limit: 10,
        }).then(resolve),
    );
  });
  expect(answer.ok).toBe(true);
  expect(importEnded).toBe(false);
  expect((await importing).imported).toBe(FILES);
});
