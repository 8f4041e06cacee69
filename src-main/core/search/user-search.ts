// What search knows of the user's work: which articles carry which tags (parents
// included), which have highlights or notes, and an index of the words of their notes.
// Kept in step with the user-data store on every change it commits.
import { ANNOTATED_NO, ANNOTATED_YES } from '../../contract/search';
import { tagAncestry, tagKey } from '../../contract/userdata';
import type { UserSummary } from '../store/catalogue';
import type { ArticleUserRecord, UserDataStore } from '../store/userdata';
import { registeredTag } from '../tags/tag-registry';
import type { UserLookup } from './evaluate';
import type { FacetColumnLike, FacetTable } from './facets';
import { ListColumn } from './list-column';
import type { HasValue } from './query-tree';
import { SearchIndex, type Hits } from './index/search-index';
import { WorkSets } from './work-sets';

/** All the words a user wrote about an article: its note and its highlights' notes. */
function notesOf(record: ArticleUserRecord): string {
  // Most records are tags alone: no arrays built for them (a tagging of 1,000 articles checks each).
  if (record.note === '' && record.annotations.length === 0) return '';
  return [record.note, ...record.annotations.map((a) => a.note)].filter(Boolean).join('\n');
}

interface Derived {
  generation: number;
  columns: WeakMap<FacetTable, FacetColumnLike[]>;
}

export class UserSearch implements UserLookup {
  readonly #notes = SearchIndex.create();
  readonly #noteTexts = new Map<string, string>();
  #derived: Derived | null = null;

  constructor(private readonly store: UserDataStore) {
    for (const [id, record] of Object.entries(store.data.articles)) this.#indexNote(id, record);
    // `changed` holds each id once (a patch's keys): one pass over it, no Set of them.
    store.onChange((changed) => {
      const work = this.#work;
      for (const id of changed) {
        const record = store.record(id);
        this.#indexNote(id, record);
        work?.update(id, record);
      }
    });
  }

  /** Built on first use, then kept in step with each change. */
  #work: WorkSets | null = null;

  /**
   * Builds what `tag:` and `has:` read, before the first search that needs it (archive-search.ts
   * warms it). Running the tag path on scratch state here as well was tried (issue 20): it
   * cost 20-75 ms of CPU before `ready` and the first taggings after open cost no less.
   */
  prepare(): void {
    this.#sets();
  }

  #sets(): WorkSets {
    return (this.#work ??= WorkSets.of(this.store.data.articles, (tag) => this.#ancestryOf(tag).keys));
  }

  /** Changes whenever the user's work does, so cached results built on older work are dropped. */
  get generation(): number {
    return this.store.generation;
  }

  #indexNote(id: string, record: ArticleUserRecord | undefined): void {
    const text = record ? notesOf(record) : '';
    if (text === (this.#noteTexts.get(id) ?? '')) return;
    if (text) {
      this.#notes.put({ id, title: '', body: [text], place: '', agency: '' }, String(text.length));
      this.#noteTexts.set(id, text);
    } else {
      this.#notes.remove(id);
      this.#noteTexts.delete(id);
    }
  }

  // Each distinct tag's own key and its parents' keys, worked out once: an archive has
  // thousands of tagged articles but only dozens of tags.
  readonly #ancestry = new Map<string, { keys: string[]; names: string[] }>();

  #ancestryOf(tag: string): { keys: string[]; names: string[] } {
    let found = this.#ancestry.get(tag);
    if (!found) {
      const names = tagAncestry(tag);
      this.#ancestry.set(tag, (found = { names, keys: names.map(tagKey) }));
    }
    return found;
  }

  #current(): Derived {
    if (this.#derived?.generation === this.store.generation) return this.#derived;
    this.#derived = { generation: this.store.generation, columns: new WeakMap() };
    return this.#derived;
  }

  tagged(name: string): ReadonlySet<string> {
    return this.#sets().tagged.get(tagKey(name)) ?? new Set();
  }

  having(what: HasValue): ReadonlySet<string> {
    return this.#sets().has[what];
  }

  matchNotes(terms: readonly string[], prefix: boolean): Hits {
    return this.#noteTexts.size === 0 ? new Map() : this.#notes.match(terms, prefix, ['body']);
  }

  noteText(id: string): string | undefined {
    return this.#noteTexts.get(id);
  }

  /** The user's part of a list row. */
  summary(id: string): UserSummary {
    const record = this.store.record(id);
    if (!record) return { tags: [], annotationCount: 0, hasNote: false };
    return { tags: [...record.tags], annotationCount: record.annotations.length, hasNote: record.note !== '' };
  }

  /**
   * How many articles' work columns() would still go through for `table`: 0 once built
   * for the current state of the work. At 100k with 30,000 tagged, building took ~100 ms
   * after each tagging, so search counts it as work that may wait for the counts request.
   */
  columnsToBuild(table: FacetTable): number {
    if (this.#derived?.generation === this.store.generation && this.#derived.columns.has(table)) return 0;
    // Counted as records change: Object.keys of 30,000 records took 5-170 ms (issue 20).
    return this.#sets().records.size;
  }

  /** The `tag` and `annotated` facets over `table`'s positions, built once per table and state of the user's work. */
  columns(table: FacetTable): FacetColumnLike[] {
    const derived = this.#current();
    let columns = derived.columns.get(table);
    if (!columns) {
      columns = [this.#tagColumn(table), this.#annotatedColumn(table)];
      derived.columns.set(table, columns);
    }
    return columns;
  }

  #tagColumn(table: FacetTable): FacetColumnLike {
    const values: string[] = [];
    const codes = new Map<string, number>();
    const codeOf = (key: string, name: string): number => {
      let code = codes.get(key);
      if (code === undefined) {
        codes.set(key, (code = values.length));
        // An own entry only: `constructor` must not find Object's (audit finding 14).
        values.push(registeredTag(this.store.data.tags, key)?.name ?? name);
      }
      return code;
    };
    const rows = new Map<number, number[]>();
    for (const [id, record] of Object.entries(this.store.data.articles)) {
      const r = table.positionOf(id);
      if (r === undefined || record.tags.length === 0) continue;
      // A handful of codes per article: an array beats a Set here.
      const row: number[] = [];
      for (const tag of record.tags) {
        const { keys, names } = this.#ancestryOf(tag);
        for (let i = 0; i < keys.length; i++) {
          const code = codeOf(keys[i]!, names[i]!);
          if (!row.includes(code)) row.push(code);
        }
      }
      rows.set(r, row);
    }
    return ListColumn.fromRows('tag', values, codes, tagKey, table.size, rows);
  }

  #annotatedColumn(table: FacetTable): FacetColumnLike {
    const { annotations, note } = this.#sets().has;
    // One value per article: 1 (no) everywhere, then 0 (yes) where there is work.
    const rowCodes = new Int32Array(table.size).fill(1);
    for (const set of [annotations, note]) {
      for (const id of set) {
        const r = table.positionOf(id);
        if (r !== undefined) rowCodes[r] = 0;
      }
    }
    const offsets = new Int32Array(table.size + 1);
    for (let r = 0; r <= table.size; r++) offsets[r] = r;
    const codes = new Map([
      [ANNOTATED_YES, 0],
      [ANNOTATED_NO, 1],
    ]);
    return new ListColumn('annotated', [ANNOTATED_YES, ANNOTATED_NO], codes, (v) => v, offsets, rowCodes);
  }
}
