// One catalogue facet as a column: every value interned to a small integer when the
// table is built (facets.ts), with the spellings of one place or agency grouped as one.
import { UNDATED, type CatalogueFacetName, type FacetCount, type FacetName } from '../../contract/search';
import { entityForField, isNamedField } from '../names';
import type { GazetteerEntity } from '../names';
import type { ArticleRow } from './compile-query';

/** An article's values for one facet: none, one, or for `period` its year and its month. */
function facetValues(row: ArticleRow, facet: CatalogueFacetName): (string | null)[] {
  switch (facet) {
    case 'period':
      // Most BBC and FactRuEval files state no date; UNDATED lets the user reach (or leave out) them.
      return row.date ? [row.date.slice(0, 4), row.date.slice(0, 7)] : [UNDATED, null];
    case 'language':
      return [row.language];
    default:
      return [row[facet]];
  }
}

/** 2 for mixed case, 1 for all capitals, 0 for all lower case (or no letters). */
function spellingRank(value: string): number {
  const lower = value.toLowerCase();
  const upper = value.toUpperCase();
  if (value !== lower && value !== upper) return 2;
  return value === upper && value !== lower ? 1 : 0;
}

/** One facet's values, and per table position which of them an article has. */
export interface FacetColumnLike {
  readonly name: FacetName;
  readonly values: readonly string[];
  /** Which codes are selected; null when the facet has no selection. */
  selection(values: readonly string[] | undefined): Uint8Array | null;
  /** The article at position `r` has a selected value. */
  passes(r: number, selected: Uint8Array): boolean;
  count(r: number, counts: Int32Array): void;
  /** A value's names and the spellings behind it, when the gazetteer knows it. */
  describe?(code: number): Pick<FacetCount, 'labels' | 'spellings'> | undefined;
}

/** How many spellings of one entity a facet value carries for its hover title. */
const MAX_SPELLINGS = 12;

export class FacetColumn implements FacetColumnLike {
  readonly values: string[] = [];
  readonly #codes = new Map<string, number>();
  /** Codes by value as spelt, so building the table normalises and ranks each spelling once, not once per row (100k: ~100 ms). */
  readonly #byValue = new Map<string, number>();
  /** Per code of a known entity, its labels and the spellings seen (Damascus, Дамаск, دمشق). */
  readonly #entities: { entity: GazetteerEntity; spellings: string[] }[] = [];
  /** One code array per slot (period has two: year and month); -1 for no value. */
  readonly slots: Int32Array[];

  constructor(
    readonly name: CatalogueFacetName,
    rows: readonly ArticleRow[],
  ) {
    const width = name === 'period' ? 2 : 1;
    this.slots = Array.from({ length: width }, () => new Int32Array(rows.length));
    rows.forEach((row, r) =>
      facetValues(row, name).forEach((v, s) => (this.slots[s]![r] = v === null ? -1 : this.#code(v))),
    );
  }

  #code(value: string): number {
    // Most rows repeat a value already seen, spelt alike: its code is known, and its spelling already weighed.
    const seen = this.#byValue.get(value);
    if (seen !== undefined) return seen;
    const code = this.#groupCode(value);
    this.#byValue.set(value, code);
    return code;
  }

  #groupCode(value: string): number {
    const entity = this.#entity(value);
    const key = entity?.id ?? this.#key(value);
    let code = this.#codes.get(key);
    if (code === undefined) {
      code = this.values.length;
      // A known agency or place is sent as its id; the renderer shows its label in the UI language.
      this.values.push(entity?.id ?? value);
      this.#codes.set(key, code);
    } else if (!entity && spellingRank(value) > spellingRank(this.values[code]!)) {
      // Show the best spelling the group has: `Damascus` over Reuters' `DAMASCUS` over fa-kes' `damascus`.
      this.values[code] = value;
    }
    if (entity) {
      const seen = (this.#entities[code] ??= { entity, spellings: [] }).spellings;
      if (seen.length < MAX_SPELLINGS) seen.push(value);
    }
    return code;
  }

  /** The gazetteer's entity for an agency or place value (a spelling, or an id from a facet link). */
  #entity(value: string): GazetteerEntity | undefined {
    return isNamedField(this.name) ? entityForField(this.name, value) : undefined;
  }

  describe(code: number): Pick<FacetCount, 'labels' | 'spellings'> | undefined {
    const known = this.#entities[code];
    // Code-point order puts Latin, then Cyrillic, then Arabic spellings: the same order whatever the import order.
    return known && { labels: known.entity.labels, spellings: [...known.spellings].sort() };
  }

  // fa-kes rows spell places in lower case (`damascus`, `deir ezzor`), Reuters datelines in
  // capitals (`MOSCOW`), SANA as `Damascus`: one place, so places and agencies group
  // regardless of case. Folders are
  // paths, and case matters in paths.
  // One entity across scripts (SANA, САНА, سانا) is one value: see core/names.
  #key(value: string): string {
    const entity = this.#entity(value);
    if (entity) return entity.id;
    return this.name === 'place' || this.name === 'agency' ? value.normalize('NFC').toLowerCase() : value;
  }

  /** Which codes are selected; null when the facet has no selection. */
  selection(values: readonly string[] | undefined): Uint8Array | null {
    if (!values?.length) return null;
    const selected = new Uint8Array(this.values.length);
    for (const v of values) {
      const code = this.#codes.get(this.#key(v));
      if (code !== undefined) selected[code] = 1;
    }
    return selected;
  }

  passes(r: number, selected: Uint8Array): boolean {
    for (const slot of this.slots) if (slot[r]! >= 0 && selected[slot[r]!] === 1) return true;
    return false;
  }

  count(r: number, counts: Int32Array): void {
    for (const slot of this.slots) if (slot[r]! >= 0) counts[slot[r]!]!++;
  }
}
