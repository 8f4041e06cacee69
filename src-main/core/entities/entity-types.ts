// The shapes the entity reader and its users share, fixed first so extraction (entities/)
// and its uses in the import, search and reader can be built side by side (issue 19, part 2).
// The kinds of name and what an article keeps of them cross IPC, so they live in the contract.
import type { EntityType } from '../../contract/entities';

export { ENTITY_TYPES, type EntityMention, type EntityType } from '../../contract/entities';

/** One mention in a text: `[start, end)` are UTF-16 offsets into the text given to the extractor. */
export interface EntitySpan {
  type: EntityType;
  start: number;
  end: number;
  /** The normal form: «Юрия Лужкова» → «Юрий Лужков», «الرئيس بشار الأسد» → «بشار الأسد». */
  name: string;
}
