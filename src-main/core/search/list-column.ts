// A facet where each article has any number of values (tags; the names an article
// mentions), packed as offsets into one code array (CSR): at 100k articles, one Int32Array
// of codes and one of offsets rather than an array per article.
import type { FacetName } from '../../contract/search';
import type { FacetColumnLike } from './facets';

/** A facet where each article has any number of values, packed as offsets into one code array (CSR). */
export class ListColumn implements FacetColumnLike {
  constructor(
    readonly name: FacetName,
    readonly values: readonly string[],
    private readonly codeOf: ReadonlyMap<string, number>,
    private readonly keyOf: (value: string) => string,
    /** Row r's codes are codes[offsets[r]] up to codes[offsets[r + 1]]. */
    private readonly offsets: Int32Array,
    private readonly codes: Int32Array,
  ) {}

  /** From the few rows that have values (tagged articles), all others empty. */
  static fromRows(
    name: FacetName,
    values: readonly string[],
    codeOf: ReadonlyMap<string, number>,
    keyOf: (value: string) => string,
    size: number,
    rows: ReadonlyMap<number, readonly number[]>,
  ): ListColumn {
    const offsets = new Int32Array(size + 1);
    for (const [r, list] of rows) offsets[r + 1] = list.length;
    for (let r = 0; r < size; r++) offsets[r + 1]! += offsets[r]!;
    const codes = new Int32Array(offsets[size]!);
    for (const [r, list] of rows) codes.set(list, offsets[r]!);
    return new ListColumn(name, values, codeOf, keyOf, offsets, codes);
  }

  selection(values: readonly string[] | undefined): Uint8Array | null {
    if (!values?.length) return null;
    const selected = new Uint8Array(this.values.length);
    for (const v of values) {
      const code = this.codeOf.get(this.keyOf(v));
      if (code !== undefined) selected[code] = 1;
    }
    return selected;
  }

  passes(r: number, selected: Uint8Array): boolean {
    for (let i = this.offsets[r]!; i < this.offsets[r + 1]!; i++) if (selected[this.codes[i]!] === 1) return true;
    return false;
  }

  count(r: number, counts: Int32Array): void {
    for (let i = this.offsets[r]!; i < this.offsets[r + 1]!; i++) counts[this.codes[i]!]!++;
  }
}
