import { describe, expect, it } from 'vitest';
import { en } from '../../../src-renderer/src/i18n/en';
import { ru } from '../../../src-renderer/src/i18n/ru';
import { translate } from '../../../src-renderer/src/i18n/messages';
import { displayLanguage, formatLongDate, formatMonth } from '../../../src-renderer/src/i18n/format';
import { detectLocale } from '../../../src-renderer/src/i18n/detect';

describe('translate', () => {
  it('picks the Russian one, few and many forms from n', () => {
    expect(translate('ru', 'articles', { n: 1 })).toBe('1 статья');
    expect(translate('ru', 'articles', { n: 3 })).toBe('3 статьи');
    expect(translate('ru', 'articles', { n: 5 })).toBe('5 статей');
    expect(translate('ru', 'articles', { n: 21 })).toBe('21 статья');
    expect(translate('ru', 'articles', { n: 11 })).toBe('11 статей');
  });

  it('picks the English singular only for exactly one', () => {
    expect(translate('en', 'articles', { n: 1 })).toBe('1 article');
    expect(translate('en', 'articles', { n: 0 })).toBe('0 articles');
  });

  it('groups the digits of a large count as the UI language does, and only counts', () => {
    expect(translate('en', 'articles', { n: 1_000_000 })).toBe('1,000,000 articles');
    // Russian groups with a no-break space, so a count never wraps between its digits.
    expect(translate('ru', 'articles', { n: 12_345 })).toBe('12\u00a0345 статей');
    expect(translate('en', 'importing', { done: 12_000, total: 20_000 })).toBe('Importing 12,000 of 20,000');
  });

  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'hitCount', { current: 2, total: 7 })).toBe('2 / 7');
    expect(translate('en', 'importing', { done: 3 })).toBe('Importing 3 of {total}');
  });

  it('has a Russian message for every English key and no other', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  it('uses the same placeholders in Russian as in English', () => {
    const names = (message: unknown): string[] =>
      [...JSON.stringify(message).matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(new Set(names(ru[key])), key).toEqual(new Set(names(en[key])));
    }
  });
});

describe('formatLongDate', () => {
  it('writes an English date day first with the month spelled out', () => {
    expect(formatLongDate('en', '2016-07-15')).toBe('15 July 2016');
  });

  it('writes a Russian date with the genitive month', () => {
    expect(formatLongDate('ru', '2016-07-15')).toBe('15 июля 2016 г.');
  });

  it('keeps the calendar day whatever the time zone', () => {
    expect(formatLongDate('en', '2016-01-01')).toBe('1 January 2016');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatLongDate('en', 'soon')).toBe('soon');
  });
});

describe('formatMonth', () => {
  it('names the month of a period in the UI language, capitalised as a label', () => {
    expect(formatMonth('en', '2016-07')).toBe('July');
    expect(formatMonth('ru', '2016-07')).toBe('Июль');
  });
});

describe('displayLanguage', () => {
  it('names a language code in the UI language, capitalised as a label', () => {
    expect(displayLanguage('en', 'ar')).toBe('Arabic');
    expect(displayLanguage('ru', 'ru')).toBe('Русский');
  });

  it('falls back to the code when it is not a well-formed tag', () => {
    expect(displayLanguage('en', '??')).toBe('??');
  });
});

describe('detectLocale', () => {
  it('chooses Russian for any Russian regional tag first', () => {
    expect(detectLocale(['ru-RU', 'en-US'])).toBe('ru');
  });

  it('chooses English when English comes before Russian', () => {
    expect(detectLocale(['en-GB', 'ru'])).toBe('en');
  });

  it('skips languages without messages to the first one it has', () => {
    expect(detectLocale(['de-DE', 'ru'])).toBe('ru');
  });

  it('falls back to English when nothing matches', () => {
    expect(detectLocale(['fr-FR'])).toBe('en');
    expect(detectLocale([])).toBe('en');
  });
});

describe('query error messages', () => {
  it('has a message in every UI language for every query error code main can send', async () => {
    const { QUERY_ERROR_CODES } = await import('../../../src-main/contract/search');
    for (const messages of [en, ru] as Record<string, unknown>[]) {
      expect(QUERY_ERROR_CODES.filter((code) => typeof messages[`queryError.${code}`] !== 'string')).toEqual([]);
    }
  });

  it('puts the part of the query at fault into the Russian message', () => {
    expect(translate('ru', 'queryError.date-invalid', { detail: 'июль' })).toMatch(/^date:июль — не дата/);
  });
});
