// The gazetteer in memory: spelling keys to entities, per kind, built from the bundled
// data on first use (a few milliseconds; see SOURCES.md for the figures).
import rawData from './data/gazetteer.json' with { type: 'json' };
import { entityFromRow, type EntityKind, type GazetteerData, type GazetteerEntity } from './gazetteer-data';
import { nameKey } from './name-key';

interface Tables {
  byKind: Record<EntityKind, Map<string, GazetteerEntity>>;
  byId: Map<string, GazetteerEntity>;
}

let tables: Tables | null = null;

export function loadTables(data: GazetteerData = rawData as unknown as GazetteerData): Tables {
  const byKind: Tables['byKind'] = { agency: new Map(), country: new Map(), place: new Map() };
  const byId = new Map<string, GazetteerEntity>();
  for (const row of data.entities) {
    const entity = entityFromRow(row);
    byId.set(entity.id, entity);
    const map = byKind[entity.kind];
    for (const key of row[6].split('|')) if (!map.has(key)) map.set(key, entity);
  }
  return { byKind, byId };
}

function ready(): Tables {
  tables ??= loadTables();
  return tables;
}

// A place without kind is more often meant than an agency of the same letters (Petra, MAP).
const ALL_KINDS: readonly EntityKind[] = ['country', 'place', 'agency'];

/**
 * The entity a spelling names, in any script, case or Russian case; undefined when the
 * gazetteer does not know it. `kind` narrows the search: `SANA` is the agency only when
 * asked for agencies, while `Sana` as a place is Sanaa.
 */
export function findEntity(spelling: string, kind?: EntityKind | readonly EntityKind[]): GazetteerEntity | undefined {
  const kinds = kind === undefined ? ALL_KINDS : typeof kind === 'string' ? [kind] : kind;
  const { byKind } = ready();
  const whole = findKey(byKind, kinds, nameKey(spelling));
  if (whole || kinds.includes('agency')) return whole;
  // Datelines name the country after the city: `دبي، الإمارات العربية المتحدة`, `BUENOS AIRES, Argentina`.
  const first = spelling.split(/[,،]/u)[0]!;
  return first !== spelling ? findKey(byKind, kinds, nameKey(first)) : undefined;
}

/** The first of `kinds` whose table holds `key`. A function, not a closure in findEntity: see english.ts typeOf. */
function findKey(byKind: Tables['byKind'], kinds: readonly EntityKind[], key: string): GazetteerEntity | undefined {
  for (const k of kinds) {
    const hit = byKind[k].get(key);
    if (hit) return hit;
  }
  return undefined;
}

export function entityById(id: string): GazetteerEntity | undefined {
  return ready().byId.get(id);
}

/** The entity's label in `language` (a UI or article language code); English otherwise. */
export function preferredLabel(entity: GazetteerEntity, language: string): string {
  const lang = language.slice(0, 2).toLowerCase();
  return lang === 'ru' || lang === 'ar' ? entity.labels[lang] : entity.labels.en;
}

/** How many entities of each kind and how many spelling keys the gazetteer holds. */
export function gazetteerCounts(): Record<EntityKind, { entities: number; keys: number }> {
  const { byKind, byId } = ready();
  const count = (k: EntityKind): number => [...byId.values()].filter((e) => e.kind === k).length;
  return {
    agency: { entities: count('agency'), keys: byKind.agency.size },
    country: { entities: count('country'), keys: byKind.country.size },
    place: { entities: count('place'), keys: byKind.place.size },
  };
}
