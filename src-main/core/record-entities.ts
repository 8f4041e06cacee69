// The names an article mentions, as the archive keeps them (issue 19, part 2): found by
// the importer from the title and body once the parser has given the language, kept on
// the catalogue's article, carried by exports and backups. The parser stays free of it,
// so `parseFile` and the readers' benches measure reading alone.
import type { DispatchRecord } from '../contract/records';
import type { EntityMention, EntityType } from './entities/entity-types';
import { extractEntities, hasNameRules, summariseMentions } from './entities/extract';
import { entityForMention } from './names';
import {
  CODE_OF,
  decodeMentions,
  encodeMentions,
  TYPE_OF,
  type StoredMention,
  type StoredMentions,
} from './store/stored-mentions';

export { decodeMentions, encodeMentions, type StoredMention, type StoredMentions } from './store/stored-mentions';

/**
 * The most an article keeps, commonest first. A long report names a hundred places and
 * people once each; the tail adds catalogue size at 100k articles (one JSON object each)
 * and little to facets or search, where the commonest names are the ones asked for.
 */
export const MAX_STORED_ENTITIES = 50;

/** The article's distinct names with their counts, commonest first, at most MAX_STORED_ENTITIES. */
export function entitiesOf(record: Pick<DispatchRecord, 'title' | 'paragraphs' | 'language'>): EntityMention[] {
  // Not joined for a language without rules: a tenth of bc20k's records (fi, fr, und…).
  if (!hasNameRules(record.language)) return [];
  const text = [record.title, ...record.paragraphs].join('\n');
  // summariseMentions lists the most mentioned first: the cap keeps those.
  return summariseMentions(extractEntities(text, record.language)).slice(0, MAX_STORED_ENTITIES);
}

/** The record with its entities; one that mentions none gets no field, so it costs nothing stored. */
export function withEntities(record: DispatchRecord): DispatchRecord {
  const entities = entitiesOf(record);
  return entities.length ? { ...record, entities } : record;
}

/** The entities `from` has, as a field to spread into a copy; nothing when it has none. */
export function pickEntities(from: { entities?: EntityMention[] }): { entities?: EntityMention[] } {
  return from.entities?.length ? { entities: from.entities } : {};
}

/** The record's entities in the catalogue's form, as a field to spread; nothing when it has none. */
export function storedEntities(from: { entities?: EntityMention[] }): { entities?: StoredMentions } {
  return from.entities?.length
    ? { entities: encodeMentions(from.entities.map((e) => [CODE_OF[e.type], e.name, e.count])) }
    : {};
}

/**
 * The stored article's entities as the contract gives them, as a field to spread. A place
 * or organisation the gazetteer knows gets its id, so the reader filters by the value the
 * facet lists (mention-columns.ts); the id is looked up here, not stored, so articles
 * imported before it get one too.
 */
export function readEntities(from: { entities?: StoredMentions }): { entities?: EntityMention[] } {
  return from.entities ? { entities: decodeMentions(from.entities).map(readMention) } : {};
}

function readMention([code, name, count]: StoredMention): EntityMention {
  const type = TYPE_OF[code];
  const id = type === 'person' ? undefined : entityForMention(type, name)?.id;
  return { type, name, count, ...(id && { id }) };
}

/** The type of a stored mention. */
export function storedType(mention: StoredMention): EntityType {
  return TYPE_OF[mention[0]];
}
