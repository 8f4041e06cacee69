// The user's work through the real service and router: the same calls the renderer makes.
import { cp, mkdir, mkdtemp, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src-main/contract/archive';
import type { ChannelArgs, ChannelResult, Channel } from '../../../src-main/contract/ipc';
import type { SearchPage } from '../../../src-main/contract/search';
import { bodyText, type Annotation } from '../../../src-main/contract/userdata';
import { routeCall } from '../../../src-main/core/ipc-router';
import { ArchiveService } from '../../../src-main/core/service';

const SEED = resolve(__dirname, '../../../seeds/000_068abd54a537aef4.txt');
const SEED_NAME = '000_068abd54a537aef4.txt';

let root: string;
let folder: string;
let data: string;
let service: ArchiveService;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'da-userwork-'));
  folder = join(root, 'wires');
  data = join(root, 'data');
  await mkdir(folder);
  await cp(SEED, join(folder, SEED_NAME));
  await writeFile(
    join(folder, 'reuters.txt'),
    'Aleppo convoy reaches city\n\nDAMASCUS (Reuters) - An aid convoy reached the city on Tuesday, officials said.\n\nThe United Nations welcomed the news.\n',
  );
  service = await ArchiveService.open({ dataDir: data });
  await service.importFolder(folder);
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function call<C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>> {
  const reply = await routeCall(service.handlers, channel, args);
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value as ChannelResult<C>;
}

async function failure(channel: Channel, args: unknown): Promise<string> {
  const reply = await routeCall(service.handlers, channel, args);
  if (reply.ok) throw new Error(`${channel} succeeded`);
  return `${reply.error.code}: ${reply.error.message}`;
}

async function search(query: string, filters = {}): Promise<SearchPage> {
  return call('archive:search', { query, filters });
}

async function seedArticle(): Promise<Article> {
  const hit = (await search('Песков')).items[0]!;
  return (await call('archive:get', { id: hit.id }))!;
}

async function highlight(article: Article, words: string, note = ''): Promise<Annotation> {
  const start = bodyText(article.paragraphs).indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  return call('annotations:create', { articleId: article.id, start, end: start + words.length, color: 'green', note });
}

const quoteOf = (article: Article, a: Annotation): string =>
  bodyText(article.paragraphs).slice(a.anchor.start, a.anchor.end);

async function restart(): Promise<void> {
  // As the app quitting and starting again: the archive is closed first, letting go of its lock.
  await service.close();
  service = await ArchiveService.open({ dataDir: data });
}

/** Rewrites the seed file and imports the folder again, as a user re-importing a changed folder. */
async function reimportSeed(edit: (text: string) => string): Promise<void> {
  const path = join(folder, SEED_NAME);
  await writeFile(path, edit(await readFile(path, 'utf8')));
  await service.importFolder(folder);
}

