// An article shaped like the seed with highlights of our own, an AnnotationState whose
// host records reloads, and the states the reader takes, for the reader's component tests.
import { vi } from 'vitest';
import type { Article } from '../../src-main/contract/archive';
import { bodyText, type Annotation } from '../../src-main/contract/userdata';
import { AnnotationState } from '../../src-renderer/src/lib/annotations.svelte';
import { TagState } from '../../src-renderer/src/lib/tags.svelte';
import { annotationOver } from '../fixtures/annotations';

export const PARAGRAPHS = [
  'Пресс-секретарь Дмитрий Песков подтвердил готовность к координации.',
  'Обмен информацией',
  'Москва и Вашингтон осуществляют обмен информацией.',
];
export const TEXT = bodyText(PARAGRAPHS);

/** A highlight over the first occurrence of `quote` in the body. */
export function highlight(quote: string, extra: Partial<Annotation> = {}): Annotation {
  return annotationOver(TEXT, quote, extra);
}

export function article(annotations: Annotation[] = [], note = '', overrides: Partial<Article> = {}): Article {
  const source = {
    path: '/a/seed.txt',
    format: 'text' as const,
    encoding: 'utf-8',
    sha256: 'ab'.repeat(32),
    size: 1,
    mtime: '2016-07-15T10:00:00.000Z',
  };
  return {
    id: '068abd54a537aef4',
    title: 'Песков: РФ готова',
    date: '2016-07-15',
    place: 'Москва',
    agency: 'САНА',
    language: 'ru',
    signature: null,
    paragraphs: PARAGRAPHS,
    related: [],
    source,
    warnings: [],
    sources: [source],
    missing: false,
    subheadings: [1],
    folder: '/a',
    highlights: null,
    userData: { tags: [], note, annotations },
    versions: [{ id: '068abd54a537aef4', version: null, at: null, status: 'usable', title: 'Песков: РФ готова' }],
    thread: [],
    ...overrides,
  };
}

/** A fresh state whose host only counts what it was asked to do. */
export function annotationState() {
  const host = { reloadArticle: vi.fn(async () => {}), refreshResults: vi.fn() };
  return { state: new AnnotationState(host), host };
}

/** What the reader takes besides its article: fresh annotation and tag states of its own. */
export function readerState() {
  return { annotations: annotationState().state, tagState: new TagState() };
}
