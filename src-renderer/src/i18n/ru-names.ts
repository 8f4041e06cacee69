// Russian strings for names across scripts (core/names).
import type { enNames } from './en-names';

export const ruNames: Record<keyof typeof enNames, string> = {
  facetSpellings: 'Написания в архиве: {list}',
};
