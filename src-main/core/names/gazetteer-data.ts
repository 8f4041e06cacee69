// The shape of data/gazetteer.json, which scripts/build-gazetteer.ts writes: one row per
// entity with its labels and the keys (nameKey) of every spelling it answers to.

export type EntityKind = 'agency' | 'country' | 'place';

export interface EntityLabels {
  en: string;
  ru: string;
  ar: string;
}

export interface GazetteerEntity {
  /** Stable across rebuilds: `agency/sana`, `country/sy`, `place/damascus`. */
  id: string;
  kind: EntityKind;
  labels: EntityLabels;
  /** ISO 3166 alpha-2 of a place's country, lower case; absent for agencies and countries. */
  country?: string;
}

/** id, kind, en, ru, ar, country ('' for none), the spelling keys joined with '|'. */
export type EntityRow = [string, EntityKind, string, string, string, string, string];

export interface GazetteerData {
  version: 1;
  entities: EntityRow[];
}

export function entityFromRow(row: EntityRow): GazetteerEntity {
  const [id, kind, en, ru, ar, country] = row;
  return { id, kind, labels: { en, ru, ar }, ...(country && { country }) };
}
