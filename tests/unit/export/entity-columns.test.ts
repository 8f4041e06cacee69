// The names an article mentions in the exports (issue 19): a CSV column per type, the
// JSON backup's `entities` (read back by the restore schema, refused when malformed), and
// a list per type in Markdown's front matter.
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../src-main/contract/entities';
import { backupArticle } from '../../../src-main/core/backup/backup-schema';
import { buildCsv } from '../../../src-main/core/export/csv';
import { buildJsonExport } from '../../../src-main/core/export/json';
import { buildMarkdown } from '../../../src-main/core/export/markdown';
import { MAX_STORED_ENTITIES } from '../../../src-main/core/record-entities';
import { articleDoc, dossierDoc, makeArticle } from '../../fixtures/export/articles';

const ENTITIES: EntityMention[] = [
  { type: 'person', name: 'Юрий Лужков', count: 3 },
  { type: 'place', name: 'Москва', count: 2 },
  { type: 'org', name: 'Мосгордума', count: 1 },
  { type: 'person', name: 'Борис Громов', count: 1 },
  { type: 'org', name: '=HYPERLINK("http://x")', count: 1 },
];
const named = makeArticle({ id: '0123456789abcdef', entities: ENTITIES });
const plain = makeArticle({ id: '00000000000000aa' });

describe('the CSV', () => {
  const rows = Papa.parse<Record<string, string>>(buildCsv(dossierDoc([named, plain])).replace(/^\uFEFF/u, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;

  it('lists the people, organisations and places mentioned, commonest first, in a column each', () => {
    expect(rows[0]).toMatchObject({
      people: 'Юрий Лужков; Борис Громов',
      places_mentioned: 'Москва',
    });
  });

  it('guards a name that would start a formula, as every other cell', () => {
    expect(rows[0]!.organisations).toBe(`Мосгордума; =HYPERLINK("http://x")`);
    const guarded = Papa.parse<Record<string, string>>(
      buildCsv(dossierDoc([makeArticle({ id: 'b1', entities: [ENTITIES[4]!] })])).replace(/^\uFEFF/u, ''),
      { header: true },
    ).data[0]!;
    expect(guarded.organisations).toBe(`'=HYPERLINK("http://x")`);
  });

  it('leaves the three cells empty for an article that mentions no one', () => {
    expect(rows[1]).toMatchObject({ people: '', organisations: '', places_mentioned: '' });
  });
});

describe('the JSON backup', () => {
  const json = JSON.parse(buildJsonExport(dossierDoc([named, plain]), [])) as { articles: object[] };

  it('carries the entities of an article that has them and no field for one that has none', () => {
    expect(json.articles[0]).toMatchObject({ entities: ENTITIES });
    expect(Object.keys(json.articles[1]!)).not.toContain('entities');
  });

  it('reads them back through the restore schema, and an older backup without them too', () => {
    expect(backupArticle.parse(json.articles[0]).entities).toEqual(ENTITIES);
    expect(backupArticle.parse(json.articles[1]).entities).toBeUndefined();
  });

  it('refuses an unknown type, an empty name, a count below one and an overlong list', () => {
    const withEntities = (entities: unknown) => backupArticle.safeParse({ ...json.articles[0], entities }).success;
    expect(withEntities([{ type: 'thing', name: 'x', count: 1 }])).toBe(false);
    expect(withEntities([{ type: 'person', name: '', count: 1 }])).toBe(false);
    expect(withEntities([{ type: 'person', name: 'x', count: 0 }])).toBe(false);
    const many = Array.from({ length: MAX_STORED_ENTITIES + 1 }, (_, i) => ({ type: 'org', name: `o${i}`, count: 1 }));
    expect(withEntities(many)).toBe(false);
    expect(withEntities(many.slice(1))).toBe(true);
  });
});

describe('the Markdown front matter', () => {
  it('lists the people, organisations and places mentioned, and nothing for an article without', () => {
    const front = (md: string) => parseYaml(md.split('---')[1]!) as Record<string, unknown>;
    expect(front(buildMarkdown(articleDoc(named)))).toMatchObject({
      people: ['Юрий Лужков', 'Борис Громов'],
      organisations: ['Мосгордума', '=HYPERLINK("http://x")'],
      places_mentioned: ['Москва'],
    });
    expect(Object.keys(front(buildMarkdown(articleDoc(plain))))).not.toContain('people');
  });
});
