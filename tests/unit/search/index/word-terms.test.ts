import { describe, expect, it } from 'vitest';
import { appendTerms } from '../../../../src-main/core/search/index/analyzer';
import { fieldTokens } from '../../../../src-main/core/search/index/index-doc';
import { appendWordTerms } from '../../../../src-main/core/search/index/word-terms';

const viaTable = (text: string): string[] => {
  const out: string[] = [];
  appendWordTerms(text, out);
  return out;
};
const viaMatch = (text: string): string[] => {
  const out: string[] = [];
  appendTerms(text, out);
  return out;
};

const TEXTS = [
  'Syria’s President met the U.N. envoy in Damascus; don\u2019t expect talks before 2017-03-03.',
  'Президент России Владимир Путин провёл переговоры по-прежнему в Москве. Ёлка, ёж.',
  'وقال الرئيس السوري بشار الأسد في دمشق إن الوزيرَ والوزير ـــ وبالمدينة ١٢٣ ۴۵۶',
  'Zürich, São Paulo and Ångström: café, naïve, O\u2019Brien’s',
  'ﬁnance ＡＢＣ １２３ and the ligature ﬂow',
  'emoji 🙂 then words after a surrogate pair 𝐀𝐁𝐂 and Han 𠀋 text',
  "apostrophes ' alone, trailing' and 'leading and rock'n'roll",
  '',
  '   \n\t ',
];

describe('appendWordTerms', () => {
  it('gives the terms appendTerms gives, word for word, in every script', () => {
    for (const text of TEXTS) expect(viaTable(text)).toEqual(viaMatch(text));
  });

  it('gives the same terms for a word seen before as the first time', () => {
    const text = 'Москве Москвы Москву Москва Syrian Syrians Syria';
    const first = viaTable(text);
    expect(viaTable(text)).toEqual(first);
    expect(new Set(first.slice(0, 4)).size).toBe(1);
  });

  it('stays right once its table has filled and started again', () => {
    // More distinct words than half the table's slots, then words from before the restart.
    const many = Array.from({ length: 70_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    expect(viaTable(many)).toEqual(viaMatch(many));
    for (const text of TEXTS) expect(viaTable(text)).toEqual(viaMatch(text));
  });

  it('tells apart words that share a length and differ in one letter', () => {
    expect(viaTable('cat car cab cat')).toEqual(['cat', 'car', 'cab', 'cat']);
  });
});

describe('fieldTokens', () => {
  it('numbers the terms of each paragraph with a gap between paragraphs', () => {
    expect(fieldTokens(['Damascus talks', 'Moscow'])).toEqual({
      terms: viaMatch('Damascus talks Moscow'),
      positions: [0, 1, 3],
    });
  });
});
