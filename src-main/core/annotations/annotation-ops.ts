// Highlights, their notes and the article note, as pure functions from one user-data
// state to the next (see tags/tag-ops.ts for why nothing is mutated).
import { randomUUID } from 'node:crypto';
import type { Annotation, ArticleUserData, HighlightColor } from '../../contract/userdata';
import { InvalidRequestError, NotFoundError } from '../errors';
import type { ArticleLink, ArticleUserRecord, Change, UserData } from '../store/userdata';
import { emptyRecord, isEmptyRecord } from '../tags/tag-ops';
import { describeAnchor, reanchor } from './anchor';
import type { SearchBudget } from './approximate-search';

/** The article's current text, as annotations count in it. */
export interface ArticleText {
  id: string;
  /** bodyText(paragraphs) */
  text: string;
  contentHash: string;
  link: ArticleLink;
}

/** The patch that stores `record` for article `id` (removes it when nothing is left in it). */
function put(id: string, record: ArticleUserRecord): Record<string, ArticleUserRecord | null> {
  return { [id]: isEmptyRecord(record) ? null : record };
}

/**
 * The record, its anchors placed in `article`'s current text. A record anchored in an
 * older text (the file changed and was imported again) is re-anchored first, so a new
 * highlight never sits beside stale offsets.
 */
export function currentRecord(data: Readonly<UserData>, article: ArticleText, now: string): ArticleUserRecord {
  const record = data.articles[article.id] ?? emptyRecord(article.link, now);
  return record.anchoredTo === article.contentHash ? record : reanchorRecord(record, article, now);
}

/**
 * Places every annotation again in the article's current text: moved ones follow their
 * words, lost ones are orphaned, never dropped. `budget`: search steps shared by all of
 * them (anchor.ts reanchor); without one, each gets its own.
 */
export function reanchorRecord(
  record: ArticleUserRecord,
  article: ArticleText,
  now: string,
  budget?: SearchBudget,
): ArticleUserRecord {
  const annotations = record.annotations.map((a): Annotation => {
    const placed = reanchor(article.text, a.anchor, budget);
    if (placed.placement === 'orphaned')
      return a.placement === 'orphaned' ? a : { ...a, placement: 'orphaned', updatedAt: now };
    return { ...a, anchor: placed.anchor, placement: placed.placement };
  });
  return { ...record, annotations, anchoredTo: article.contentHash, link: article.link };
}

export interface NewAnnotation {
  start: number;
  end: number;
  color: HighlightColor;
  note: string;
}

export function createAnnotation(
  data: Readonly<UserData>,
  article: ArticleText,
  input: NewAnnotation,
  now: string,
): Change<Annotation> {
  if (!(input.start < input.end && input.end <= article.text.length)) {
    throw new InvalidRequestError(
      `a highlight must cover at least one character of the article's ${article.text.length}; got ${input.start}–${input.end}`,
    );
  }
  if (article.text.slice(input.start, input.end).trim() === '')
    throw new InvalidRequestError('a highlight must cover some text, not only spaces');
  const annotation: Annotation = {
    id: randomUUID(),
    color: input.color,
    note: input.note,
    anchor: describeAnchor(article.text, input.start, input.end),
    placement: 'created',
    createdAt: now,
    updatedAt: now,
  };
  const record = currentRecord(data, article, now);
  const next = { ...record, annotations: [...record.annotations, annotation], updatedAt: now };
  return { articles: put(article.id, next), result: annotation };
}

function findAnnotation(record: ArticleUserRecord | undefined, id: string, articleId: string): Annotation {
  const found = record?.annotations.find((a) => a.id === id);
  if (!found) throw new NotFoundError(`article ${articleId} has no annotation ${id}`);
  return found;
}

export function updateAnnotation(
  data: Readonly<UserData>,
  articleId: string,
  id: string,
  patch: { color?: HighlightColor; note?: string },
  now: string,
): Change<Annotation> {
  const record = data.articles[articleId];
  const updated = { ...findAnnotation(record, id, articleId), ...patch, updatedAt: now };
  const next = { ...record!, annotations: record!.annotations.map((a) => (a.id === id ? updated : a)), updatedAt: now };
  return { articles: put(articleId, next), result: updated };
}

export function deleteAnnotation(
  data: Readonly<UserData>,
  articleId: string,
  id: string,
  now: string,
): Change<Annotation> {
  const record = data.articles[articleId];
  const deleted = findAnnotation(record, id, articleId);
  const next = { ...record!, annotations: record!.annotations.filter((a) => a.id !== id), updatedAt: now };
  return { articles: put(articleId, next), result: deleted };
}

/** Puts back a deleted annotation (undo). Its anchor is placed again in the current text, as on a re-import. */
export function restoreAnnotation(
  data: Readonly<UserData>,
  article: ArticleText,
  annotation: Annotation,
  now: string,
): Change<Annotation> {
  const record = currentRecord(data, article, now);
  if (record.annotations.some((a) => a.id === annotation.id)) {
    throw new InvalidRequestError(`annotation ${annotation.id} is already there`);
  }
  const placed = reanchorRecord({ ...record, annotations: [annotation] }, article, now).annotations[0]!;
  const annotations = [...record.annotations, placed];
  return { articles: put(article.id, { ...record, annotations, updatedAt: now }), result: placed };
}

export function setArticleNote(
  data: Readonly<UserData>,
  article: ArticleText,
  note: string,
  now: string,
): Change<ArticleUserData> {
  const record = { ...currentRecord(data, article, now), note, updatedAt: now };
  return { articles: put(article.id, record), result: userDataView(record) };
}

/** What the reader gets: annotations in text order, orphaned ones last. */
export function userDataView(record: ArticleUserRecord | undefined): ArticleUserData {
  if (!record) return { tags: [], note: '', annotations: [] };
  const order = (a: Annotation): number => (a.placement === 'orphaned' ? Number.MAX_SAFE_INTEGER : a.anchor.start);
  return {
    tags: [...record.tags],
    note: record.note,
    annotations: [...record.annotations].sort((a, b) => order(a) - order(b) || a.anchor.end - b.anchor.end),
  };
}
