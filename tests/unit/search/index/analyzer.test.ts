import { describe, expect, it } from 'vitest';
import { analyze, appendTerms, normalizeWord, stemLatin } from '../../../../src-main/core/search/index/analyzer';

const term = (word: string): string | undefined => analyze(word)[0]?.term;

describe('Russian morphology', () => {
  it('gives Москве, Москвы and Москву the term of Москва', () => {
    expect(new Set(['Москве', 'Москвы', 'Москву', 'Москва'].map(term)).size).toBe(1);
  });

  it('folds ё into е and case into lower case', () => {
    expect(term('Ёлка')).toBe(term('елка'));
  });

  it('splits a hyphenated word into its parts', () => {
    expect(analyze('по-прежнему').map((t) => t.norm)).toEqual(['по', 'прежнему']);
  });
});

describe('English morphology', () => {
  it('lets Syrian, Syrians and Syria meet', () => {
    expect(term('Syrian')).toBe(term('Syria'));
    expect(term('Syrians')).toBe(term('Syria'));
  });

  it('lets Iraqi and Iraqis meet Iraq, and Israeli meet Israel', () => {
    expect(term('Iraqi')).toBe(term('Iraq'));
    expect(term('Iraqis')).toBe(term('Iraq'));
    expect(term('Israeli')).toBe(term('Israel'));
  });

  it("drops the possessive 's", () => {
    expect(term("Syria's")).toBe(term('Syria'));
  });

  it('keeps words Porter2 separates from their -y forms apart (history, historical)', () => {
    expect(term('party')).not.toBe(term('part'));
    expect(term('policy')).not.toBe(term('police'));
  });

  it('joins the known ordinary-word collisions the demonym rule documents', () => {
    expect(term('median')).toBe(term('media'));
    expect(term('woman')).toBe('woma');
  });

  it('folds Latin diacritics', () => {
    expect(term('Médecins')).toBe(term('medecins'));
  });
});

describe('Arabic normalisation', () => {
  it('matches a word with and without the article ال', () => {
    expect(term('السورية')).toBe(term('سورية'));
    expect(term('الجيش')).toBe(term('جيش'));
  });

  it('strips a conjunction before the article (وال, فال), which the stemmer leaves', () => {
    expect(term('والجيش')).toBe(term('جيش'));
    expect(term('فالجيش')).toBe(term('جيش'));
  });

  it('gives a word starting with و the same term with and without the article', () => {
    expect(term('الوزير')).toBe(term('وزير'));
    expect(term('والوزير')).toBe(term('وزير'));
  });

  it('ignores diacritics (tashkeel) and tatweel', () => {
    expect(term('سُورِيَا')).toBe(term('سوريا'));
    expect(term('سـوريـا')).toBe(term('سوريا'));
  });

  it('unifies the alef forms أ إ آ with bare ا', () => {
    expect(normalizeWord('أكد')).toBe('اكد');
    expect(term('الأسد')).toBe(term('الاسد'));
  });

  it('keeps short words that only look like they carry the article (الله)', () => {
    expect(normalizeWord('الله')).toBe('الله');
  });

  it('reads Arabic-Indic digits as ASCII digits', () => {
    expect(term('٢٠١٦')).toBe('2016');
  });
});

describe('tokens', () => {
  it('appendTerms adds the terms analyze gives, in order, after what the list held', () => {
    const text = "Syria's army — армия Сирии ёлка; وزير الخارجية  ـــ ٣٤ don't 2016 ‌ é";
    const out = ['before'];
    appendTerms(text, out);
    expect(out).toEqual(['before', ...analyze(text).map((t) => t.term)]);
    expect(out.length).toBeGreaterThan(8);
  });

  it('carry their offsets in the original text', () => {
    const text = '«Эхо Москвы», Syria’s army';
    expect(analyze(text).map((t) => text.slice(t.start, t.end))).toEqual(['Эхо', 'Москвы', 'Syria’s', 'army']);
  });

  it('skip punctuation-only input', () => {
    expect(analyze(' — !!! … ')).toEqual([]);
  });
});

describe('the demonym rule', () => {
  it('drops the n of a stem of five letters or more ending in -an, and leaves shorter ones', () => {
    expect(stemLatin('syrian')).toBe('syria');
    expect(stemLatin('plan')).toBe('plan');
  });

  it('leaves an -i word alone when its base is not a stem of its own (taxi, alexei)', () => {
    expect(stemLatin('taxi')).toBe('taxi');
    expect(stemLatin('thesis')).not.toBe(stemLatin('the'));
  });
});
