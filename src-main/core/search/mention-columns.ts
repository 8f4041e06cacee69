// The names articles mention, as facets and as search fields (issue 19, part 2). An
// article mentions any number of people, organisations and places, so each type is a
// ListColumn: every distinct name interned to a code once per table, and per article its
// codes in one shared Int32Array with offsets. Counting, selecting and `person:` search
// are then passes over typed arrays, as the one-value facets are (facets.ts). A place or
// organisation the gazetteer knows is interned by its id, so Дамаск, Damascus and دمشق
// are one value, labelled and hovered as the agency and place facets are.
import { MENTION_FACET_OF, MENTION_FACETS, type FacetCount, type MentionFacetName } from '../../contract/search';
import { ENTITY_TYPES, type EntityType } from '../entities/entity-types';
import { orgNominatives } from '../entities/russian-org-names';
import { entityForMention, type GazetteerEntity } from '../names';
import type { ArticleRow } from './compile-query';
import { analyze, type Token } from './index/analyzer';
import { decodeMentions, storedType } from '../record-entities';
import { ListColumn } from './list-column';

/** Case and Unicode form folded: «Юрий Лужков» from one text and «ЮРИЙ ЛУЖКОВ» from a headline are one name. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** How a type's names group: places and organisations by the gazetteer's entity where it knows one. */
const ENTITY_OF: Record<EntityType, ((name: string) => GazetteerEntity | undefined) | undefined> = {
  person: undefined,
  org: (name) => entityForMention('org', name),
  place: (name) => entityForMention('place', name),
};

/** How many spellings of one entity a value carries for its hover title and its search. */
const MAX_SPELLINGS = 12;

interface KnownName {
  entity: GazetteerEntity;
  /** As the articles spell it: «Дамаск», Damascus, دمشق. */
  spellings: string[];
}

/** One type's names as they are interned, row by row. */
class ColumnBuilder {
  readonly values: string[] = [];
  readonly codeOf = new Map<string, number>();
  /** Per code of a name the gazetteer knows, its entity and the spellings seen. */
  readonly known: KnownName[] = [];
  /** Most mentions repeat a name seen before, spelt alike: its code is known without folding or looking it up again. */
  readonly #bySpelling = new Map<string, number>();
  readonly offsets: Int32Array;
  readonly codes: number[] = [];
  /** Two names of one article may fold to one key: the code goes in once, so it counts once. */
  readonly #lastRow: number[] = [];

  constructor(
    size: number,
    private readonly entityOf: ((name: string) => GazetteerEntity | undefined) | undefined,
    /** The name a spelling counts under, when not itself: an organisation's nominative. */
    private readonly nominative: (name: string) => string = (name) => name,
  ) {
    this.offsets = new Int32Array(size + 1);
  }

  add(r: number, name: string): void {
    let code = this.#bySpelling.get(name);
    if (code === undefined) this.#bySpelling.set(name, (code = this.#group(name)));
    if (this.#lastRow[code] === r) return;
    this.#lastRow[code] = r;
    this.codes.push(code);
  }

  /** A known entity is one value under its id (`place/damascus`), whatever the script; others group by folded case. */
  #group(written: string): number {
    const name = this.nominative(written);
    const entity = this.entityOf?.(name);
    const key = entity?.id ?? nameKey(name);
    let code = this.codeOf.get(key);
    if (code === undefined) {
      this.codeOf.set(key, (code = this.values.length));
      this.values.push(entity?.id ?? name);
    }
    if (entity) {
      const seen = (this.known[code] ??= { entity, spellings: [] }).spellings;
      if (seen.length < MAX_SPELLINGS) seen.push(written);
    }
    return code;
  }

  column(facet: MentionFacetName): MentionColumn {
    const keyOf = (value: string): string => {
      const name = this.nominative(value);
      return this.entityOf?.(name)?.id ?? nameKey(name);
    };
    return new MentionColumn(
      facet,
      this.values,
      this.codeOf,
      keyOf,
      this.offsets,
      Int32Array.from(this.codes),
      this.known,
    );
  }
}

/** A mention facet whose known names carry their labels and spellings, as the agency and place facets do. */
class MentionColumn extends ListColumn {
  constructor(
    name: MentionFacetName,
    values: readonly string[],
    codeOf: ReadonlyMap<string, number>,
    keyOf: (value: string) => string,
    offsets: Int32Array,
    codes: Int32Array,
    private readonly known: readonly KnownName[],
  ) {
    super(name, values, codeOf, keyOf, offsets, codes);
  }

  describe(code: number): Pick<FacetCount, 'labels' | 'spellings'> | undefined {
    const known = this.known[code];
    // Code-point order: Latin, then Cyrillic, then Arabic, whatever the import order.
    return known && { labels: known.entity.labels, spellings: [...known.spellings].sort() };
  }

  /** The texts a search matches a value by: a known entity's labels and spellings, or the name itself. */
  textsOf(code: number): string[] {
    const known = this.known[code];
    return known ? [...Object.values(known.entity.labels), ...known.spellings] : [this.values[code]!];
  }
}

