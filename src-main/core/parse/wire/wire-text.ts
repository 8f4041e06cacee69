import { decodeHTML } from 'entities';
import { collapseWhitespace } from '../../collapse-whitespace';

// SOURCES.md's normalisation for every string: entities decoded, each run of `\s`
// (no-break and thin spaces included) one space, trimmed.

/** An entity left in text after the XML parser decoded it once: the file escaped it twice. */
const LEFTOVER_ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

/**
 * stt_newsml_test.xml writes `&amp;#39;` and `&amp;quot;`, so after XML decoding the text
 * still reads `o&#39;clock`. A second HTML decode turns it into what the desk meant.
 * Text without a leftover entity is returned untouched, so `AT&T` stays as it is.
 */
export function decodeLeftoverEntities(text: string): string {
  return LEFTOVER_ENTITY.test(text) ? decodeHTML(text) : text;
}

/** Entities decoded, whitespace collapsed, trimmed. */
export function clean(text: string | null | undefined): string {
  if (!text) return '';
  return collapseWhitespace(decodeLeftoverEntities(text)).trim();
}

/** Like clean, but null for an empty result. */
export function cleanOrNull(text: string | null | undefined): string | null {
  const value = clean(text);
  return value ? value : null;
}

/** Clean each value, drop empties and repeats, keep the first-seen order. */
export function uniqueClean(values: Iterable<string | null | undefined>): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const text = clean(value);
    if (text) seen.add(text);
  }
  return [...seen];
}

/** An integer from a string as written, or null ("", "x", undefined). */
export function intOrNull(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value !== 'string' || !/^\s*\d{1,3}\s*$/.test(value)) return null;
  return Number(value);
}

/** The primary subtag of a language tag, lower case: `nb-NO` → `nb`; null for none. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = clean(tag).split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
