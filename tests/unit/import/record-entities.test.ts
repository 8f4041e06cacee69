// The names an article mentions through the real service (issue 19): found at import from
// title and body by the article's language, kept in the catalogue across a restart, shown
// by the reader, carried by the JSON backup and put back by restore, and capped per article.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../src-main/contract/entities';
import { parseFile } from '../../../src-main/core/parse/index';
import {
  decodeMentions,
  entitiesOf,
  MAX_STORED_ENTITIES,
  readEntities,
  storedEntities,
} from '../../../src-main/core/record-entities';
import { ArchiveService } from '../../../src-main/core/service';
import { MENTION_WIRES, writeMentionWires } from '../../fixtures/mentions/mention-wires';

let root: string;
let folder: string;
let backup: string;
let csv: string;
let target: string;
let service: ArchiveService;

/** What the reader should show for a fixture file: the extractor's names for its record, stored and read back (with the ids of known places). */
async function expected(name: string): Promise<EntityMention[]> {
  const bytes = new TextEncoder().encode(MENTION_WIRES[name]);
  const outcome = await parseFile({ path: join(folder, name), bytes, mtimeMs: 0 });
  if (!outcome.ok) throw new Error(outcome.reason);
  return readEntities(storedEntities({ entities: entitiesOf(outcome.records[0]!) })).entities ?? [];
}

/** Every article's entities, by the name of its source file. */
async function entitiesByFile(archive: ArchiveService): Promise<Record<string, EntityMention[] | undefined>> {
  const { ids } = await archive.handlers['archive:ids']({ query: '', filters: {}, sort: 'title' });
  const out: Record<string, EntityMention[] | undefined> = {};
  for (const id of ids) {
    const article = (await archive.article(id))!;
    out[article.source.path.split('/').at(-1)!] = article.entities;
  }
  return out;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'da-entities-'));
  folder = join(root, 'wires');
  backup = join(root, 'backup.json');
  csv = join(root, 'list.csv');
  await writeMentionWires(folder);
  service = await ArchiveService.open({
    dataDir: join(root, 'a'),
    chooseExportTarget: async () => ({ path: target, replace: false }),
    openPdfRenderer: () => Promise.reject(new Error('no PDF here')),
  });
  await service.importFolder(folder);
});
afterAll(async () => {
  await service.close();
  await rm(root, { recursive: true, force: true });
});

describe('entities in the archive', () => {
  it('stores for each imported article the names its title and body mention, by its language', async () => {
    const stored = await entitiesByFile(service);
    for (const name of Object.keys(MENTION_WIRES)) expect(stored[name], name).toEqual(await expected(name));
    // twice in the body, and the headline's lone «Лужков» counted with him
    expect(stored['luzhkov.txt']).toContainEqual({ type: 'person', name: 'Юрий Лужков', count: 3 });
    expect(stored['assad.txt']).toContainEqual({ type: 'person', name: 'بشار الأسد', count: 2 });
    // A place the gazetteer knows comes with its id, the value the Places mentioned facet lists.
    expect(stored['assad.txt']).toContainEqual({ type: 'place', name: 'دمشق', count: 1, id: 'place/damascus' });
    expect(stored['obama.txt']).toContainEqual(expect.objectContaining({ type: 'person', name: 'Barack Obama' }));
  });

  it('stores them compactly, one string per article read back as [type code, name, count]', async () => {
    const { ids } = await service.handlers['archive:ids']({ query: 'person:Лужков', filters: {}, sort: 'title' });
    expect(ids.map((id) => typeof service.catalogue.article(id)!.entities)).toEqual(ids.map(() => 'string'));
    const stored = ids.flatMap((id) => decodeMentions(service.catalogue.article(id)!.entities));
    expect(stored).toContainEqual(['p', 'Юрий Лужков', 3]);
    expect(stored).toContainEqual(['l', 'Москва', 2]);
  });

  it('keeps them in the catalogue across a restart', async () => {
    const before = await entitiesByFile(service);
    await service.close();
    service = await ArchiveService.open({
      dataDir: join(root, 'a'),
      chooseExportTarget: async () => ({ path: target, replace: false }),
      openPdfRenderer: () => Promise.reject(new Error('no PDF here')),
    });
    expect(await entitiesByFile(service)).toEqual(before);
  });

  it('filters and counts by them, and finds them with person:', async () => {
    const page = await service.handlers['archive:search']({
      query: '',
      filters: { person: ['Юрий Лужков'] },
      sort: 'title',
      offset: 0,
      limit: 50,
    });
    expect(page.items.map((i) => i.title).sort()).toEqual([
      'Лужков открыл новую станцию метро',
      'Оппозиция вышла к мэрии',
    ]);
    const all = await service.handlers['archive:search']({
      query: '',
      filters: {},
      sort: 'title',
      offset: 0,
      limit: 50,
    });
    expect(all.facets.person).toContainEqual({ value: 'Юрий Лужков', count: 2 });
    const { ids } = await service.handlers['archive:ids']({ query: 'person:Лужкова', filters: {}, sort: 'title' });
    expect(ids).toHaveLength(2);
  });

  it('carries them through a JSON backup into an empty archive', async () => {
    target = backup;
    const scope = { kind: 'search' as const, query: '', filters: {} };
    await service.handlers['export:run']({ format: 'json', layout: 'dossier', scope, includeWithdrawn: false });
    const other = await ArchiveService.open({ dataDir: join(root, 'b') });
    try {
      await other.handlers['backup:restore']({ path: backup });
      expect(await entitiesByFile(other)).toEqual(await entitiesByFile(service));
    } finally {
      await other.close();
    }
  });

  it('writes them to the CSV export', async () => {
    target = csv;
    const scope = { kind: 'search' as const, query: 'person:Громов', filters: {} };
    await service.handlers['export:run']({ format: 'csv', layout: 'dossier', scope, includeWithdrawn: false });
    const text = await readFile(csv, 'utf8');
    expect(text.split('\r\n')[0]).toContain('"people","organisations","places_mentioned"');
    expect(text).toContain('Борис Громов');
  });
});

describe('entitiesOf', () => {
  it(`keeps the ${MAX_STORED_ENTITIES} most mentioned names of an article that has more`, () => {
    const first = ['John', 'Mary', 'Peter', 'Anna', 'David', 'Laura', 'Simon', 'Helen'];
    const last = ['Adams', 'Baker', 'Carter', 'Dixon', 'Evans', 'Fisher', 'Graham', 'Hughes'];
    const paragraphs = first.flatMap((f) => last.map((l) => `On Monday ${f} ${l} told reporters the talks went on.`));
    paragraphs.push('On Tuesday Helen Hughes said so again.', 'On Friday Helen Hughes repeated it.');
    const kept = entitiesOf({ title: 'Talks', paragraphs, language: 'en' });
    expect(kept).toHaveLength(MAX_STORED_ENTITIES);
    expect(kept[0]).toEqual({ type: 'person', name: 'Helen Hughes', count: 3 });
  });

  it('finds nothing in a language it has no rules for', () => {
    expect(
      entitiesOf({ title: 'Angela Merkel in Berlin', paragraphs: ['Angela Merkel sprach.'], language: 'de' }),
    ).toEqual([]);
  });
});
