// Tag changes across the archive, as pure functions from one user-data state to the
// next. Nothing here mutates its input: the store writes the new state and adopts it
// only once it is on disk. The registry is read and written through tag-registry.ts,
// since a tag may be called `constructor` or `__proto__` (audit finding 14).
import { TAG_COLORS, TAG_SEPARATOR, isTagWithin, tagKey, type TagColor } from '../../contract/userdata';
import { InvalidRequestError, NotFoundError } from '../errors';
import type { ArticleLink, ArticleUserRecord, Change, UserData } from '../store/userdata';
import { defineTag, registeredTag, type TagRegistry } from './tag-registry';

/** `tags` given for a record made by tagging: a copy of an empty record with them was a second object per article. */
export function emptyRecord(link: ArticleLink | null, now: string, tags: string[] = []): ArticleUserRecord {
  return { tags, note: '', annotations: [], anchoredTo: null, link, sourceTags: [], updatedAt: now };
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

/** The registered spelling of each name, and the registry with the new ones added (null: none were new). */
function register(
  tags: Readonly<TagRegistry>,
  names: readonly string[],
  now: string,
): { spelled: string[]; registry: TagRegistry | null } {
  let registry: TagRegistry | null = null;
  const spelled = names.map((name) => {
    const key = tagKey(name);
    const known = registeredTag(registry ?? tags, key);
    if (known) return known.name;
    registry ??= { ...tags };
    defineTag(registry, key, { name, color: defaultTagColor(name), createdAt: now });
    return name;
  });
  return { spelled, registry };
}

function withoutDuplicates(names: readonly string[], keyOf: (name: string) => string = tagKey): string[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(keyOf(n)) && seen.add(keyOf(n)));
}

/**
 * tagKey, remembered for the names one change meets: tagging 1,000 articles keyed the same
 * few tags three times per article (a Unicode normalisation each), ~1 ms of the call (issue 20).
 */
function keyMemo(): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = tagKey(name)));
    return key;
  };
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** The record with `tags`, or null when that leaves nothing of the user's in it. */
function retagged(record: ArticleUserRecord, tags: string[], now: string): ArticleUserRecord | null {
  const next = { ...record, tags, updatedAt: now };
  return isEmptyRecord(next) ? null : next;
}

/** The tags to add, as registered, and their keys. */
interface Added {
  names: readonly string[];
  keys: readonly string[];
}

/**
 * An article's tags after an edit: `current` without the removed keys, then each added tag
 * it lacks; each key once, spelt as first met. Null when that is `current` again. One array
 * for the result and a reused one for the keys: the copies, filters and Set per article
 * this used to build were a third of tagging 1,000 articles, and their garbage the GC
 * pauses in its tail (issue 20).
 */
function editedTags(
  current: readonly string[],
  removed: ReadonlySet<string>,
  added: Added,
  keyOf: (name: string) => string,
  keys: string[],
): string[] | null {
  keys.length = 0;
  const tags: string[] = [];
  for (const tag of current) {
    const key = keyOf(tag);
    if (removed.has(key) || keys.includes(key)) continue;
    keys.push(key);
    tags.push(tag);
  }
  for (let i = 0; i < added.keys.length; i++) {
    if (keys.includes(added.keys[i]!)) continue;
    keys.push(added.keys[i]!);
    tags.push(added.names[i]!);
  }
  return sameTags(tags, current) ? null : tags;
}

export interface TagEdit {
  ids: readonly string[];
  add: readonly string[];
  remove: readonly string[];
  now: string;
  /** Identity of an article getting its first user data. */
  linkOf: (id: string) => ArticleLink | null;
}

/**
 * Adds and removes tags on many articles at once. Removal runs first, so a tag in both
 * ends up on. Tags nobody carries any more stay in the registry (keeping their colour
 * should they come back) until the store is next opened.
 */
export function applyTags(data: Readonly<UserData>, edit: TagEdit): Change<{ changed: number }> {
  const { spelled, registry } = register(data.tags, withoutDuplicates(edit.add), edit.now);
  const removed = new Set(edit.remove.map(tagKey));
  const keyOf = keyMemo();
  const added: Added = { names: spelled, keys: spelled.map(keyOf) };
  const keys: string[] = [];
  const articles: Record<string, ArticleUserRecord | null> = {};
  let changed = 0;
  for (const id of new Set(edit.ids)) {
    const before = data.articles[id];
    const next = editedTags(before?.tags ?? [], removed, added, keyOf, keys);
    if (!next) continue;
    changed++;
    if (before) articles[id] = retagged(before, next, edit.now);
    else articles[id] = emptyRecord(edit.linkOf(id), edit.now, next);
  }
  return { articles, ...(registry && { tags: registry }), result: { changed } };
}

