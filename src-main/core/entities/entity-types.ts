// The shapes the entity reader and its users share, fixed first so extraction (entities/)
// and its uses in the import, search and reader can be built side by side (issue 19, part 2).

/** The kinds of name an article mentions, as FactRuEval-2016 annotates them (Person, Org, Location). */
export const ENTITY_TYPES = ['person', 'org', 'place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One mention in a text: `[start, end)` are UTF-16 offsets into the text given to the extractor. */
export interface EntitySpan {
  type: EntityType;
  start: number;
  end: number;
  /** The normal form: «Юрия Лужкова» → «Юрий Лужков», «الرئيس بشار الأسد» → «بشار الأسد». */
  name: string;
}

/** What an article keeps: each distinct name once, with how many times the text mentions it. */
export interface EntityMention {
  type: EntityType;
  name: string;
  count: number;
}
