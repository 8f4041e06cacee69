// The timeline through the service's own search door: what the list screen asks for.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type ParsedArgs } from '../../../src-main/contract/ipc';
import type { SearchPage } from '../../../src-main/contract/search';
import { ArchiveService } from '../../../src-main/core/service';

const SEED = resolve(import.meta.dirname, '../../../seeds/000_068abd54a537aef4.txt');

let work: string;
let service: ArchiveService;

/** The list screen's first page: everything newest first, changed by `args`. */
const search = (args: Partial<ParsedArgs<'archive:search'>> = {}): Promise<SearchPage> =>
  service.handlers['archive:search']({ ...FIRST_PAGE, ...args });
const FIRST_PAGE = { query: '', filters: {}, sort: 'date-desc', offset: 0, limit: 100 } as const;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-timeline-'));
  const news = join(work, 'news');
  await mkdir(news);
  await copyFile(SEED, join(news, 'seed.txt'));
  const dispatch = (title: string, date: string) =>
    `${title}\n\nDamascus – SANA\n\n${date}\n\n${title}, the ministry said.\n`;
  await writeFile(join(news, 'a.txt'), dispatch('Gas field reopens', '30-12-2016'));
  await writeFile(join(news, 'b.txt'), dispatch('Gas prices fall', '02-01-2017'));
  await writeFile(join(news, 'c.txt'), dispatch('Oil field burns', '10-01-2017'));
  await writeFile(join(news, 'd.txt'), 'Undated gas note\n\nNo dateline and no date in this one about gas.\n');
  service = await ArchiveService.open({ dataDir: join(work, 'data') });
  await service.importFolder(news);
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('the timeline of a search', () => {
  it('comes with the first page, counting the query’s results by day and the undated apart', async () => {
    const page = await search({ query: 'gas' });
    expect(page.timeline).toEqual({ start: '2016-12-30', counts: [1, 0, 0, 1], undated: 1 });
  });

  it('is not sent again with the pages after the first', async () => {
    expect((await search({ offset: 1, limit: 1 })).timeline).toBeNull();
  });

  it('narrows the list to a brushed range but keeps counting the days around it', async () => {
    const page = await search({ filters: { date: '2017-01-01..2017-01-31' } });
    expect(page.items.map((i) => i.title)).toEqual(['Oil field burns', 'Gas prices fall']);
    expect(page.timeline).toMatchObject({ start: '2016-07-15', undated: 1 });
    expect(page.timeline!.counts.reduce((a, b) => a + b)).toBe(4);
  });

  it('takes the same range for select-all, so a selection matches the list', async () => {
    const { ids } = await service.handlers['archive:ids']({
      query: 'gas',
      filters: { date: '2017-01-01..2017-01-31' },
      sort: 'date-desc',
    });
    expect(ids).toHaveLength(1);
  });

  it('says a range of days the calendar lacks is not a date, as for date:', async () => {
    const page = await search({ filters: { date: '2017-02-01..2017-02-30' } });
    expect(page.total).toBe(0);
    expect(page.queryError).toMatchObject({ code: 'date-invalid', detail: '2017-02-01..2017-02-30' });
  });

  it('refuses at the door a range that is not YYYY-MM-DD..YYYY-MM-DD', () => {
    const schema = CHANNELS['archive:search'].args;
    expect(schema.safeParse({ filters: { date: '2017-01..2017-02' }, offset: 0, limit: 10 }).success).toBe(false);
    expect(schema.safeParse({ filters: { date: '<script>' }, offset: 0, limit: 10 }).success).toBe(false);
    expect(schema.safeParse({ filters: { date: '2017-01-01..2017-01-31' }, offset: 0, limit: 10 }).success).toBe(true);
  });
});