/** `name` with its first levels, which spell `from`, replaced by `to`. */
function renamed(name: string, from: string, to: string): string {
  const depth = from.split(TAG_SEPARATOR).length;
  return [to, ...name.split(TAG_SEPARATOR).slice(depth)].join(TAG_SEPARATOR);
}

function assertTagExists(data: Readonly<UserData>, name: string): void {
  const exists = Object.values(data.articles).some((r) => r.tags.some((t) => isTagWithin(t, name)));
  if (!exists) throw new NotFoundError(`no tag "${name}" exists`);
}

/**
 * Renames `from` and every tag under it (`syria` → `levant/syria` takes `syria/aleppo`
 * to `levant/syria/aleppo`). Onto a tag that already exists, this is a merge: articles
 * carrying both keep one, and the existing tag keeps its spelling and colour.
 */
export function renameTag(
  data: Readonly<UserData>,
  from: string,
  to: string,
  now: string,
): Change<{ changed: number; merged: boolean }> {
  assertTagExists(data, from);
  if (isTagWithin(to, from) && tagKey(to) !== tagKey(from)) {
    throw new InvalidRequestError(`"${from}" cannot be moved under itself ("${to}")`);
  }
  const carried = new Set(Object.values(data.articles).flatMap((r) => r.tags.map(tagKey)));
  const tags: TagRegistry = {};
  let merged = false;
  for (const [key, record] of Object.entries(data.tags))
    if (!isTagWithin(record.name, from)) defineTag(tags, key, record);
  for (const record of Object.values(data.tags)) {
    if (!isTagWithin(record.name, from)) continue;
    const name = renamed(record.name, from, to);
    const key = tagKey(name);
    // A case-only rename (`syria` → `Syria`) replaces the spelling; onto a tag in use, that one wins.
    if (registeredTag(tags, key) && key !== tagKey(record.name)) merged ||= carried.has(key);
    else defineTag(tags, key, { ...record, name });
  }
  const spell = (name: string): string => registeredTag(tags, tagKey(name))?.name ?? name;
  const articles = retag(data.articles, (t) => (isTagWithin(t, from) ? spell(renamed(t, from, to)) : t), now);
  return { articles, tags, result: { changed: Object.keys(articles).length, merged } };
}

/** Removes `name` and every tag under it from every article. */
export function deleteTag(data: Readonly<UserData>, name: string, now: string): Change<{ changed: number }> {
  assertTagExists(data, name);
  const articles = retag(data.articles, (t) => (isTagWithin(t, name) ? null : t), now);
  const tags = Object.fromEntries(Object.entries(data.tags).filter(([, r]) => !isTagWithin(r.name, name)));
  return { articles, tags, result: { changed: Object.keys(articles).length } };
}

/** Colours a tag; an implicit parent (`syria` of `syria/aleppo`) gets a registry entry for it. */
export function setTagColor(data: Readonly<UserData>, name: string, color: TagColor, now: string): Change<null> {
  assertTagExists(data, name);
  const key = tagKey(name);
  const record = registeredTag(data.tags, key) ?? { name, color, createdAt: now };
  // A computed key in a literal defines an own property, `__proto__` included.
  return { tags: { ...data.tags, [key]: { ...record, color } }, result: null };
}

/** Every article's tags mapped through `map` (null drops a tag): a patch of the records that changed. */
function retag(
  source: Readonly<Record<string, ArticleUserRecord>>,
  map: (tag: string) => string | null,
  now: string,
): Record<string, ArticleUserRecord | null> {
  const articles: Record<string, ArticleUserRecord | null> = {};
  for (const [id, record] of Object.entries(source)) {
    const next = withoutDuplicates(record.tags.map(map).filter((t): t is string => t !== null));
    if (!sameTags(next, record.tags)) articles[id] = retagged(record, next, now);
  }
  return articles;
}
