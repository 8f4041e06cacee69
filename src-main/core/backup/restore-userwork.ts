// The user's work from a backup, merged into the archive's as one pure change (the store
// writes it with one journal entry, however many annotations it holds). Restoring only
// adds: nothing the archive holds is removed or overwritten, so restoring a backup twice,
// or into the archive it came from, changes nothing.
//  - Tags: the article gets the backup's tags it lacks. A tag new to the archive takes the
//    backup's colour; one the archive knows keeps its own spelling and colour.
//  - Note: an empty note takes the backup's. A different note is kept and the backup's is
//    appended after a blank line, unless it is already there: either may hold work the
//    other lacks, and a merge the user can edit loses neither (reconcile.ts merges the
//    notes of a moved article the same way).
//  - Annotations: by id; one the archive has already is left as it is. The others are
//    placed in the archive's text: as they were when it is the text they were made on,
//    found again by quote and context when the text differs.
//  - Work is bounded however the backup was made (audit finding 7): every highlight it
//    places draws on one budget of search steps (RESTORE_STEPS), tags are registered in
//    one copy of the registry rather than a copy per article, and a tag named
//    `__proto__` or `constructor` is a tag like any other (tags/tag-registry.ts).
import { tagAncestry, tagKey, type Annotation } from '../../contract/userdata';
import { currentRecord, reanchorRecord, type ArticleText } from '../annotations/annotation-ops';
import type { SearchBudget } from '../annotations/approximate-search';
import type { ArticleLink, ArticleUserRecord, Change, UserData } from '../store/userdata';
import { defineTag, registeredTag, type TagRegistry } from '../tags/tag-registry';
import { defaultTagColor, emptyRecord, isEmptyRecord } from '../tags/tag-ops';
import type { BackupTag } from './backup-schema';
import type { PlacedArticle } from './restore-articles';

export interface RestoreItem extends PlacedArticle {
  /** The archive's current text of the article: given when annotations are to be placed in it. */
  current: ArticleText | null;
  link: ArticleLink;
}

export interface UserWorkCounts {
  annotations: number;
  notes: number;
  tagged: number;
}

/** The note after restoring `incoming` into `existing`; see the header for why both are kept. */
export function mergedNote(existing: string, incoming: string): string {
  if (incoming.trim() === '' || holdsBlock(existing, incoming)) return existing;
  if (existing.trim() === '') return incoming;
  return `${existing}\n\n${incoming}`;
}

/**
 * `note` already holds `block` as whole paragraphs (a merge done before). A mere substring
 * is not enough: an incoming "book" must not be dropped because the note says "notebook".
 */
function holdsBlock(note: string, block: string): boolean {
  return (
    note === block ||
    note.startsWith(`${block}\n\n`) ||
    note.endsWith(`\n\n${block}`) ||
    note.includes(`\n\n${block}\n\n`)
  );
}

/**
 * Fuzzy-search steps (annotations/anchor.ts) one restore may spend placing highlights:
 * about 5 s. Highlights restored into the text they were made on need none; those put
 * into a changed text need about text × errors / 32 each, so 500 highlights with
 * 4,000-character quotes in 50,000-character texts fit several times over. A backup
 * whose highlights need more was not written by the app, and the rest are orphaned.
 */
export const RESTORE_STEPS = 500_000_000;

interface Work {
  start: Readonly<UserData>;
  patch: Record<string, ArticleUserRecord | null>;
  /** The registry as this restore leaves it: the archive's own until a tag is added, then one copy. */
  tags: TagRegistry;
  counts: UserWorkCounts;
  now: string;
  budget: SearchBudget;
}

/** `annotation` placed in `text`: kept when it is the text it was made on and its quote is where it says. */
function place(work: Work, annotation: Annotation, text: ArticleText, sameText: boolean): Annotation {
  const { start, end, quote } = annotation.anchor;
  const inPlace = annotation.placement === 'orphaned' || text.text.slice(start, end) === quote;
  if (sameText && inPlace) return annotation;
  return reanchorRecord({ ...emptyRecord(null, work.now), annotations: [annotation] }, text, work.now, work.budget)
    .annotations[0]!;
}

const recordOf = (work: Work, id: string): ArticleUserRecord | undefined =>
  id in work.patch ? (work.patch[id] ?? undefined) : work.start.articles[id];

