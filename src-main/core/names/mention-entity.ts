// The entity behind a name an article mentions (issue 19, part 2 follow-up): Дамаск,
// Damascus and دمشق are one place in the Places mentioned facet and in `location:`, as
// they are one place in the dateline's facet (field-entity.ts). Resolved when the facet
// table is built rather than stored on the record, so articles imported before this
// change group too (bench/names-facets.ts measures the cost at 100k rows).
import { entityById, findEntity } from './gazetteer';
import type { EntityKind, GazetteerEntity } from './gazetteer-data';
import { remembered } from './remembered';

/** The mention types the gazetteer knows entities of; people it does not. */
export type NamedMention = 'place' | 'org';

/**
 * The United Nations is a place to a dateline (AP files from «UNITED NATIONS») and an
 * organisation in running text (core/entities/settle-names.ts turns it into one).
 */
export const UNITED_NATIONS = 'place/united-nations';

const PLACE_KINDS: readonly EntityKind[] = ['country', 'place'];
const ORG_KINDS: readonly EntityKind[] = ['agency', 'place'];

/**
 * The gazetteer entity a mentioned name stands for: a country or place for a place, an
 * agency or the United Nations for an organisation; undefined for a name it does not
 * know, which then stays as written. `name` may be an entity id from a facet link.
 * Remembered: at 100k articles, 50k distinct place and organisation names cost ~150 ms CPU
 * a table build unremembered (bench/names-facets.ts).
 */
export const entityForMention = remembered<NamedMention>(200_000, lookUp);

/**
 * A country or place of the gazetteer, the United Nations included (entities/settle-names.ts
 * tells it apart). Remembered: names extraction asks it of every capitalised run and every
 * span an article has, and the same names come back article after article (the parse
 * worker's profile, 20,000 files: unremembered, settle-names.ts's look-ups were 2% of it).
 */
const rememberedPlace = remembered<'place'>(50_000, (_, name) => findEntity(name, PLACE_KINDS));
export const countryOrPlace = (name: string): GazetteerEntity | undefined => rememberedPlace('place', name);

/** A country or place of the gazetteer, but not the United Nations, which is an organisation but in a dateline. */
export const gazetteerPlace = (name: string): GazetteerEntity | undefined => {
  const place = countryOrPlace(name);
  return place?.id === UNITED_NATIONS ? undefined : place;
};

function lookUp(type: NamedMention, name: string): GazetteerEntity | undefined {
  const byId = name.includes('/') ? entityById(name) : undefined;
  if (byId) return fitsMention(type, byId) ? byId : undefined;
  if (type === 'place') return gazetteerPlace(name);
  // One look-up for both: the names of 100k articles cost one key each (bench/names-facets.ts).
  const org = findEntity(name, ORG_KINDS);
  return org && (org.kind === 'agency' || org.id === UNITED_NATIONS) ? org : undefined;
}

function fitsMention(type: NamedMention, entity: GazetteerEntity): boolean {
  if (entity.id === UNITED_NATIONS) return type === 'org';
  return type === 'org' ? entity.kind === 'agency' : PLACE_KINDS.includes(entity.kind);
}