describe('tags through the service', () => {
  it('tags two articles in one call and finds them by tag, parent included', async () => {
    const ids = (await search('')).items.map((i) => i.id);
    await call('tags:apply', { ids, add: ['syria/aleppo'] });
    expect((await search('tag:syria')).total).toBe(2);
    expect((await search('', { tag: ['syria'] })).total).toBe(2);
    expect((await search('')).items.every((i) => i.tags.includes('syria/aleppo'))).toBe(true);
  });

  it('combines tags with AND and OR in the query', async () => {
    const [a, b] = (await search('')).items.map((i) => i.id);
    await call('tags:apply', { ids: [a!, b!], add: ['syria'] });
    await call('tags:apply', { ids: [a!], add: ['russia'] });
    expect((await search('tag:syria tag:russia')).items.map((i) => i.id)).toEqual([a]);
    expect((await search('tag:russia OR tag:syria')).total).toBe(2);
    expect((await search('tag:syria -tag:russia')).items.map((i) => i.id)).toEqual([b]);
  });

  it('finds what tagging changed when the same tag is searched again (its positions are kept between searches)', async () => {
    const [a, b] = (await search('')).items.map((i) => i.id);
    await call('tags:apply', { ids: [a!], add: ['syria'] });
    expect((await search('tag:syria')).items.map((i) => i.id)).toEqual([a]);
    await call('tags:apply', { ids: [b!], add: ['syria'] });
    expect((await search('tag:syria')).total).toBe(2);
    await call('tags:apply', { ids: [a!], add: [], remove: ['syria'] });
    expect((await search('tag:syria')).items.map((i) => i.id)).toEqual([b]);
    expect((await search('has:tags')).items.map((i) => i.id)).toEqual([b]);
  });

  it('counts tags as a facet over the current results, parents including children', async () => {
    const ids = (await search('')).items.map((i) => i.id);
    await call('tags:apply', { ids: [ids[0]!], add: ['syria/aleppo'] });
    await call('tags:apply', { ids: [ids[1]!], add: ['syria/idlib'] });
    expect((await search('')).facets.tag).toEqual([
      { value: 'syria', count: 2 },
      { value: 'syria/aleppo', count: 1 },
      { value: 'syria/idlib', count: 1 },
    ]);
    expect((await search('convoy')).facets.tag.map((f) => f.value)).not.toContain('syria/aleppo');
  });

  it('renames a tag across the archive and keeps it over a restart', async () => {
    const ids = (await search('')).items.map((i) => i.id);
    await call('tags:apply', { ids, add: ['syria/aleppo'] });
    expect(await call('tags:rename', { from: 'syria/aleppo', to: 'levant/aleppo' })).toEqual({
      changed: 2,
      merged: false,
    });
    await restart();
    expect((await search('tag:levant/aleppo')).total).toBe(2);
    expect((await search('tag:syria')).total).toBe(0);
    expect((await call('tags:list', {})).map((t) => t.name)).toEqual(['levant', 'levant/aleppo']);
  });

  it('refuses to tag an article the archive does not hold, changing nothing', async () => {
    expect(await failure('tags:apply', { ids: ['0123456789abcdef'], add: ['x'] })).toMatch(
      /^not-found: 1 of the articles/,
    );
    expect(await call('tags:list', {})).toEqual([]);
  });

  it('refuses a tag name made only of slashes', async () => {
    const [id] = (await search('')).items.map((i) => i.id);
    expect(await failure('tags:apply', { ids: [id], add: ['//'] })).toMatch(/^invalid-args: .*tag name/);
  });
});

describe('annotations through the service', () => {
  it('highlights a phrase with a note and finds the article by a word of the note', async () => {
    const article = await seedArticle();
    const a = await highlight(article, 'Дмитрий Песков', 'проверить цитату у Кремля');
    expect(a).toMatchObject({ placement: 'created', anchor: { quote: 'Дмитрий Песков' } });
    expect((await search('цитату')).items.map((i) => i.id)).toEqual([article.id]);
    expect((await search('has:annotations')).total).toBe(1);
    expect((await search('', { annotated: ['yes'] })).total).toBe(1);
    expect((await search('', { annotated: ['no'] })).total).toBe(1);
  });

  it('keeps highlights and notes over a restart', async () => {
    const article = await seedArticle();
    await highlight(article, 'Дмитрий Песков', 'note one');
    await call('note:set', { articleId: article.id, note: '**Follow up** with the desk' });
    await restart();
    const again = (await call('archive:get', { id: article.id }))!;
    expect(again.userData.annotations.map((a) => [quoteOf(again, a), a.note])).toEqual([
      ['Дмитрий Песков', 'note one'],
    ]);
    expect(again.userData.note).toBe('**Follow up** with the desk');
  });

  it('edits, recolours, deletes and restores (undo) an annotation', async () => {
    const article = await seedArticle();
    const a = await highlight(article, 'Дмитрий Песков');
    await call('annotations:update', { articleId: article.id, id: a.id, note: 'edited', color: 'pink' });
    const deleted = await call('annotations:delete', { articleId: article.id, id: a.id });
    expect(deleted).toMatchObject({ id: a.id, note: 'edited', color: 'pink' });
    expect((await call('archive:get', { id: article.id }))!.userData.annotations).toEqual([]);
    await call('annotations:restore', { articleId: article.id, annotation: deleted });
    const back = (await call('archive:get', { id: article.id }))!.userData.annotations;
    expect(back).toEqual([expect.objectContaining({ id: a.id, note: 'edited', color: 'pink', anchor: a.anchor })]);
  });

  it('says which annotation is gone when asked to edit one that is not there', async () => {
    const article = await seedArticle();
    expect(
      await failure('annotations:update', {
        articleId: article.id,
        id: '00000000-0000-4000-8000-000000000000',
        note: 'x',
      }),
    ).toMatch(/^not-found: article .* has no annotation/);
  });

  it('refuses a highlight outside the text', async () => {
    const article = await seedArticle();
    expect(await failure('annotations:create', { articleId: article.id, start: 5, end: 1_000_000 })).toMatch(
      /^invalid-args: .*at least one character/,
    );
  });
});

