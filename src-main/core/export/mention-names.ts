// The names an article mentions as the exports label them (issue 19): the CSV's three
// columns and the Markdown front matter's three lists, commonest first within each.
import type { EntityMention, EntityType } from '../../contract/entities';

/** The export's label for each type of name. */
export const MENTION_LABELS = {
  person: 'people',
  org: 'organisations',
  place: 'places_mentioned',
} as const satisfies Record<EntityType, string>;
export type MentionLabel = (typeof MENTION_LABELS)[EntityType];
/** The labels in the order the CSV's columns take. */
export const MENTION_COLUMNS = ['people', 'organisations', 'places_mentioned'] as const satisfies MentionLabel[];

/** Per label, the names of that type, in the article's order (most mentioned first). */
export function namesByLabel(entities: readonly EntityMention[] = []): Record<MentionLabel, string[]> {
  const out: Record<MentionLabel, string[]> = { people: [], organisations: [], places_mentioned: [] };
  for (const e of entities) out[MENTION_LABELS[e.type]].push(e.name);
  return out;
}
