// Gazetteer of news agencies and outlets that appear after a place in datelines.
// A dateline is only recognised when the word after the place is a known agency
// (or sits in parentheses, or is a wire date): this is what keeps an ordinary
// sentence such as "Moscow said on Monday – …" from being read as a dateline.

const LATIN = [
  'SANA',
  'Reuters',
  'Reuter',
  'AP',
  'AFP',
  'Associated Press',
  'Agence France-Presse',
  'Xinhua',
  'TASS',
  'ITAR-TASS',
  'RIA Novosti',
  'Interfax',
  'IRNA',
  'Fars',
  'Tasnim',
  'KUNA',
  'WAM',
  'SPA',
  'QNA',
  'MENA',
  'Petra',
  'Anadolu',
  'UPI',
  'DPA',
  'dpa',
  'EFE',
  'ANSA',
  'Kyodo',
  'Yonhap',
  'Bernama',
  'Sputnik',
  'CNN',
  'BBC',
  'Bloomberg',
  'Prensa Latina',
  'PTI',
  'NNA',
  'Al Arabiya',
  'Al Jazeera',
  'Al-Manar',
];

const CYRILLIC = [
  'САНА',
  'ТАСС',
  'ИТАР-ТАСС',
  'РИА Новости',
  'Интерфакс',
  'Синьхуа',
  'Спутник',
  'ИРНА',
  'Франс Пресс',
  'АФП',
  'Рейтер',
  'Рейтерс',
  'ПРАЙМ',
  'Регнум',
  'БелТА',
  'Укринформ',
  'Ассошиэйтед Пресс',
];

// ant-multisource <AUTHOR> fields: `أبوظبي - سكاي نيوز عربية`, `الرياض - واس`, `فرانس 24`.
const ARABIC = [
  'سانا',
  'واس',
  'سكاي نيوز عربية',
  'رويترز',
  'أ ف ب',
  'فرانس برس',
  'فرانس 24',
  'بي بي سي',
  'الأناضول',
  'قنا',
  'كونا',
  'وام',
  'بترا',
  'أ ش أ',
  'ومع',
  'إرنا',
  'شينخوا',
  'سبوتنيك',
  'العربية',
  'العربية.نت',
  'العربية نت',
  'الجزيرة',
  'د ب أ',
  'يو بي آي',
  'روسيا اليوم',
  'إرم نيوز',
  'البوابة العربية للأخبار التقنية',
];

export const KNOWN_AGENCIES: readonly string[] = [...LATIN, ...CYRILLIC, ...ARABIC];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Regex source matching one known agency as a whole word. Longest names come
 * first so `ITAR-TASS` wins over `TASS` and `سكاي نيوز عربية` over shorter ones.
 * Case-sensitive on purpose: `Sana` (Sana'a, Yemen) is a place, `SANA` the agency.
 */
export const AGENCY_SOURCE = `(?<![\\p{L}\\p{N}])(?:${[...KNOWN_AGENCIES]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})(?![\\p{L}\\p{N}])`;

const WHOLE_AGENCY = new RegExp(`^${AGENCY_SOURCE}$`, 'u');

export function isKnownAgency(text: string): boolean {
  return WHOLE_AGENCY.test(text.trim());
}

const BY_LOWER = new Map(KNOWN_AGENCIES.map((a) => [a.toLowerCase(), a] as const));

/** The gazetteer's spelling of an agency named in a data column (fa-kes writes `sana`); other names come back trimmed. */
export function canonicalAgency(name: string): string {
  return BY_LOWER.get(name.trim().toLowerCase()) ?? name.trim();
}

/** Agencies whose editors sign each dispatch, so a trailing signature can be looked for in their text. */
export function signsDispatches(agency: string | null): boolean {
  return agency !== null && /^(?:SANA|САНА|سانا)$/u.test(agency);
}
