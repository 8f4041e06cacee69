import { describe, expect, it } from 'vitest';
import { analyze, countTokens, tokenStart } from '../../../../src-main/core/search/index/analyzer';
import { WORD, WordScanner } from '../../../../src-main/core/search/index/word-scan';

// Letters of the archive's scripts and of others, marks, digits, both apostrophes, tatweel,
// Arabic tashkeel and a presentation form that analysis folds away, a letter outside the BMP.
const PIECES = [
  'a',
  'Z',
  'é',
  'e\u0301',
  '7',
  "'",
  '’',
  ' ',
  '-',
  ',',
  '\n',
  'ж',
  'Й',
  'ё',
  '\u0483',
  'ا',
  'ل',
  'ـ',
  '\u064b',
  '\u0651',
  '\ufe71',
  '٣',
  '中',
  'ß',
  'ǅ',
  '²',
  'Ⅻ',
  '𝐀',
  '😀',
];

/** A reproducible random text of `n` pieces (a small linear congruential generator). */
function randomText(seed: number, n: number): string {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out.push(PIECES[x % PIECES.length]!);
  }
  return out.join('');
}

const byScanner = (text: string): [number, number][] => {
  const out: [number, number][] = [];
  for (const w = new WordScanner(text); w.next();) out.push([w.start, w.end]);
  return out;
};
const byRegex = (text: string): [number, number][] =>
  Array.from(text.matchAll(WORD), (m) => [m.index, m.index + m[0].length]);

describe('WordScanner', () => {
  it('finds exactly the words the pattern finds, in BMP text and with surrogate pairs', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(seed, 60);
      expect(byScanner(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });

  it('hands over to the pattern at a letter outside the BMP, inside a word or after its apostrophe', () => {
    for (const text of ["x'𝐀 y", 'a𝐀b c', '𝐀x', 'd’😀 e', 'plain words then 𝐀'])
      expect(byScanner(text), text).toEqual(byRegex(text));
  });

  it("gives each word's FNV-1a hash over its UTF-16 units, by table and by pattern alike", () => {
    const fnv = (word: string): number => {
      let h = 0x811c9dc5;
      for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
      return h;
    };
    for (let seed = 1; seed <= 200; seed++) {
      const text = randomText(seed, 60);
      for (const w = new WordScanner(text); w.next();) expect(w.hash, text).toBe(fnv(text.slice(w.start, w.end)));
    }
  });

  it("joins an apostrophe's letters but not digits after them", () => {
    const text = "Syria's don’t x'2 ab''c";
    expect(byScanner(text).map(([s, e]) => text.slice(s, e))).toEqual(["Syria's", 'don’t', 'x', '2', 'ab', 'c']);
  });
});

describe('countTokens and tokenStart', () => {
  it('count and place tokens as analyze() does, words that analysis folds away included', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomText(seed, 50);
      const tokens = analyze(text);
      expect(countTokens(text), JSON.stringify(text)).toBe(tokens.length);
      tokens.forEach((t, n) => expect(tokenStart(text, n)).toBe(t.start));
      expect(tokenStart(text, tokens.length)).toBe(-1);
    }
  });

  it('skip a tatweel standing alone as a dash, which leaves no term', () => {
    const text = 'دمشق ـ سانا';
    expect(countTokens(text)).toBe(2);
    expect(tokenStart(text, 1)).toBe(text.indexOf('سانا'));
  });
});

describe('analyze with initials', () => {
  const WORDS = ['Syria', 'Syrian’s', 'happy', 'Ugly', 'skies', 'dying', 'Iraqis', 'Ёлка', 'ёлки', 'Москве', 'Eight'];
  const MORE = ['2016года', 'Jaafari', 'idly', 'ABC', 'yes', 'Yemen', 'мая', 'الرئيس', 'aب', 'x'];

  it('skips only words whose term and normalised form start with none of them', () => {
    const initials = new Set(['s', 'е', 'h', 'd', 'м', '2', 'y', 'i']);
    for (let seed = 1; seed <= 200; seed++) {
      const text = `${randomText(seed, 20)} ${[...WORDS, ...MORE].filter((_, i) => (seed + i) % 3 === 0).join(' ')}`;
      const all = analyze(text);
      const some = analyze(text, initials);
      expect(some.map((t) => [t.start, t.end])).toEqual(all.map((t) => [t.start, t.end]));
      some.forEach((t, i) => {
        const full = all[i]!;
        if (t.term === '') expect(initials.has(full.term[0]!) || initials.has(full.norm[0]!), text).toBe(false);
        else expect(t).toEqual(full);
      });
    }
  });
});
