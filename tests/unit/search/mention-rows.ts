// A catalogue row that mentions names, stored as the importer stores them, for the tests
// of the mention facets.
import type { EntityMention } from '../../../src-main/contract/entities';
import { storedEntities } from '../../../src-main/core/record-entities';
import type { ArticleRow } from '../../../src-main/core/search/compile-query';

export function mentionRow(
  id: string,
  entities: EntityMention[] | undefined,
  fields: Partial<Omit<ArticleRow, 'id' | 'entities'>> = {},
): ArticleRow {
  return {
    id,
    title: id,
    agency: 'TASS',
    language: 'ru',
    date: '2010-06-28',
    place: null,
    folder: '/news',
    status: 'usable',
    versionCount: 1,
    ...fields,
    ...storedEntities({ entities }),
  };
}
