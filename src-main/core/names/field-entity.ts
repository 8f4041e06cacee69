// The entity behind an article's agency or dateline place, for facets and search. An
// archive repeats a few thousand spellings over 100k articles, so each spelling is looked
// up once and remembered (core/search/facets.ts builds its table by the same rule).
import { entityById, findEntity } from './gazetteer';
import type { EntityKind } from './gazetteer-data';
import { remembered } from './remembered';

/** The catalogue fields whose values the gazetteer knows. */
export type NamedField = 'agency' | 'place';

const KINDS: Record<NamedField, readonly EntityKind[]> = { agency: ['agency'], place: ['country', 'place'] };

/** The entity a field's value names: a spelling (`Дамаске`) or an entity id (`place/damascus`, from a facet link). Bounded, since spellings come from imported files. */
export const entityForField = remembered<NamedField>(50_000, (field, value) => {
  const byId = entityById(value);
  return byId && KINDS[field].includes(byId.kind) ? byId : findEntity(value, KINDS[field]);
});

export function isNamedField(field: string): field is NamedField {
  return field === 'agency' || field === 'place';
}
