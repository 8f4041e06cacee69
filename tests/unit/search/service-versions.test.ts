// archive:search over agency copy: versions of one story (records sharing a guid) are
// one hit, the newest, and the status facet and query terms see what each hit shows.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedArgs } from '../../../src-main/contract/ipc';
import type { SearchPage } from '../../../src-main/contract/search';
import { ArchiveService } from '../../../src-main/core/service';

const SEED = resolve(import.meta.dirname, '../../../seeds/000_068abd54a537aef4.txt');
const SEED_TITLE = 'Песков: РФ готова к координации совместных усилий с США в борьбе с терроризмом в Сирии';

/** A ninjs text item; `extra` adds or overrides fields. */
const ninjs = (guid: string, version: string, headline: string, body: string, extra: object = {}): string =>
  JSON.stringify({
    guid,
    version,
    type: 'text',
    versioncreated: `2024-03-0${version}T10:00:00Z`,
    language: 'en',
    headline,
    body_text: body,
    ...extra,
  });

const QUAKE = { byline: 'By Jörg Müller', subject: [{ code: 'medtop:20001065' }], keywords: ['DISASTER'] };
const FIRST = 'Quake hits coast';
const NEWEST = 'Quake hits coast, dozens hurt';
const VOTE = 'Vote on the coast budget';

let work: string;
let service: ArchiveService;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-versions-'));
  const news = join(work, 'news');
  await mkdir(news, { recursive: true });
  await copyFile(SEED, join(news, 'seed.txt'));
  // The story's first take is usable and mentions a tsunami; the second drops it and is killed.
  await writeFile(
    join(news, 'quake-1.json'),
    ninjs('urn:story:quake', '1', FIRST, 'An earthquake and a tsunami struck the coast early on Friday.', QUAKE),
  );
  await writeFile(
    join(news, 'quake-2.json'),
    ninjs('urn:story:quake', '2', NEWEST, 'An earthquake struck the coast on Friday, injuring dozens.', {
      ...QUAKE,
      pubstatus: 'canceled',
    }),
  );
  await writeFile(
    join(news, 'vote.json'),
    ninjs('urn:story:vote', '1', VOTE, 'The coast region votes on its budget next week.', {
      embargoed: '2024-03-05T00:00:00Z',
    }),
  );
  service = await ArchiveService.open({ dataDir: join(work, 'data') });
  await service.importFolder(news);
});
afterAll(() => rm(work, { recursive: true, force: true }));

function search(args: Partial<ParsedArgs<'archive:search'>> = {}): Promise<SearchPage> {
  return service.handlers['archive:search']({
    query: '',
    filters: {},
    sort: 'date-desc',
    offset: 0,
    limit: 100,
    ...args,
  });
}

const titles = async (query: string, filters = {}): Promise<string[]> =>
  (await search({ query, filters })).items.map((i) => i.title).sort();

describe('versions of one story in archive:search', () => {
  it('lists only the newest version of a story for an empty query', async () => {
    const page = await search();
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.title).sort()).toEqual([NEWEST, SEED_TITLE, VOTE].sort());
  });

  it('counts stories in archive:stats as the list shows them, each story once', async () => {
    const stats = await service.handlers['archive:stats']({});
    expect(stats).toMatchObject({ articles: 4, stories: 3 });
  });

  it('fills each hit with its story’s version count and its status', async () => {
    const byTitle = new Map((await search()).items.map((i) => [i.title, i]));
    expect(byTitle.get(NEWEST)).toMatchObject({ versionCount: 2, status: 'canceled' });
    expect(byTitle.get(VOTE)).toMatchObject({ versionCount: 1, status: 'embargoed' });
    expect(byTitle.get(SEED_TITLE)).toMatchObject({ versionCount: 1, status: 'usable' });
  });

  it('finds a story by a word only an older version has, and shows its newest version', async () => {
    const page = await search({ query: 'tsunami', sort: 'relevance' });
    expect(page.items.map((i) => i.title)).toEqual([NEWEST]);
    expect(page.items[0]).toMatchObject({ versionCount: 2, status: 'canceled' });
    expect(page.items[0]!.score).toBeGreaterThan(0);
  });

  it('gives a story both versions of which match once', async () => {
    expect(await titles('earthquake')).toEqual([NEWEST]);
    expect((await search({ query: 'coast' })).total).toBe(2);
  });

  it('leaves superseded versions out of the facet counts', async () => {
    expect((await search()).facets.status).toEqual([
      { value: 'usable', count: 1 },
      { value: 'embargoed', count: 1 },
      { value: 'canceled', count: 1 },
    ]);
    expect((await search({ query: 'tsunami' })).facets.status).toEqual([{ value: 'canceled', count: 1 }]);
    expect((await search({ query: 'earthquake' })).facets.language).toEqual([{ value: 'en', count: 1 }]);
  });

  it('judges a story by its newest version’s status, not an older one’s', async () => {
    expect(await titles('tsunami status:usable')).toEqual([]);
    expect(await titles('tsunami -status:killed')).toEqual([]);
    expect(await titles('status:canceled')).toEqual([NEWEST]);
    expect(await titles('', { status: ['usable'] })).toEqual([SEED_TITLE]);
  });

  it('finds stories with more than one version', async () => {
    expect(await titles('has:versions')).toEqual([NEWEST]);
    expect(await titles('coast -has:versions')).toEqual([VOTE]);
  });

  it('finds wire copy by byline and subject', async () => {
    expect(await titles('byline:muller')).toEqual([NEWEST]);
    expect(await titles('subject:medtop:20001065')).toEqual([NEWEST]);
    expect(await titles('subject:disaster OR status:embargo')).toEqual([NEWEST, VOTE]);
  });

  it('gives every matching id once, newest versions only, for select-all', async () => {
    const { ids } = await service.handlers['archive:ids']({ query: 'coast', filters: {}, sort: 'date-desc' });
    const listed = (await search({ query: 'coast' })).items.map((i) => i.id);
    expect(ids).toEqual(listed);
    expect(ids).toHaveLength(2);
  });
});
