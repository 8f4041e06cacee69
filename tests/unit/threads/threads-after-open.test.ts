// The thread index after a restart (issue 20): built after the first list page, a slice at
// a time, rather than before it. Until it is built the rows carry no thread; once it is,
// archive:changed says so and the rows carry the same threads as before the restart. A
// query that reads threads waits for them rather than answer without.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventName } from '../../../src-main/contract/ipc';
import { ArchiveService } from '../../../src-main/core/service';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';
import type { Foreground } from '../../../src-main/core/store/thread-build';
import { BANK_STORY as OTHER, FLOOD_STORY as STORY, jsonArticle as article } from '../../fixtures/threads';

let work: string;
let dataDir: string;
let threadOf: Map<string, string | undefined>;

const LIST = { query: '', filters: {}, sort: 'date-asc' as const, offset: 0, limit: 100 };

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-threads-open-'));
  const folder = join(work, 'wires');
  dataDir = join(work, 'data');
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'sana.json'), article('Floods cut off valley', '2024-03-05', STORY, 'SANA'));
  await writeFile(join(folder, 'bank.json'), article('Rates unchanged', '2024-03-07', OTHER, 'SANA'));
  const copy = STORY.replace('forty', 'forty-two').replace(/ The river rose.*$/, '');
  await writeFile(join(folder, 'tass.json'), article('Valley flooded, villages cut off', '2024-03-06', copy, 'TASS'));
  const service = await ArchiveService.open({ dataDir });
  await service.importFolder(folder);
  // Folded, so the next open reads the shards and their signatures rather than replay the journal.
  await service.catalogue.snapshot();
  threadOf = new Map((await service.handlers['archive:search'](LIST)).items.map((i) => [i.title, i.thread?.id]));
  await service.close();
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('threads after a restart', () => {
  it('are not built when the catalogue opens, and are the same threads once built', async () => {
    const catalogue = await CatalogueStore.open(dataDir, []);
    expect(catalogue.threadsIfBuilt()).toBeNull();
    await catalogue.buildThreads();
    const built = catalogue.threadsIfBuilt()!;
    const ids = Object.values(catalogue.data.articles).map((a): [string, string | undefined] => [
      a.title,
      built.summaryOf(a.id)?.id,
    ]);
    expect(new Map(ids)).toEqual(threadOf);
    expect([...threadOf.values()].filter(Boolean)).toHaveLength(2);
  });

  it('finishes a build under way at once when threads are asked for', async () => {
    const catalogue = await CatalogueStore.open(dataDir, []);
    const building = catalogue.buildThreads();
    const threads = catalogue.threads();
    const flood = Object.values(catalogue.data.articles).find((a) => a.title === 'Floods cut off valley')!;
    expect(threads.membersOf(flood.id)).toHaveLength(2);
    await building;
    expect(catalogue.threadsIfBuilt()?.membersOf(flood.id)).toHaveLength(2);
  });

  it('sends archive:changed once the rows carry their threads', async () => {
    const service = await ArchiveService.open({ dataDir });
    const events: EventName[] = [];
    service.onEvent((event) => events.push(event));
    await service.search.threadsReady;
    expect(events).toEqual(['archive:changed']);
    const page = await service.handlers['archive:search'](LIST);
    expect(new Map(page.items.map((i) => [i.title, i.thread?.id]))).toEqual(threadOf);
    await service.close();
  });

  it('collapses a list asked for before the threads are built, rather than list every copy', async () => {
    const service = await ArchiveService.open({ dataDir });
    const [collapsed, threaded] = await Promise.all([
      service.handlers['archive:search']({ ...LIST, collapseThreads: true }),
      service.handlers['archive:search']({ ...LIST, query: 'has:thread' }),
    ]);
    expect(collapsed.items.map((i) => i.title)).toEqual(['Floods cut off valley', 'Rates unchanged']);
    expect(threaded.total).toBe(2);
    await service.close();
  });
});

// The build after open stays out of the user's writes (issue 20): tagging 1,000 articles
// right after open met a 2 ms slice at every turn it awaited (open, write, fsync and close
// of the journal), and a shard of signatures read before the build.
/** A foreground busy until release() is called. */
function busyForeground(): Foreground & { release: () => void } {
  let busy = true;
  let release = (): void => undefined;
  const settled = new Promise<void>((resolve) => (release = resolve));
  return {
    busy: () => busy,
    settled: () => settled,
    release: () => {
      busy = false;
      release();
    },
  };
}

const turns = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('the thread build after open', () => {
  it('takes no step while the foreground is busy, and finishes once it settles', async () => {
    const catalogue = await CatalogueStore.open(dataDir, []);
    const foreground = busyForeground();
    catalogue.threadBuildYieldsTo(foreground);
    let built = false;
    const building = catalogue.buildThreads().then(() => (built = true));
    // Many more turns than the build of three articles and the read of their shards take.
    await turns(50);
    expect(built).toBe(false);
    expect(catalogue.threadsIfBuilt()).toBeNull();
    foreground.release();
    await building;
    const flood = Object.values(catalogue.data.articles).find((a) => a.title === 'Floods cut off valley')!;
    expect(catalogue.threadsIfBuilt()?.membersOf(flood.id)).toHaveLength(2);
  });

  it('builds as before when nothing is in the foreground', async () => {
    const catalogue = await CatalogueStore.open(dataDir, []);
    catalogue.threadBuildYieldsTo({ busy: () => false, settled: () => Promise.resolve() });
    await catalogue.buildThreads();
    expect(catalogue.threadsIfBuilt()).not.toBeNull();
  });

  it('still answers a request for threads at once while the foreground is busy', async () => {
    const catalogue = await CatalogueStore.open(dataDir, []);
    const foreground = busyForeground();
    catalogue.threadBuildYieldsTo(foreground);
    const building = catalogue.buildThreads();
    await turns(5);
    const flood = Object.values(catalogue.data.articles).find((a) => a.title === 'Floods cut off valley')!;
    expect(catalogue.threads().membersOf(flood.id)).toHaveLength(2);
    foreground.release();
    await building;
  });
});
