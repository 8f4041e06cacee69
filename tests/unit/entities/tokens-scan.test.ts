import { describe, expect, it } from 'vitest';
import { isCapitalised, isCapitalisedAt, tokenize, WORD } from '../../../src-main/core/entities/tokens';

// tokenize() finds words by a table of UTF-16 units, not by WORD (issue 20): it must find
// exactly the regex's words, at the same offsets, for any text.
const wordsByRegex = (text: string): [string, number][] => [...text.matchAll(WORD)].map((m) => [m[0], m.index]);
const wordsByScan = (text: string): [string, number][] => tokenize(text).map((t) => [t.text, t.start]);

/** A small deterministic generator, so a failure can be run again. */
function randomTexts(seed: number, count: number, alphabet: string[]): string[] {
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]!).join(''),
  );
}

describe('tokenize', () => {
  it('splits words, joins inner hyphens and apostrophes, and marks sentence starts', () => {
    const tokens = tokenize("Нью-Йорк: O'Brien met В. Путин. Then -x- y' 'z");
    expect(tokens.map((t) => t.text)).toEqual(['Нью-Йорк', "O'Brien", 'met', 'В', 'Путин', 'Then', 'x', 'y', 'z']);
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual(['Нью-Йорк', 'Then']);
  });

  it('finds the regex words for every BMP character, alone and between letters', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}b`, `${c}-${c}`, `x'${c}`])
        if (JSON.stringify(wordsByScan(text)) !== JSON.stringify(wordsByRegex(text))) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });

  it('finds the regex words in random mixes of letters, marks, digits, joiners and pairs outside the BMP', () => {
    const alphabet = [
      'a',
      'Z',
      'я',
      'ب',
      '\u0651',
      '7',
      '٣',
      ' ',
      '.',
      "'",
      '’',
      '-',
      '‐',
      '--',
      '\n',
      '𝐀',
      '\ud835',
      '!',
    ];
    for (const text of randomTexts(20, 3_000, alphabet)) expect(wordsByScan(text), text).toEqual(wordsByRegex(text));
  });

  it('marks the same sentence starts as the regex path, which a text with a surrogate pair takes', () => {
    // An emoji is no word: the text after it has the same words, read by the regex instead of the scan.
    const alphabet = ['В', 'a', 'Zed', 'я', ' ', '  ', '.', '. ', '!', '?', '…', '\n', "'", '-', 'N.', '7'];
    for (const text of randomTexts(21, 3_000, alphabet)) {
      const byScan = tokenize(text);
      const byRegex = tokenize(`${text} \u{1F600}`);
      expect(byScan, text).toEqual(byRegex);
    }
  });

  it('reads a capital from the text at the token as from the token itself', () => {
    const text = "Нью-Йорк: O'Brien met в. Путин 𝐀bc «ЦСКА» al-Assad 7th";
    for (const t of tokenize(text)) expect(isCapitalisedAt(text, t), t.text).toBe(isCapitalised(t.text));
  });
});
