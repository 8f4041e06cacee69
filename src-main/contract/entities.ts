// The names an article mentions, as records carry them across IPC and into exports
// (issue 19). Here, not in core/entities/, because the contract imports nothing from the
// app (eslint.config.js) and the renderer reaches main only through it; entity-types.ts
// re-exports them for the extractor.

/** The kinds of name an article mentions, as FactRuEval-2016 annotates them (Person, Org, Location). */
export const ENTITY_TYPES = ['person', 'org', 'place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** What an article keeps: each distinct name once, with how many times the text mentions it. */
export interface EntityMention {
  type: EntityType;
  name: string;
  count: number;
  /**
   * The gazetteer's id of a place or organisation it knows (`place/damascus`,
   * `agency/reuters`), given as the reader reads the article: the value the mention facets
   * list it under, whatever the script. Absent for people and unknown names.
   */
  id?: string;
}
