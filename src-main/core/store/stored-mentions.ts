// An article's mentions in the catalogue's stored form (issue 19's names, issue 20's
// startup): apart from record-entities.ts, which extracts them, so the store's migration
// reads the form without the extractors and the gazetteer.
import type { EntityType } from '../entities/entity-types';

/**
 * One mention as the catalogue's readers take it: `[type code, name, count]`. Objects with
 * their three keys made catalogue.json half as large again at 10k bench articles (10.3 →
 * 15.5 MB, ~10 names each); as tuples it grows by a quarter (13.1 MB).
 */
export type StoredMention = [code: MentionCode, name: string, count: number];
export const CODE_OF = { person: 'p', org: 'o', place: 'l' } as const satisfies Record<EntityType, string>;
export type MentionCode = (typeof CODE_OF)[EntityType];
export const TYPE_OF: Record<MentionCode, EntityType> = { p: 'person', o: 'org', l: 'place' };

/**
 * An article's mentions as the catalogue keeps them (since catalogue version 5): one
 * string, each mention its type code, count and name (`l2\u001fДамаск`), mentions apart by
 * MENTION_SEPARATOR. As tuples every article's names were a dozen arrays and strings that
 * JSON.parse made at every start: at 100,000 articles a third of the catalogue's parse
 * time (1.0 → 0.68 s CPU) and 76 MB of heap, for names only the mention facets and the
 * reader read, each decoding them when it needs them (issue 20).
 */
export type StoredMentions = string;
const MENTION_SEPARATOR = '\u001e';
const FIELD_SEPARATOR = '\u001f';
/** Names are words from the text, so these never occur; a stray one is made a space rather than split a name. */
const SEPARATORS = new RegExp(`[${MENTION_SEPARATOR}${FIELD_SEPARATOR}]`, 'g');

/** Mentions in the catalogue's form; '' for none. */
export function encodeMentions(mentions: readonly StoredMention[]): StoredMentions {
  return mentions
    .map(([code, name, count]) => `${code}${count}${FIELD_SEPARATOR}${name.replace(SEPARATORS, ' ')}`)
    .join(MENTION_SEPARATOR);
}

/** The mentions of the catalogue's string, in their stored order. */
export function decodeMentions(stored: StoredMentions | undefined): StoredMention[] {
  // Not a string: mentions a migration could not read (migrations.ts 4 → 5) are kept as they were, but not read.
  if (!stored || typeof stored !== 'string') return [];
  return stored.split(MENTION_SEPARATOR).map((piece) => {
    const at = piece.indexOf(FIELD_SEPARATOR);
    return [piece[0] as MentionCode, piece.slice(at + 1), Number(piece.slice(1, at))];
  });
}
