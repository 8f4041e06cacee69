import { describe, expect, it } from 'vitest';
import {
  buildRequest,
  defaultScope,
  defaultTag,
  initialChoices,
  offersLayout,
  type ExportChoices,
  type ExportContext,
} from '../../../src-renderer/src/lib/export-request';

const ARTICLE = 'a0a0a0a0a0a0a0a0';
const PICKED = ['b1b1b1b1b1b1b1b1', 'c2c2c2c2c2c2c2c2'];

function context(patch: Partial<ExportContext> = {}): ExportContext {
  return {
    article: { id: ARTICLE, title: 'Water station in Aleppo back in service' },
    selection: [],
    search: { query: '', filters: {}, total: 40 },
    tags: [
      { name: 'syria', count: 3 },
      { name: 'syria/aleppo', count: 2 },
    ],
    ...patch,
  };
}

function choices(patch: Partial<ExportChoices> = {}): ExportChoices {
  return {
    scope: 'article',
    tag: 'syria',
    format: 'pdf',
    layout: 'dossier',
    title: '',
    includeWithdrawn: false,
    ...patch,
  };
}

describe('defaultScope', () => {
  it('takes the open article when the reader opened the dialog', () => {
    expect(defaultScope('reader', context({ selection: PICKED }))).toBe('article');
  });

  it('takes the rows picked by hand when the selection bar opened it', () => {
    expect(defaultScope('selection', context({ selection: PICKED }))).toBe('selection');
  });

  it('takes the picked rows from the toolbar too, as the narrowest thing set up', () => {
    expect(defaultScope('toolbar', context({ selection: PICKED }))).toBe('selection');
  });

  it('takes a narrowed search from the toolbar over the article the list opened by itself', () => {
    expect(defaultScope('toolbar', context({ search: { query: 'aleppo', filters: {}, total: 4 } }))).toBe('search');
  });

  it('takes the open article from the toolbar when nothing narrows the list', () => {
    expect(defaultScope('toolbar', context())).toBe('article');
  });

  it('takes the whole archive when no article is open and nothing narrows the list', () => {
    expect(defaultScope('toolbar', context({ article: null }))).toBe('search');
  });
});

describe('defaultTag', () => {
  it('is the tag the list is filtered by', () => {
    expect(defaultTag(context({ search: { query: '', filters: { tag: ['syria/aleppo'] }, total: 2 } }))).toBe(
      'syria/aleppo',
    );
  });

  it('is the first tag when the list is not filtered by one', () => {
    expect(defaultTag(context())).toBe('syria');
  });
});

describe('buildRequest', () => {
  it('exports the open article by its id', () => {
    expect(buildRequest(choices(), context())).toEqual({
      format: 'pdf',
      layout: 'dossier',
      scope: { kind: 'ids', ids: [ARTICLE] },
    });
  });

  it('exports the picked rows by their ids', () => {
    const request = buildRequest(
      choices({ scope: 'selection', format: 'markdown', layout: 'per-article' }),
      context({ selection: PICKED }),
    );
    expect(request).toEqual({ format: 'markdown', layout: 'per-article', scope: { kind: 'ids', ids: PICKED } });
  });

  it('exports a tag by its name', () => {
    expect(buildRequest(choices({ scope: 'tag', tag: 'syria/aleppo' }), context())?.scope).toEqual({
      kind: 'tag',
      tag: 'syria/aleppo',
    });
  });

  it('exports the search with its query and filters', () => {
    const search = { query: 'путин', filters: { language: ['ru'] }, total: 9 };
    expect(buildRequest(choices({ scope: 'search', format: 'csv' }), context({ search }))?.scope).toEqual({
      kind: 'search',
      query: 'путин',
      filters: { language: ['ru'] },
    });
  });

  it('sends the dossier title, trimmed, for a dossier of many', () => {
    expect(buildRequest(choices({ scope: 'tag', title: '  Aleppo water  ' }), context())?.title).toBe('Aleppo water');
  });

  it('sends no title for a single article, which is titled by its headline', () => {
    expect(buildRequest(choices({ title: 'Ignored' }), context())).not.toHaveProperty('title');
  });

  it('sends no title when each article gets its own file', () => {
    expect(
      buildRequest(choices({ scope: 'tag', layout: 'per-article', title: 'Ignored' }), context()),
    ).not.toHaveProperty('title');
  });

  it('makes no request for a tag scope without a tag', () => {
    expect(buildRequest(choices({ scope: 'tag', tag: '' }), context({ tags: [] }))).toBeNull();
  });
});

describe('offersLayout', () => {
  it('offers a dossier or one file each for a PDF of many', () => {
    expect(offersLayout(choices({ scope: 'search' }), context())).toBe(true);
  });

  it('offers no choice for one article', () => {
    expect(offersLayout(choices(), context())).toBe(false);
  });

  it('offers no choice for a JSON backup, which is always one file', () => {
    expect(offersLayout(choices({ scope: 'search', format: 'json' }), context())).toBe(false);
  });
});

describe('initialChoices', () => {
  it('starts as a PDF dossier with no title', () => {
    expect(initialChoices('reader', context())).toEqual({
      scope: 'article',
      tag: 'syria',
      format: 'pdf',
      layout: 'dossier',
      title: '',
      includeWithdrawn: false,
    });
  });
});

describe('withdrawn stories', () => {
  it('asks for them only when the box is ticked', () => {
    expect(buildRequest(choices(), context())).not.toHaveProperty('includeWithdrawn');
    expect(buildRequest(choices({ includeWithdrawn: true }), context())?.includeWithdrawn).toBe(true);
  });

  it('starts ticked only for a withdrawn open article exported on its own', () => {
    const withdrawn = context({ article: { id: ARTICLE, title: 'Killed', withdrawn: true } });
    expect(initialChoices('reader', withdrawn).includeWithdrawn).toBe(true);
    expect(initialChoices('selection', { ...withdrawn, selection: PICKED }).includeWithdrawn).toBe(false);
    expect(initialChoices('reader', context()).includeWithdrawn).toBe(false);
  });
});
