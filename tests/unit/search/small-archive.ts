// A few articles indexed in memory, for tests of query evaluation without any files.
import type { EntityMention } from '../../../src-main/contract/entities';
import { storedEntities } from '../../../src-main/core/record-entities';
import type { ArticleRow } from '../../../src-main/core/search/compile-query';
import { compileQuery } from '../../../src-main/core/search/compile-query';
import { evaluate } from '../../../src-main/core/search/evaluate';
import { FacetTable } from '../../../src-main/core/search/facets';
import { parseQuery } from '../../../src-main/core/search/query';
import { SearchIndex, type IndexField } from '../../../src-main/core/search/index/search-index';

export interface SmallArticle extends Partial<Omit<ArticleRow, 'id' | 'entities'>> {
  id: string;
  body: string[];
  /** The names it mentions, stored as the importer stores them. */
  entities?: EntityMention[];
}

export function smallArchive(articles: SmallArticle[]) {
  const index = SearchIndex.create();
  const rows = new Map<string, ArticleRow>();
  for (const a of articles) {
    const row: ArticleRow = {
      id: a.id,
      title: a.title ?? '',
      date: a.date ?? null,
      language: a.language ?? 'en',
      agency: a.agency ?? null,
      place: a.place ?? null,
      folder: a.folder ?? null,
      status: a.status ?? 'usable',
      versionCount: a.versionCount ?? 1,
      byline: a.byline,
      subjects: a.subjects,
      ...storedEntities(a),
    };
    rows.set(a.id, row);
    index.put({ id: a.id, title: row.title, body: a.body, place: row.place ?? '', agency: row.agency ?? '' }, a.id);
  }
  const table = new FacetTable(rows.values());
  const ctx = {
    index,
    table,
    mentions: table.mentions,
    rows: [...rows.values()],
    // No user work in these archives: tag:, has: and notes match nothing.
    user: {
      tagged: () => new Set<string>(),
      having: () => new Set<string>(),
      matchNotes: () => new Map<string, number>(),
      noteText: () => undefined,
    },
  };
  /** Ids matching `query`, sorted for stable comparison. */
  async function ids(query: string): Promise<string[]> {
    const parsed = parseQuery(query);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { matcher } = compileQuery(parsed.node);
    if (!matcher) return [...rows.keys()].sort();
    return Array.from((await evaluate(matcher, ctx)).positions, (p) => table.idAt(p)).sort();
  }
  async function scores(query: string): Promise<Map<string, number>> {
    const parsed = parseQuery(query);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { positions, scores } = await evaluate(compileQuery(parsed.node).matcher!, ctx);
    return new Map(Array.from(positions, (p, i) => [table.idAt(p), scores[i]!]));
  }
  return { index, rows, ids, scores };
}

/** Which of `ids` hold the phrase `terms` in `fields`, asked through a table that lists exactly them. */
export function phraseIds(index: SearchIndex, terms: readonly string[], fields: IndexField[], ids: string[]): string[] {
  const table = { size: ids.length, positionOf: (id: string) => (ids.includes(id) ? ids.indexOf(id) : undefined) };
  return Array.from(index.phraseIn(table, terms, fields, Int32Array.from(ids.keys())), (p) => ids[p]!).sort();
}
