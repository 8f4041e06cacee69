// The last word on a name before the article keeps it, whatever the language's rules said.
// Seen on the mentions fixture (tests/fixtures/mentions): a dateline «МОСКВА, 12 марта»
// came out an organisation (capitals read as an abbreviation), Arabic «روسيا» after a verb a
// person, and the headline's «Лужков» a person of its own beside the body's «Юрий Лужков».
import { countryOrPlace, preferredLabel, UNITED_NATIONS } from '../names';
import type { EntityMention, EntitySpan } from './entity-types';
import { joinOrgForms, orgHeadNominative } from './russian-org-names';
import { surnameStem } from './russian-surnames';

/**
 * A place the gazetteer knows, named by its label in the text's language («МОСКВА» and
 * «Москве» are «Москва»), and taken for a place when it was read as a one-word person or as
 * an organisation in capitals (a dateline). Organisations otherwise keep their type: a
 * country that acts («Россия заявила») is an organisation to FactRuEval, and turning every
 * such span into a place cost 0.005 F1 on its devset.
 */
export function settlePlaces(spans: EntitySpan[], language: string): EntitySpan[] {
  return spans.map((s) => {
    const mayBePlace =
      s.type === 'place' ||
      (s.type === 'person' && !s.name.includes(' ')) ||
      (s.type === 'org' && s.name === s.name.toUpperCase() && s.name.length > 4);
    const place = mayBePlace ? countryOrPlace(s.name) : undefined;
    if (place?.id === UNITED_NATIONS) return s.type === 'place' ? { ...s, type: 'org' } : s;
    return place ? { ...s, type: 'place', name: preferredLabel(place, language) } : s;
  });
}

// The Russian rules' own surname stem, so «Лужкова» meets «Лужков»; English and Arabic surnames do not decline.
const surnameKey = (w: string): string => surnameStem(w.toLowerCase());

/**
 * A one-word person whose word is the surname of exactly one person named in full in the
 * same article is that person: the headline's «Лужков» is the body's «Юрий Лужков».
 */
export function joinSurnames(mentions: EntityMention[]): EntityMention[] {
  const fullBySurname = new Map<string, EntityMention | null>();
  for (const m of mentions) {
    if (m.type !== 'person' || !m.name.includes(' ')) continue;
    const key = surnameKey(m.name.slice(m.name.lastIndexOf(' ') + 1));
    const seen = fullBySurname.get(key);
    fullBySurname.set(key, seen === undefined || seen === m ? m : null);
  }
  if (fullBySurname.size === 0) return mentions;
  const kept: EntityMention[] = [];
  for (const m of mentions) {
    const full = m.type === 'person' && !m.name.includes(' ') ? fullBySurname.get(surnameKey(m.name)) : undefined;
    if (full) full.count += m.count;
    else kept.push(m);
  }
  return kept;
}

/**
 * A Russian institution named by its head noun in the nominative, whatever case the text put
 * it in: «Министерства обороны» is «Министерство обороны» (russian-org-names.ts).
 */
export function settleOrgNames(spans: EntitySpan[], language: string): EntitySpan[] {
  if (language.toLowerCase() !== 'ru') return spans;
  return spans.map((s) => (s.type === 'org' ? { ...s, name: orgHeadNominative(s.name) } : s));
}

/** A name nominativeCandidates may find forms of: with a Cyrillic letter, or of hyphens alone. */
const MAY_DECLINE = /[А-ЯЁа-яё]|^[ -]*$/u;

/**
 * An organisation named in another case of a name the same article also gives in the
 * nominative is that one: «Газпрома» with «Газпром» counts under «Газпром».
 */
export function joinOrgCases(mentions: EntityMention[]): EntityMention[] {
  const orgs = mentions.filter((m) => m.type === 'org');
  // Only a Russian name has candidate nominatives: an English or Arabic article's skip the search.
  if (orgs.length < 2 || !orgs.some((m) => MAY_DECLINE.test(m.name))) return mentions;
  const joined = joinOrgForms(
    orgs.map((m) => m.name),
    (name) => name.toLowerCase(),
  );
  if (joined.size === 0) return mentions;
  const byName = new Map(orgs.map((m) => [m.name, m]));
  return mentions.filter((m) => {
    const into = m.type === 'org' ? joined.get(m.name) : undefined;
    if (into === undefined) return true;
    byName.get(into)!.count += m.count;
    return false;
  });
}
