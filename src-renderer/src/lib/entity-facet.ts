// Agency and place facet values the gazetteer knows arrive as ids (`place/damascus`)
// with their labels and the spellings the archive holds (core/search/facets.ts). The
// sidebar shows the label in the interface language and lists the spellings on hover;
// a value without labels is a name the gazetteer does not know, shown as spelt.
import type { UiLocale } from '../../../src-main/contract/archive';
import type { FacetCount } from '../../../src-main/contract/search';

export interface NamedValues {
  label(value: string): string;
  /** The spellings, joined for `wording`; undefined for a value without them. */
  title(value: string): string | undefined;
}

export function namedValues(counts: FacetCount[], locale: UiLocale, wording: (list: string) => string): NamedValues {
  const byValue = new Map(counts.map((c) => [c.value, c]));
  return {
    label: (value) => byValue.get(value)?.labels?.[locale] ?? value,
    title: (value) => {
      const spellings = byValue.get(value)?.spellings;
      return spellings?.length ? wording(spellings.join(' · ')) : undefined;
    },
  };
}
