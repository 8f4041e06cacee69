// The entity behind an article's agency or dateline place, for facets and search. An
// archive repeats a few thousand spellings over 100k articles, so each spelling is looked
// up once and remembered (core/search/facets.ts builds its table by the same rule).
import { entityById, findEntity } from './gazetteer';
import type { EntityKind, GazetteerEntity } from './gazetteer-data';

/** The catalogue fields whose values the gazetteer knows. */
export type NamedField = 'agency' | 'place';

const KINDS: Record<NamedField, readonly EntityKind[]> = { agency: ['agency'], place: ['country', 'place'] };

// Bounded, since spellings come from imported files: past this many, start again.
const MAX_REMEMBERED = 50_000;
const remembered: Record<NamedField, Map<string, GazetteerEntity | null>> = { agency: new Map(), place: new Map() };

/** The entity a field's value names: a spelling (`Дамаске`) or an entity id (`place/damascus`, from a facet link). */
export function entityForField(field: NamedField, value: string): GazetteerEntity | undefined {
  const memo = remembered[field];
  let entity = memo.get(value);
  if (entity === undefined) {
    const byId = entityById(value);
    entity = (byId && KINDS[field].includes(byId.kind) ? byId : findEntity(value, KINDS[field])) ?? null;
    if (memo.size >= MAX_REMEMBERED) memo.clear();
    memo.set(value, entity);
  }
  return entity ?? undefined;
}

export function isNamedField(field: string): field is NamedField {
  return field === 'agency' || field === 'place';
}