/** The record with the backup's annotations it lacks, anchored in the archive's text. */
function withAnnotations(work: Work, item: RestoreItem, before: ArticleUserRecord | undefined): ArticleUserRecord {
  const have = new Set(before?.annotations.map((a) => a.id));
  const incoming = item.backup.annotations.filter((a) => !have.has(a.id));
  if (incoming.length === 0) return before ?? emptyRecord(item.link, work.now);
  work.counts.annotations += incoming.length;
  const text = item.current;
  if (!text) {
    // The text could not be read: keep them as they were, stamped to be placed again when the article is next read.
    const base = before ?? emptyRecord(item.link, work.now);
    return { ...base, annotations: [...base.annotations, ...incoming], anchoredTo: null };
  }
  const base = currentRecord({ ...work.start, articles: before ? { [item.id]: before } : {} }, text, work.now);
  const sameText = item.backupHash === text.contentHash;
  return { ...base, annotations: [...base.annotations, ...incoming.map((a) => place(work, a, text, sameText))] };
}

/** The registry this restore may add to: a copy of the archive's, made the first time. */
function ownTags(work: Work): TagRegistry {
  if (work.tags === work.start.tags) work.tags = { ...work.start.tags };
  return work.tags;
}

/** The spelling the archive knows `name` by, registering it with its default colour when new (as tags:apply does). */
function spell(work: Work, name: string): string {
  const key = tagKey(name);
  const known = registeredTag(work.tags, key);
  if (known) return known.name;
  defineTag(ownTags(work), key, { name, color: defaultTagColor(name), createdAt: work.now });
  return name;
}

/** The record with the backup's tags it lacks, each once, spelt as the archive knows them. */
function withTags(work: Work, item: RestoreItem, record: ArticleUserRecord): ArticleUserRecord {
  const have = new Set(record.tags.map(tagKey));
  const fresh: string[] = [];
  for (const name of item.backup.tags) {
    if (have.has(tagKey(name))) continue;
    have.add(tagKey(name));
    fresh.push(spell(work, name));
  }
  if (fresh.length === 0) return record;
  work.counts.tagged++;
  return { ...record, tags: [...record.tags, ...fresh] };
}

function restoreOne(work: Work, item: RestoreItem): void {
  const before = recordOf(work, item.id);
  const counted = { ...work.counts };
  const annotated = withAnnotations(work, item, before);
  const note = mergedNote(annotated.note, item.backup.note);
  if (note !== annotated.note) work.counts.notes++;
  const next = withTags(work, item, { ...annotated, note });
  const changed = (Object.keys(counted) as (keyof UserWorkCounts)[]).some((k) => counted[k] !== work.counts[k]);
  if (changed && !isEmptyRecord(next)) work.patch[item.id] = { ...next, updatedAt: work.now };
}

/**
 * Colours from the backup for the tags this restore brought into the archive, coloured
 * parents of them included; tags the archive knew before keep theirs.
 */
function colourNewTags(work: Work, backupTags: readonly BackupTag[]): void {
  const colours = new Map(backupTags.map((t) => [tagKey(t.name), t]));
  const carried = new Set<string>();
  for (const record of Object.values(work.patch))
    for (const t of record?.tags ?? []) for (const a of tagAncestry(t)) carried.add(tagKey(a));
  for (const key of carried) {
    const backup = colours.get(key);
    if (!backup || registeredTag(work.start.tags, key)) continue;
    const known = registeredTag(work.tags, key);
    defineTag(ownTags(work), key, {
      name: known?.name ?? backup.name,
      color: backup.color,
      createdAt: known?.createdAt ?? work.now,
    });
  }
}

/** The whole restore of the user's work as one change; empty (nothing to write) when the archive already holds it all. */
export function restoreUserWork(
  start: Readonly<UserData>,
  items: readonly RestoreItem[],
  backupTags: readonly BackupTag[],
  now: string,
): Change<UserWorkCounts> {
  const work: Work = {
    start,
    patch: {},
    tags: start.tags,
    counts: { annotations: 0, notes: 0, tagged: 0 },
    now,
    budget: { steps: RESTORE_STEPS },
  };
  for (const item of items) restoreOne(work, item);
  colourNewTags(work, backupTags);
  const changedTags = work.tags !== start.tags && !sameRegistry(work.tags, start.tags);
  return { articles: work.patch, ...(changedTags && { tags: work.tags }), result: work.counts };
}

function sameRegistry(a: Readonly<TagRegistry>, b: Readonly<TagRegistry>): boolean {
  const keys = Object.keys(a);
  const same = (k: string): boolean =>
    registeredTag(a, k)!.color === registeredTag(b, k)?.color &&
    registeredTag(a, k)!.name === registeredTag(b, k)?.name;
  return keys.length === Object.keys(b).length && keys.every(same);
}
