// A catalogue record for store tests: only what a test names differs between two of them.
import type { StoredArticle } from '../../../src-main/core/store/catalogue';

export function storedArticle(id: string, title = `Dispatch ${id}`): StoredArticle {
  return {
    id,
    title,
    date: '2016-05-01',
    place: null,
    agency: null,
    language: 'en',
    signature: null,
    warnings: [],
    snippet: '',
    contentHash: `hash-${id}-${title}`,
    sources: [],
    missing: false,
    addedAt: '2016-05-01T00:00:00.000Z',
    updatedAt: '2016-05-01T00:00:00.000Z',
  };
}
