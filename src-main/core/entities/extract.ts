// The entity reader's door: the people, organisations and places a text mentions, by the
// record's language, and the summary an article keeps. Synchronous, pure and cheap, since
// the import workers run it on every article (bench/ner.ts measures the time per article).
import { extractArabic } from './arabic';
import { extractEnglish } from './english';
import type { EntityMention, EntitySpan } from './entity-types';
import { extractRussian } from './russian';
import { joinOrgCases, joinSurnames, settleOrgNames, settlePlaces } from './settle-names';

const BY_LANGUAGE: Record<string, (text: string) => EntitySpan[]> = {
  ru: extractRussian,
  en: extractEnglish,
  ar: extractArabic,
};

/**
 * The mentions in `text`, in text order. `language` is the record's ISO 639-1 code; a
 * language without rules (anything but ru, en, ar) gives no mentions rather than guesses.
 */
export function extractEntities(text: string, language: string): EntitySpan[] {
  const extract = BY_LANGUAGE[language.toLowerCase()];
  if (!extract || text.length === 0) return [];
  return settleOrgNames(settlePlaces(extract(text), language), language).sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

/**
 * Each distinct (type, name) once, with how many spans name it, a lone surname counted with
 * the one full name it belongs to, an organisation in another case with its nominative;
 * most mentioned first, ties by name.
 */
export function summariseMentions(spans: EntitySpan[]): EntityMention[] {
  const counts = new Map<string, EntityMention>();
  for (const s of spans) {
    const key = `${s.type}\u0000${s.name}`;
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { type: s.type, name: s.name, count: 1 });
  }
  return joinOrgCases(joinSurnames([...counts.values()])).sort(
    (a, b) => b.count - a.count || a.name.localeCompare(b.name) || a.type.localeCompare(b.type),
  );
}
