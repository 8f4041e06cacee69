// Counts and lookups keyed by the archive's own words (tags, agencies, languages) where
// the word is also the name of a property every object has (audit finding 14).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, DEFAULT_UI_STATE } from '../../../src-main/contract/archive';
import { archiveStats } from '../../../src-main/core/archive/archive-stats';
import type { ArticleRow } from '../../../src-main/core/search/compile-query';
import { FacetTable } from '../../../src-main/core/search/facets';
import { UserSearch } from '../../../src-main/core/search/user-search';
import type { CatalogueStore, StoredArticle } from '../../../src-main/core/store/catalogue';
import { storyGroups } from '../../../src-main/core/store/story-versions';
import type { UserData, UserDataStore } from '../../../src-main/core/store/userdata';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

describe('archiveStats', () => {
  /** A catalogue holding one article per agency named, in the language of the same name. */
  function catalogueOf(names: readonly string[]): CatalogueStore {
    const articles = Object.fromEntries(
      names.map((name, i) => [
        `a${i}`,
        { agency: name, language: name, missing: false, sources: [{ format: 'text' }] } as unknown as StoredArticle,
      ]),
    );
    return {
      loadFiles: async () => undefined,
      data: { articles, folders: [] },
      fileCount: () => 0,
      stories: () => storyGroups(articles),
    } as unknown as CatalogueStore;
  }

  it('counts agencies and languages named like object properties as the words they are', async () => {
    const stats = await archiveStats(catalogueOf([...NAMES, 'constructor']), '/data', []);
    const expected = [
      ['__proto__', 1],
      ['constructor', 2],
      ['hasOwnProperty', 1],
      ['toString', 1],
    ];
    expect(Object.entries(stats.byAgency).sort()).toEqual(expected);
    expect(Object.entries(stats.byLanguage).sort()).toEqual(expected);
    expect(Object.getPrototypeOf(stats.byAgency)).toBe(Object.prototype);
  });
});

describe('UserSearch tag facet', () => {
  it('lists tags named like object properties under their own names when the registry has no entry for them', () => {
    const data: UserData = {
      version: 2,
      settings: { ...DEFAULT_SETTINGS },
      ui: { ...DEFAULT_UI_STATE },
      tags: {},
      articles: {
        a: {
          tags: NAMES,
          note: '',
          annotations: [],
          anchoredTo: null,
          link: null,
          sourceTags: [],
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      },
    };
    const store = {
      data,
      generation: 1,
      record: (id: string) => data.articles[id],
      onChange: () => undefined,
    } as unknown as UserDataStore;
    const row: ArticleRow = {
      id: 'a',
      title: 'a',
      agency: null,
      language: 'en',
      date: null,
      place: null,
      folder: '/news',
      status: 'usable',
      versionCount: 1,
    };
    const table = new FacetTable([row]);
    const { facets } = table.select(null, {}, new UserSearch(store).columns(table));
    expect(facets.tag.map((t) => t.value).sort()).toEqual([...NAMES].sort());
  });
});
