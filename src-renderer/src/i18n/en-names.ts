// English strings for names across scripts (core/names): the hover title of an agency or place.
export const enNames = {
  facetSpellings: 'Spelt in the archive: {list}',
} as const;
