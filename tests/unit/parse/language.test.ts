import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src-main/core/parse/language';
import { toIso6391 } from '../../../src-main/core/parse/language-codes';

describe('detectLanguage', () => {
  it('finds Russian in a headline plus a paragraph', () => {
    const text =
      'Дания сомневается в возможности принять матчи Евро-2020\n' +
      'Президент Датского футбольного союза заявил о своих сомнениях в возможности Копенгагена принять турнир.';
    expect(detectLanguage(text)).toBe('ru');
  });

  it('finds Russian in a short headline franc alone reads as Ukrainian', () => {
    expect(detectLanguage('В Лошице у магазина «Соседи» сделали парковку для собак')).toBe('ru');
  });

  it('finds Russian when a headline is mostly Latin brand names', () => {
    expect(detectLanguage('Facebook готовит конкурента Microsoft Teams и Zoom')).toBe('ru');
  });

  it('finds Ukrainian by its own letters', () => {
    const text =
      'Закінчився перший квартал 2020 року. Підприємства, які за його наслідками отримали чистий прибуток, можуть виплатити дивіденди.';
    expect(detectLanguage(text)).toBe('uk');
  });

  it('finds Uzbek written in Cyrillic', () => {
    const text =
      'Депутат билан боғлиқ жиноят иши юзасидан тергов ҳаракатлари олиб борилмоқда. Бу ҳақда прокуратура хабар берди.';
    expect(detectLanguage(text)).toBe('uz');
  });

  it('finds Arabic in a headline plus a paragraph', () => {
    const text =
      'اغتيال مسؤول «الأسايش» في دير الزور\n' +
      'قُتل المسؤول العام لقوات الأمن الداخلي الكردية إثر انفجار عبوة زرعها مجهولون استهدفت سيارته.';
    expect(detectLanguage(text)).toBe('ar');
  });

  it('finds Arabic in a two-word dateline', () => {
    expect(detectLanguage('دمشق-سانا')).toBe('ar');
  });

  it('finds Persian by the letters Arabic does not use', () => {
    const text = 'وزیر امور خارجه ایران گفت که کشورش برای گفتگو با همسایگان آماده است و این موضوع را پیگیری می‌کند.';
    expect(detectLanguage(text)).toBe('fa');
  });

  it('finds English in a headline plus a paragraph franc alone reads as Dutch', () => {
    const text =
      'US TV host Clark suffers stroke\nVeteran US television host Dick Clark is in hospital in Los Angeles after suffering a mild stroke.';
    expect(detectLanguage(text)).toBe('en');
  });

  it('finds Spanish in a paragraph', () => {
    const text =
      'La enfermedad de la sarna ha rebrotado de nuevo entre la población de cabra hispánica en pleno confinamiento, periodo que ha comportado la interrupción de la actividad.';
    expect(detectLanguage(text)).toBe('es');
  });

  it('finds Chinese in Han script', () => {
    expect(detectLanguage('金正恩專列現元山 北韓官媒昨日發布兩則關於領袖金正恩的消息')).toBe('zh');
  });

  it('says und for a telegraphic earnings table franc alone reads as French', () => {
    const text =
      'TRW INC 3RD QTR NET\nShr 1.04 dlrs vs 67 cts Shr diluted 1.01 dlrs vs 66 cts Net 63.2 mln vs 40.5 mln Sales 1.70 billion vs 1.43 billion Nine mths Shr 2.91 dlrs vs 2.88 dlrs';
    expect(detectLanguage(text)).toBe('und');
  });

  it('says und for a fixture line too short to judge', () => {
    expect(detectLanguage('Blackburn v Burnley')).toBe('und');
  });

  it('says und for text without letters', () => {
    expect(detectLanguage('12:30 — 4/5')).toBe('und');
  });
});

describe('toIso6391', () => {
  it('maps individual-language codes to their macrolanguage code', () => {
    expect([toIso6391('arb'), toIso6391('cmn'), toIso6391('pes'), toIso6391('uzn')]).toEqual(['ar', 'zh', 'fa', 'uz']);
  });

  it('keeps a 639-3 code that has no 639-1 equivalent', () => {
    expect(toIso6391('bho')).toBe('bho');
  });
});

describe('detectLanguage: function words in any text', () => {
  const english =
    'The minister said on Monday that the talks with the delegation would resume after the holiday, and that he had been told by the envoy that the ceasefire was holding in most of the country.';

  it('counts the function words of a text with an emoji as of one without', () => {
    expect(detectLanguage(`${english} 🙂`)).toBe('en');
    expect(detectLanguage(english)).toBe('en');
  });

  it('counts a function word next to punctuation and capitals', () => {
    expect(detectLanguage(english.toUpperCase().replace(/ /g, ', '))).toBe('en');
  });
});
