// The renderer's door to its interface language: messages, dates and names in the
// current UI locale. The pure pieces live in messages.ts, format.ts and detect.ts.
import type { QueryError } from '../../../src-main/contract/search';
import type { MessageKey } from './en';
import {
  displayLanguage,
  formatDateTime,
  formatLongDate,
  formatMonth,
  formatRelativeTime,
  formatWireTime,
  hasZone,
} from './format';
import { getLocale } from './locale.svelte';
import { translate, type MessageParams } from './messages';

export type { MessageKey } from './en';
export { detectLocale } from './detect';
export { applyLocaleSetting, getLocale, setLocale, systemLocale } from './locale.svelte';

/** A message in the current UI language; plural messages pick their form from `params.n`. */
export function t(key: MessageKey, params: MessageParams = {}): string {
  return translate(getLocale(), key, params);
}

/** An ISO date (`2016-07-15`) as a long date in the UI language, e.g. `15 July 2016`. */
export function formatDate(iso: string): string {
  return formatLongDate(getLocale(), iso);
}

/** A moment (ISO 8601) relative to now in the UI language, e.g. `3 hours ago`. */
export function relativeTime(iso: string, now = new Date()): string {
  return formatRelativeTime(getLocale(), iso, now);
}

/** A moment (ISO 8601) as a long date and time in the UI language, for a tooltip beside a relative time. */
export function dateTime(iso: string): string {
  return formatDateTime(getLocale(), iso);
}

/** A `YYYY-MM` period's month name in the UI language. */
export function monthName(period: string): string {
  return formatMonth(getLocale(), period);
}

/** A language code as a name in the UI language; `und` reads as "Unknown language". */
export function languageName(code: string): string {
  return code === 'und' ? t('unknownLanguage') : displayLanguage(getLocale(), code);
}

/** Why a query could not be read, worded in the UI language from the error's code. */
export function queryErrorText(error: QueryError): string {
  return t(`queryError.${error.code}`, { detail: error.detail });
}

/** An agency time (ISO with its offset) as written, in the agency's zone: `1 March 2024, 14:05 UTC+01:00`. */
export function wireTime(iso: string): string {
  return formatWireTime(getLocale(), iso);
}

/** The same moment in the reader's own zone, for a tooltip; null when the agency gave no zone to convert from. */
export function localWireTime(iso: string): string | null {
  return hasZone(iso) ? formatDateTime(getLocale(), iso) : null;
}

/**
 * A message cut at one placeholder, so an element (a link, a <time>) can stand in its
 * place while each language keeps its own word order: `['Embargoed until ', '']`.
 */
export function tAround(key: MessageKey, slot: string, params: MessageParams = {}): [string, string] {
  const marker = '\u0000';
  const text = t(key, { ...params, [slot]: marker });
  const at = text.indexOf(marker);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + marker.length)];
}