describe('annotations across re-imports', () => {
  it('re-anchors on the same words after a paragraph is inserted before the highlight', async () => {
    const article = await seedArticle();
    await highlight(article, 'Дмитрий Песков', 'кто сказал');
    const first = article.paragraphs[0]!;
    await reimportSeed((text) => text.replace(first, `Вставленный абзац о другом.\n\n${first}`));
    const after = (await call('archive:get', { id: article.id }))!;
    const [a] = after.userData.annotations;
    expect(after.paragraphs[0]).toBe('Вставленный абзац о другом.');
    expect(a!.placement).toBe('quote');
    expect(quoteOf(after, a!)).toBe('Дмитрий Песков');
    expect(a!.note).toBe('кто сказал');
  });

  it('orphans, never drops, a highlight whose paragraph was deleted, and says so in the import summary', async () => {
    const article = await seedArticle();
    const paragraph = article.paragraphs.find((p) => p.includes('Дмитрий Песков'))!;
    await highlight(article, 'Дмитрий Песков', 'кто сказал');
    const path = join(folder, SEED_NAME);
    await writeFile(path, (await readFile(path, 'utf8')).replace(paragraph, ''));
    const summary = await service.importFolder(folder);
    expect(summary.userWork).toMatchObject({ reanchored: 1, orphaned: 1 });
    const [a] = (await call('archive:get', { id: article.id }))!.userData.annotations;
    expect(a).toMatchObject({
      placement: 'orphaned',
      note: 'кто сказал',
      anchor: expect.objectContaining({ quote: 'Дмитрий Песков' }),
    });
  });

  it('follows an article whose file was renamed and edited to its new identity', async () => {
    const article = await seedArticle();
    await highlight(article, 'Дмитрий Песков', 'moved note');
    await call('tags:apply', { ids: [article.id], add: ['kremlin'] });
    const text = await readFile(join(folder, SEED_NAME), 'utf8');
    await rm(join(folder, SEED_NAME));
    await writeFile(join(folder, 'renamed.txt'), text.replace('готовы', 'полностью готовы'));
    const summary = await service.importFolder(folder);
    expect(summary.userWork?.moved).toBe(1);
    const now = (await search('tag:kremlin')).items;
    expect(now).toHaveLength(1);
    expect(now[0]!.id).not.toBe(article.id);
    const moved = (await call('archive:get', { id: now[0]!.id }))!;
    expect(moved.userData.annotations.map((a) => [quoteOf(moved, a), a.note])).toEqual([
      ['Дмитрий Песков', 'moved note'],
    ]);
  });

  it('keeps the work of an article whose file was only renamed', async () => {
    const article = await seedArticle();
    await call('tags:apply', { ids: [article.id], add: ['kremlin'] });
    await rename(join(folder, SEED_NAME), join(folder, 'renamed.txt'));
    await service.importFolder(folder);
    const hits = (await search('tag:kremlin')).items;
    expect(hits.map((h) => [h.id, h.missing])).toEqual([[article.id, false]]);
  });
});

describe('tags from front matter', () => {
  it('imports them as tags, and a tag the user removed stays removed when the file changes', async () => {
    const path = join(folder, 'brief.md');
    await writeFile(
      path,
      '---\ntitle: Brief on Idlib\ntags: [syria/idlib, humanitarian]\n---\nAid reached Idlib on Monday, the agency said.\n',
    );
    await service.importFolder(folder);
    const [hit] = (await search('tag:humanitarian')).items;
    expect(hit!.tags).toEqual(['syria/idlib', 'humanitarian']);
    await call('tags:apply', { ids: [hit!.id], remove: ['humanitarian'] });
    await writeFile(
      path,
      '---\ntitle: Brief on Idlib\ntags: [syria/idlib, humanitarian, un]\n---\nAid reached Idlib on Monday, the agency said again.\n',
    );
    await utimes(path, new Date(), new Date(Date.now() + 5000));
    await service.importFolder(folder);
    expect((await call('archive:get', { id: hit!.id }))!.userData.tags).toEqual(['syria/idlib', 'un']);
  });
});
