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

function pluralRule(locale: UiLocale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/** Looks up `key` in `locale`, picks its plural form from `params.n`, and fills `{name}` placeholders. */
export function translate(locale: UiLocale, key: MessageKey, params: MessageParams = {}): string {
  const entry = CATALOGUES[locale][key];
  const template =
    typeof entry === 'string' ? entry : (entry[pluralRule(locale).select(Number(params.n ?? 0))] ?? entry.other);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
