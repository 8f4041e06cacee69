import { en, type MessageKey } from './en';

type Plural = { one: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const LOCALE = 'en';
const plurals = new Intl.PluralRules(LOCALE);

/** Looks up a message, picks its plural form from `n` when it has forms, and fills `{name}` placeholders. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const entry: string | Plural = en[key];
  const template = typeof entry === 'string' ? entry : (entry[plurals.select(Number(params.n ?? 0))] ?? entry.other);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