/** Each type's names over `rows`, by table position, in MENTION_FACETS order: one pass over the mentions for all three. */
function mentionColumns(rows: readonly ArticleRow[]): MentionColumn[] {
  const builders = MENTION_FACETS.map(
    (facet) =>
      new ColumnBuilder(rows.length, ENTITY_OF[TYPE_OF_FACET[facet]], facet === 'org' ? orgNames(rows) : undefined),
  );
  const builderOf = Object.fromEntries(
    ENTITY_TYPES.map((t) => [t, builders[MENTION_FACETS.indexOf(MENTION_FACET_OF[t])]!]),
  ) as Record<EntityType, ColumnBuilder>;
  rows.forEach((row, r) => {
    for (const mention of decodeMentions(row.entities)) builderOf[storedType(mention)].add(r, mention[1]);
    for (const b of builders) b.offsets[r + 1] = b.codes.length;
  });
  return MENTION_FACETS.map((facet, i) => builders[i]!.column(facet));
}

/** The name each organisation counts under: «Газпрома» under «Газпром» when the archive holds both (russian-org-names.ts). */
function orgNames(rows: readonly ArticleRow[]): (name: string) => string {
  const names = new Set<string>();
  for (const row of rows) for (const m of decodeMentions(row.entities)) if (m[0] === 'o') names.add(m[1]);
  return orgNominatives(names, nameKey);
}

const TYPE_OF_FACET = Object.fromEntries(ENTITY_TYPES.map((t) => [MENTION_FACET_OF[t], t])) as Record<
  MentionFacetName,
  EntityType
>;

/** Which articles mention a name, for `person:`, `org:`, `location:` and `mentions:`. */
export interface MentionLookup {
  /** Table positions, ascending, of articles mentioning a name of `facets` that holds `value`'s words in order. */
  mentioning(facets: readonly MentionFacetName[], value: string): Int32Array;
}

export class MentionColumns implements MentionLookup {
  readonly columns: MentionColumn[];
  /** Each name's analysed words (a known entity's per label and spelling), by column and code: worked out on the first search that needs them. */
  readonly #words: (Token[][] | undefined)[][];

  constructor(private readonly rows: readonly ArticleRow[]) {
    this.columns = mentionColumns(rows);
    this.#words = this.columns.map(() => []);
  }

  /**
   * Words are analysed as the index analyses text, so case and endings do not matter:
   * `person:Лужкова` and `person:лужков` find «Юрий Лужков», as does `person:"Юрий Лужков"`;
   * `person:Юрий` finds every Юрий. The name must hold the words as a run, as byline: asks.
   * A place or organisation the gazetteer knows is found by any of its names:
   * `location:Damascus`, `location:Дамаске` and `mentions:دمشق` find all three spellings.
   */
  mentioning(facets: readonly MentionFacetName[], value: string): Int32Array {
    const wanted = analyze(value);
    if (wanted.length === 0) return new Int32Array(0);
    const chosen = facets.map((facet) => MENTION_FACETS.indexOf(facet));
    const selections = chosen.map((c) => this.#namesHolding(c, value, wanted));
    const out = new Int32Array(this.rows.length);
    let n = 0;
    for (let r = 0; r < this.rows.length; r++)
      if (chosen.some((c, i) => this.columns[c]!.passes(r, selections[i]!))) out[n++] = r;
    return out.subarray(0, n);
  }

  #namesHolding(c: number, value: string, wanted: readonly Token[]): Uint8Array {
    const column = this.columns[c]!;
    const words = this.#words[c]!;
    // The value itself may name a known entity in a form no label holds as words (Дамаске, an id).
    const selected = column.selection([value])!;
    for (let code = 0; code < column.values.length; code++) {
      const texts = (words[code] ??= column.textsOf(code).map((text) => analyze(text)));
      if (texts.some((name) => holdsRun(name, wanted))) selected[code] = 1;
    }
    return selected;
  }
}

/** The name's words hold the wanted words as a run, each matching by sameWord. */
function holdsRun(name: readonly Token[], wanted: readonly Token[]): boolean {
  for (let i = 0; i + wanted.length <= name.length; i++) {
    let j = 0;
    while (j < wanted.length && sameWord(name[i + j]!, wanted[j]!)) j++;
    if (j === wanted.length) return true;
  }
  return false;
}

// Names are kept in their normal form (nominative), while a query may be typed as the text
// has it. Snowball cuts a Russian surname's -ов as if it were an ending (Лужков → лужк) but
// not Лужкова's (→ лужков), so the stems alone miss `person:Лужкова`. A query word that is
// the name's word plus a short ending (up to three letters: -а, -у, -ым, -ого) is the same word.
const MAX_ENDING = 3;

function sameWord(name: Token, query: Token): boolean {
  if (name.term === query.term) return true;
  return query.norm.startsWith(name.norm) && query.norm.length - name.norm.length <= MAX_ENDING;
}
