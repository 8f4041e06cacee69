// Story threads through the service: copies of one story from two agencies are one thread
// in list rows, in search (`thread:`, `has:thread`) and in the reader's timeline, and
// removing a folder takes its copies out of their threads.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveService } from '../../../src-main/core/service';
import { BANK_STORY as OTHER, FLOOD_STORY as STORY, jsonArticle as article } from '../../fixtures/threads';

let work: string;
let service: ArchiveService;
let second: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-threads-'));
  const first = join(work, 'first');
  second = join(work, 'second');
  await mkdir(first, { recursive: true });
  await mkdir(second, { recursive: true });
  await writeFile(join(first, 'sana.json'), article('Floods cut off valley', '2024-03-05', STORY, 'SANA'));
  await writeFile(join(first, 'bank.json'), article('Rates unchanged', '2024-03-07', OTHER, 'SANA'));
  // The other agency's copy: a new headline, a word changed and the last sentence trimmed.
  const copy = STORY.replace('forty', 'forty-two').replace(/ The river rose.*$/, '');
  await writeFile(join(second, 'tass.json'), article('Valley flooded, villages cut off', '2024-03-06', copy, 'TASS'));
  service = await ArchiveService.open({ dataDir: join(work, 'data') });
  await service.importFolder(first);
  await service.importFolder(second);
});
afterAll(() => rm(work, { recursive: true, force: true }));

const search = (query: string) =>
  service.handlers['archive:search']({ query, filters: {}, sort: 'date-asc', offset: 0, limit: 100 });

describe('story threads in the service', () => {
  it('gives both copies the thread named by the earliest report, counting reports and agencies', async () => {
    const page = await search('');
    const byTitle = new Map(page.items.map((i) => [i.title, i]));
    const earliest = byTitle.get('Floods cut off valley')!;
    expect(earliest.thread).toEqual({ id: earliest.id, size: 2, agencies: 2 });
    expect(byTitle.get('Valley flooded, villages cut off')!.thread).toEqual(earliest.thread);
    expect(byTitle.get('Rates unchanged')!.thread).toBeUndefined();
  });

  it('finds a thread’s reports with thread:<id> and every threaded article with has:thread', async () => {
    const earliest = (await search('"flooded villages"')).items[0]!;
    const threadId = earliest.thread!.id;
    expect((await search(`thread:${threadId}`)).items.map((i) => i.title)).toEqual([
      'Floods cut off valley',
      'Valley flooded, villages cut off',
    ]);
    expect((await search('has:thread')).total).toBe(2);
    expect((await search('-has:thread')).items.map((i) => i.title)).toEqual(['Rates unchanged']);
    expect((await search('thread:no-such-thread')).total).toBe(0);
  });

  it('shows the reader every report of the thread, earliest first', async () => {
    const copy = (await search('agency:TASS')).items[0]!;
    const read = await service.handlers['archive:get']({ id: copy.id });
    expect(read!.thread.map((r) => [r.agency, r.at, r.title])).toEqual([
      ['SANA', '2024-03-05', 'Floods cut off valley'],
      ['TASS', '2024-03-06', 'Valley flooded, villages cut off'],
    ]);
  });

  it('collapses each thread to its earliest report when asked', async () => {
    const collapsed = await service.handlers['archive:search']({
      query: '',
      filters: {},
      sort: 'date-asc',
      offset: 0,
      limit: 100,
      collapseThreads: true,
    });
    expect(collapsed.items.map((i) => i.title)).toEqual(['Floods cut off valley', 'Rates unchanged']);
    const ids = await service.handlers['archive:ids']({
      query: 'valley',
      filters: {},
      sort: 'date-asc',
      collapseThreads: true,
    });
    expect(ids.ids).toEqual([collapsed.items[0]!.id]);
  });

  it('takes a removed folder’s copies out of their thread', async () => {
    await service.handlers['sources:remove']({ path: second, keepUserData: false });
    const page = await search('');
    expect(page.items.map((i) => i.thread)).toEqual([undefined, undefined]);
    expect((await search('has:thread')).total).toBe(0);
  });
});
