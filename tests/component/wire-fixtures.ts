// A story in three versions as agency copy gives it (a NITF-like dispatch with byline,
// zone, subjects), for the reader's wire, banner and versions tests.
import type { Article, DiffPart, StoryVersion } from '../../src-main/contract/archive';
import { article } from './annotation-fixtures';

export const FIRST = '1111111111111111';
export const SECOND = '2222222222222222';
export const THIRD = '3333333333333333';

export const VERSIONS: StoryVersion[] = [
  { id: FIRST, version: '1', at: '2024-03-01T14:05:00+01:00', status: 'usable', title: 'Quake hits coast' },
  { id: SECOND, version: '2', at: '2024-03-01T15:30:00+01:00', status: 'correction', title: 'Quake hits coast' },
  { id: THIRD, version: '3', at: '2024-03-01T17:00:00Z', status: 'usable', title: 'Quake kills 12 on coast' },
];

/** Version `id` of the story, opened in the reader. */
export function version(id: string, overrides: Partial<Article> = {}): Article {
  const known = VERSIONS.find((v) => v.id === id);
  return article([], '', {
    id,
    language: 'en',
    title: known?.title ?? 'Quake',
    versions: VERSIONS,
    version: known?.version ?? undefined,
    ...overrides,
  });
}

/** What main answers to archive:diff between two versions: one word removed, one added. */
export const DIFF: DiffPart[] = [
  { kind: 'same', text: 'The quake killed ' },
  { kind: 'removed', text: 'ten' },
  { kind: 'added', text: 'twelve' },
  { kind: 'same', text: ' people on the coast.' },
];
