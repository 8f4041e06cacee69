import { describe, expect, it } from 'vitest';
import { isAllCaps, isCapitalised } from '../../../src-main/core/entities/tokens';

// The two tests read a table of UTF-16 units built from these regexes (issue 20): they must
// answer as the regexes do for every character, and for words with surrogate pairs.
const capitalisedByRegex = (w: string): boolean => /^\p{Lu}/u.test(w);
const allCapsByRegex = (w: string): boolean =>
  w.length > 1 && /^[\p{Lu}\p{N}-]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);

describe('isCapitalised and isAllCaps', () => {
  it('answer as the regexes for every BMP character, alone and in words', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const w of [c, `${c}a`, `A${c}`, `${c}${c}`, `${c}-1`])
        if (isCapitalised(w) !== capitalisedByRegex(w) || isAllCaps(w) !== allCapsByRegex(w)) wrong.push(w);
    }
    expect(wrong).toEqual([]);
  });

  it.each(['', 'NATO', 'STS-124', 'Москва', 'СМИ', 'ООН', 'x', 'X', 'ّA', '𝐀𝐁', '𝐀b', 'A𝐁', '\ud835', '2ND'])(
    'answers for %j as the regexes do',
    (w) => {
      expect([isCapitalised(w), isAllCaps(w)]).toEqual([capitalisedByRegex(w), allCapsByRegex(w)]);
    },
  );
});
