// Which articles carry each tag (parents included) and which have highlights, a note or
// tags: what `tag:` and `has:` match. Built once from every record, then kept in step one
// changed record at a time: rebuilt after each change, it went through every record (at
// 100k with 30,000 tagged, ~45-130 ms) on the first search after each tagging (issue 20).
import type { HasValue } from './query-tree';
import type { ArticleUserRecord } from '../store/userdata';

export class WorkSets {
  /** tagKey → ids carrying it or a tag under it; a key no article carries is absent. */
  readonly tagged = new Map<string, Set<string>>();
  readonly has: Record<HasValue, Set<string>> = { annotations: new Set(), note: new Set(), tags: new Set() };
  /** The ids with a record: what building the user's facet columns goes through. */
  readonly records = new Set<string>();
  /** The keys each id is in `tagged` under, to take it out again when its tags change. */
  readonly #keysOf = new Map<string, readonly string[]>();

  /** `keysOf`: a tag's own key and its parents' keys. */
  constructor(private readonly keysOf: (tag: string) => readonly string[]) {}

  /** Every record, as the store holds them now. */
  static of(records: Record<string, ArticleUserRecord>, keysOf: (tag: string) => readonly string[]): WorkSets {
    const sets = new WorkSets(keysOf);
    for (const [id, record] of Object.entries(records)) sets.update(id, record);
    return sets;
  }

  /** The article's record as it is now (undefined: it has none any more). */
  update(id: string, record: ArticleUserRecord | undefined): void {
    const before = this.#keysOf.get(id) ?? [];
    // Each key once, in first-seen order: a Set and a flatMap per article were a third of
    // the work of tagging 1,000 articles (issue 20); an article has a handful of keys.
    const after: string[] = [];
    for (const tag of record?.tags ?? []) for (const key of this.keysOf(tag)) if (!after.includes(key)) after.push(key);
    for (const key of before) {
      if (after.includes(key)) continue;
      const ids = this.tagged.get(key);
      ids?.delete(id);
      if (ids?.size === 0) this.tagged.delete(key);
    }
    for (const key of after) {
      if (before.includes(key)) continue;
      let ids = this.tagged.get(key);
      if (!ids) this.tagged.set(key, (ids = new Set()));
      ids.add(id);
    }
    if (after.length > 0) this.#keysOf.set(id, after);
    else this.#keysOf.delete(id);
    mark(this.records, id, record !== undefined);
    mark(this.has.annotations, id, (record?.annotations.length ?? 0) > 0);
    mark(this.has.note, id, Boolean(record?.note));
    mark(this.has.tags, id, (record?.tags.length ?? 0) > 0);
  }
}

function mark(set: Set<string>, id: string, on: boolean): void {
  if (on) set.add(id);
  else set.delete(id);
}
