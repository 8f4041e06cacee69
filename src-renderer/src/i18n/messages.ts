// Message lookup, free of runes so Node unit tests can run it directly.
import type { UiLocale } from '../../../src-main/contract/archive';
import { en, type MessageKey } from './en';
import { ru } from './ru';

/** CLDR plural forms; `other` is the one every language has. */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A message file: every key of en.ts, plural wherever English is plural. */
export type Messages = { [K in MessageKey]: (typeof en)[K] extends string ? string : Plural };

export type MessageParams = Record<string, string | number>;

const CATALOGUES: Record<UiLocale, Messages> = { en, ru };
const pluralRules = new Map<UiLocale, Intl.PluralRules>();
const numberFormats = new Map<UiLocale, Intl.NumberFormat>();

function pluralRule(locale: UiLocale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/**
 * A count as the UI language groups its digits: "1,000,000 articles", «1 000 000 статей».
 * Only the placeholders that hold counts are grouped: other numbers in messages are years,
 * versions or sizes, which read wrong grouped ("2,016").
 */
const COUNTS = new Set([
  'n',
  'total',
  'done',
  'current',
  'count',
  'reports',
  'agencies',
  'dated',
  'undated',
  'unchanged',
  'missing',
  'imported',
  'duplicates',
]);

function formatCount(locale: UiLocale, n: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale)));
  return format.format(n);
}

/** Looks up `key` in `locale`, picks its plural form from `params.n`, and fills `{name}` placeholders. */
export function translate(locale: UiLocale, key: MessageKey, params: MessageParams = {}): string {
  const entry = CATALOGUES[locale][key];
  const template =
    typeof entry === 'string' ? entry : (entry[pluralRule(locale).select(Number(params.n ?? 0))] ?? entry.other);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    return COUNTS.has(name) && typeof value === 'number' ? formatCount(locale, value) : String(value);
  });
}
