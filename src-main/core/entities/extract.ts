// The entity reader's door: the people, organisations and places a text mentions, by the
// record's language, and the summary an article keeps. Synchronous, pure and cheap, since
// the import workers run it on every article (bench/ner.ts measures the time per article).
import { extractArabic } from './arabic';
import { extractEnglish } from './english';
import type { EntityMention, EntitySpan, EntityType } from './entity-types';
import { extractRussian } from './russian';
import { joinOrgCases, joinSurnames, settleOrgNames, settlePlaces } from './settle-names';

const BY_LANGUAGE: Record<string, (text: string) => EntitySpan[]> = {
  ru: extractRussian,
  en: extractEnglish,
  ar: extractArabic,
};

/** True when the language (ISO 639-1) has rules; a text in any other gives no mentions. */
export const hasNameRules = (language: string): boolean => BY_LANGUAGE[language.toLowerCase()] !== undefined;

/**
 * The mentions in `text`, in text order. `language` is the record's ISO 639-1 code; a
 * language without rules (anything but ru, en, ar) gives no mentions rather than guesses.
 */
export function extractEntities(text: string, language: string): EntitySpan[] {
  const extract = BY_LANGUAGE[language.toLowerCase()];
  if (!extract || text.length === 0) return [];
  return inTextOrder(settleOrgNames(settlePlaces(extract(text), language), language));
}

const byPosition = (a: EntitySpan, b: EntitySpan): number => a.start - b.start || b.end - a.end;

/** The spans by start, the longer first; most come in that order already, and a sort copies the array to find out. */
function inTextOrder(spans: EntitySpan[]): EntitySpan[] {
  for (let k = 1; k < spans.length; k++) if (byPosition(spans[k - 1]!, spans[k]!) > 0) return spans.sort(byPosition);
  return spans;
}

/**
 * Each distinct (type, name) once, with how many spans name it, a lone surname counted with
 * the one full name it belongs to, an organisation in another case with its nominative;
 * most mentioned first, ties by name.
 */
export function summariseMentions(spans: EntitySpan[]): EntityMention[] {
  // A Map per type, keyed by the name as it is: a key joining type and name was a new string
  // to build and hash for every span (a third of this function's time, cpu profile on bc20k).
  const byType = new Map<EntityType, Map<string, EntityMention>>();
  const mentions: EntityMention[] = []; // in the order first seen, as the one Map gave them
  for (const s of spans) {
    let names = byType.get(s.type);
    if (!names) byType.set(s.type, (names = new Map()));
    const seen = names.get(s.name);
    if (seen) seen.count++;
    else {
      const mention = { type: s.type, name: s.name, count: 1 };
      names.set(s.name, mention);
      mentions.push(mention);
    }
  }
  return joinOrgCases(joinSurnames(mentions)).sort(
    (a, b) => b.count - a.count || a.name.localeCompare(b.name) || a.type.localeCompare(b.type),
  );
}
