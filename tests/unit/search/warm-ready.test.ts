// search.ready settles once the warm-up searches are done (warm-search.ts), so the writes
// and searches that follow it do not share the event loop with them (issue 20); text
// queries wait only for the index to open, not for the warm-up.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveService } from '../../../src-main/core/service';

let work: string;
let dataDir: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-warm-ready-'));
  const folder = join(work, 'news');
  await mkdir(folder);
  const lines = Array.from({ length: 30 }, (_, i) =>
    JSON.stringify({
      title: `Council talks on harvest ${i}`,
      date: `2016-03-${String(1 + (i % 28)).padStart(2, '0')}`,
      text: `Damascus, SANA – The council met on the harvest and the border market, report ${i}.`,
    }),
  );
  await writeFile(join(folder, 'news.jsonl'), lines.join('\n'));
  dataDir = join(work, 'data');
  const service = await ArchiveService.open({ dataDir });
  expect((await service.importFolder(folder)).imported).toBe(30);
  await service.close();
});
afterAll(async () => rm(work, { recursive: true, force: true }));

describe('search.ready and the warm-up', () => {
  it('answers a text query asked at open before ready settles, without waiting for the warm-up', async () => {
    const service = await ArchiveService.open({ dataDir });
    try {
      const settled: string[] = [];
      const ready = service.search.ready.then(() => settled.push('ready'));
      const page = await service.handlers['archive:search']({
        query: 'harvest',
        filters: {},
        sort: 'relevance',
        offset: 0,
        limit: 10,
      });
      settled.push('search');
      await ready;
      expect(page.total).toBe(30);
      expect(settled).toEqual(['search', 'ready']);
    } finally {
      await service.close();
    }
  });

  it('settles ready with the warm-up done: the searches after it give what a cold open gives', async () => {
    const cold = await ArchiveService.open({ dataDir });
    const args = { query: '"border market"', filters: {}, sort: 'date-desc' as const, offset: 0, limit: 5 };
    const first = await cold.handlers['archive:search'](args);
    await cold.search.ready;
    const again = await cold.handlers['archive:search'](args);
    expect(again).toEqual(first);
    expect(first.items.map((h) => h.title)).toEqual([
      'Council talks on harvest 27',
      'Council talks on harvest 26',
      'Council talks on harvest 25',
      'Council talks on harvest 24',
      'Council talks on harvest 23',
    ]);
    await cold.close();
  });
});
