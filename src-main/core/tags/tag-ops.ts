// Tag changes across the archive, as pure functions from one user-data state to the
// next. Nothing here mutates its input: the store writes the new state and adopts it
// only once it is on disk.
import { TAG_COLORS, TAG_SEPARATOR, isTagWithin, tagKey, type TagColor } from '../../contract/userdata';
import { InvalidRequestError, NotFoundError } from '../errors';
import type { ArticleLink, ArticleUserRecord, Change, TagRecord, UserData } from '../store/userdata';

export function emptyRecord(link: ArticleLink | null, now: string): ArticleUserRecord {
  return { tags: [], note: '', annotations: [], anchoredTo: null, link, sourceTags: [], updatedAt: now };
}

/** A record with nothing of the user's in it is dropped, unless it remembers source tags already applied. */
export function isEmptyRecord(r: ArticleUserRecord): boolean {
  return r.tags.length === 0 && r.note === '' && r.annotations.length === 0 && r.sourceTags.length === 0;
}

/** A new tag's colour: fixed by its name, so the same tag looks the same in every archive. Grey is left for the user to choose. */
export function defaultTagColor(name: string): TagColor {
  const colors = TAG_COLORS.filter((c) => c !== 'grey');
  let hash = 0;
  for (const ch of tagKey(name)) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return colors[hash % colors.length]!;
}

/** The registered spelling of each name, registering the new ones. */
function register(tags: Record<string, TagRecord>, names: readonly string[], now: string): string[] {
  return names.map((name) => {
    const key = tagKey(name);
    tags[key] ??= { name, color: defaultTagColor(name), createdAt: now };
    return tags[key].name;
  });
}

function withoutDuplicates(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(tagKey(n)) && seen.add(tagKey(n)));
}

/** Registry entries no article carries any more are dropped, so autocomplete offers only tags in use. */
function pruneRegistry(tags: Record<string, TagRecord>, articles: Record<string, ArticleUserRecord>): Record<string, TagRecord> {
  const used = new Set<string>();
  for (const r of Object.values(articles)) for (const t of r.tags) used.add(tagKey(t));
  return Object.fromEntries(Object.entries(tags).filter(([key]) => used.has(key)));
}

export interface TagEdit {
  ids: readonly string[];
  add: readonly string[];
  remove: readonly string[];
  now: string;
  /** Identity of an article getting its first user data. */
  linkOf: (id: string) => ArticleLink | null;
}

/** Adds and removes tags on many articles at once. Removal runs first, so a tag in both ends up on. */
export function applyTags(data: Readonly<UserData>, edit: TagEdit): Change<{ changed: number }> {
  const tags = { ...data.tags };
  const added = register(tags, withoutDuplicates(edit.add), edit.now);
  const removed = new Set(edit.remove.map(tagKey));
  const articles = { ...data.articles };
  const changed: string[] = [];
  for (const id of new Set(edit.ids)) {
    const before = articles[id];
    const current = before?.tags ?? [];
    const kept = current.filter((t) => !removed.has(tagKey(t)));
    const next = withoutDuplicates([...kept, ...added]);
    if (next.length === current.length && next.every((t, i) => t === current[i])) continue;
    const record = { ...(before ?? emptyRecord(edit.linkOf(id), edit.now)), tags: next, updatedAt: edit.now };
    if (isEmptyRecord(record)) delete articles[id];
    else articles[id] = record;
    changed.push(id);
  }
  return { data: { ...data, tags: pruneRegistry(tags, articles), articles }, result: { changed: changed.length }, changed };
}

/** `name` with its first levels, which spell `from`, replaced by `to`. */
function renamed(name: string, from: string, to: string): string {
  const depth = from.split(TAG_SEPARATOR).length;
  return [to, ...name.split(TAG_SEPARATOR).slice(depth)].join(TAG_SEPARATOR);
}

function assertTagExists(data: Readonly<UserData>, name: string): void {
  const exists = Object.values(data.tags).some((t) => isTagWithin(t.name, name));
  if (!exists) throw new NotFoundError(`no tag "${name}" exists`);
}

/**
 * Renames `from` and every tag under it (`syria` → `levant/syria` takes `syria/aleppo`
 * to `levant/syria/aleppo`). Onto a tag that already exists, this is a merge: articles
 * carrying both keep one, and the existing tag keeps its spelling and colour.
 */
export function renameTag(data: Readonly<UserData>, from: string, to: string, now: string): Change<{ changed: number; merged: boolean }> {
  assertTagExists(data, from);
  if (isTagWithin(to, from) && tagKey(to) !== tagKey(from)) {
    throw new InvalidRequestError(`"${from}" cannot be moved under itself ("${to}")`);
  }
  const tags: Record<string, TagRecord> = {};
  let merged = false;
  for (const [key, record] of Object.entries(data.tags)) if (!isTagWithin(record.name, from)) tags[key] = record;
  for (const record of Object.values(data.tags)) {
    if (!isTagWithin(record.name, from)) continue;
    const name = renamed(record.name, from, to);
    const key = tagKey(name);
    // A case-only rename (`syria` → `Syria`) replaces the spelling; onto another tag, that one wins.
    if (tags[key] && key !== tagKey(record.name)) merged = true;
    else tags[key] = { ...record, name };
  }
  const spell = (name: string): string => tags[tagKey(name)]?.name ?? name;
  const { articles, changed } = retag(data.articles, (t) => (isTagWithin(t, from) ? spell(renamed(t, from, to)) : t), now);
  return { data: { ...data, tags: pruneRegistry(tags, articles), articles }, result: { changed: changed.length, merged }, changed };
}

/** Removes `name` and every tag under it from every article. */
export function deleteTag(data: Readonly<UserData>, name: string, now: string): Change<{ changed: number }> {
  assertTagExists(data, name);
  const { articles, changed } = retag(data.articles, (t) => (isTagWithin(t, name) ? null : t), now);
  return { data: { ...data, tags: pruneRegistry(data.tags, articles), articles }, result: { changed: changed.length }, changed };
}

export function setTagColor(data: Readonly<UserData>, name: string, color: TagColor): Change<null> {
  const key = tagKey(name);
  const record = data.tags[key];
  if (!record) throw new NotFoundError(`no tag "${name}" exists`);
  return { data: { ...data, tags: { ...data.tags, [key]: { ...record, color } } }, result: null, changed: [] };
}

/** Maps every article's tags through `map` (null drops a tag), keeping only the records that changed. */
function retag(
  source: Readonly<Record<string, ArticleUserRecord>>,
  map: (tag: string) => string | null,
  now: string,
): { articles: Record<string, ArticleUserRecord>; changed: string[] } {
  const articles = { ...source };
  const changed: string[] = [];
  for (const [id, record] of Object.entries(source)) {
    const next = withoutDuplicates(record.tags.map(map).filter((t): t is string => t !== null));
    if (next.length === record.tags.length && next.every((t, i) => t === record.tags[i])) continue;
    const updated = { ...record, tags: next, updatedAt: now };
    if (isEmptyRecord(updated)) delete articles[id];
    else articles[id] = updated;
    changed.push(id);
  }
  return { articles, changed };
}
