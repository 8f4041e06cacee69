// A query's matches are kept for its other sorts and filters (query-matches.ts): reused
// only while the archive, the user's work and the table are those they were evaluated on.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unscored, type Matches } from '../../../src-main/core/search/index/matches';
import { QueryMatches } from '../../../src-main/core/search/query-matches';
import { ArchiveService } from '../../../src-main/core/service';

const matches = (...positions: number[]): Matches => unscored(Int32Array.from(positions));

describe('QueryMatches', () => {
  it('evaluates a query once per archive, work and table, and again after any of them changes', async () => {
    const kept = new QueryMatches();
    const table = {};
    let runs = 0;
    const evaluate = (): Promise<Matches> => Promise.resolve(matches(++runs));
    const stamp = { generation: 1, userGeneration: 1, table };
    expect((await kept.get('oil', stamp, evaluate)).positions[0]).toBe(1);
    expect((await kept.get('oil', { ...stamp }, evaluate)).positions[0]).toBe(1);
    expect((await kept.get('oil', { ...stamp, generation: 2 }, evaluate)).positions[0]).toBe(2);
    expect((await kept.get('oil', { ...stamp, generation: 2, userGeneration: 2 }, evaluate)).positions[0]).toBe(3);
    expect((await kept.get('oil', { generation: 2, userGeneration: 2, table: {} }, evaluate)).positions[0]).toBe(4);
    expect(runs).toBe(4);
  });

  it('keeps the last four queries asked', async () => {
    const kept = new QueryMatches();
    const stamp = { generation: 1, userGeneration: 1, table: {} };
    let runs = 0;
    const evaluate = (): Promise<Matches> => Promise.resolve(matches(++runs));
    for (const q of ['a', 'b', 'c', 'd', 'e']) await kept.get(q, stamp, evaluate);
    await kept.get('b', stamp, evaluate); // kept
    expect(runs).toBe(5);
    await kept.get('a', stamp, evaluate); // the oldest, dropped
    expect(runs).toBe(6);
  });
});

describe('a query asked again in another sort', () => {
  let work = '';
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('sees a tag added between the two sorts', async () => {
    work = await mkdtemp(join(tmpdir(), 'da-query-matches-'));
    await mkdir(join(work, 'news'));
    const lines = ['oil rose', 'oil fell', 'gas fell'].map((t, i) =>
      JSON.stringify({ title: `${t} ${i}`, date: `2016-01-0${i + 1}`, text: `Damascus, SANA – ${t}.` }),
    );
    await writeFile(join(work, 'news', 'news.jsonl'), lines.join('\n'));
    const service = await ArchiveService.open({ dataDir: join(work, 'data') });
    await service.importFolder(join(work, 'news'));
    await service.search.ready;
    const ask = (query: string, sort: 'relevance' | 'date-desc') =>
      service.handlers['archive:search']({ query, filters: {}, sort, offset: 0, limit: 10 });
    const first = await ask('tag:picked OR oil', 'relevance');
    expect(first.total).toBe(2);
    const gas = (await ask('gas', 'relevance')).items[0]!.id;
    await service.handlers['tags:apply']({ ids: [gas], add: ['picked'], remove: [] });
    const again = await ask('tag:picked OR oil', 'date-desc');
    expect(again.total).toBe(3);
    expect(again.items.map((h) => h.id)).toContain(gas);
    await service.close();
  });
});
