// The spelling key's fast path for plain Latin and Cyrillic names must give the key the
// full normalisation gives: the gazetteer's data was built with the full one.
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src-main/core/names';

// A lone combining mark is a word the full path folds to nothing, and it sends the spelling down that path.
const fullKey = (spelling: string): string => nameKey(`${spelling} \u0301`);

describe('nameKey', () => {
  it('gives a plain Latin or Cyrillic name the key the full normalisation gives', () => {
    for (const spelling of [
      'Reuters',
      'ITAR-TASS',
      'U.S.A.',
      "Sana'a",
      '  Many   spaces  ',
      'Bloomberg.com',
      'A/B (C), d',
      '«Газпром»',
      'Министерство Обороны России',
      '„Левый фронт“',
      'ТАСС',
    ])
      expect(nameKey(spelling)).toBe(fullKey(spelling));
  });

  it('still folds what the fast path leaves to normalisation: й, ё, accents and Arabic', () => {
    expect(nameKey('Йемен')).toBe('иемен');
    expect(nameKey('Зürich')).toBe('зurich');
    expect(nameKey('ЁЛКИ')).toBe('елки');
    expect(nameKey('الرياض')).toBe('رياض');
  });
});
