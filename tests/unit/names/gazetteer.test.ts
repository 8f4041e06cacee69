import { describe, expect, it } from 'vitest';
import {
  entityById,
  findEntity,
  gazetteerCounts,
  lookupName,
  nameKey,
  preferredLabel,
} from '../../../src-main/core/names';

const idOf = (spelling: string, kind?: Parameters<typeof findEntity>[1]): string | undefined =>
  findEntity(spelling, kind)?.id;

describe('findEntity across scripts', () => {
  it('finds one agency for its Latin, Cyrillic and Arabic spellings and its abbreviations', () => {
    for (const s of ['SANA', 'САНА', 'سانا', 'Syrian Arab News Agency', 'sana'])
      expect(idOf(s, 'agency')).toBe('agency/sana');
    for (const s of ['AFP', 'Agence France-Presse', 'Франс Пресс', 'АФП', 'فرانس برس', 'أ ف ب'])
      expect(idOf(s, 'agency')).toBe('agency/afp');
    for (const s of ['ITAR-TASS', 'ТАСС', 'ИТАР-ТАСС', 'Tass']) expect(idOf(s, 'agency')).toBe('agency/tass');
  });

  it('finds one place for Damascus, Дамаск and دمشق, in any case', () => {
    for (const s of ['Damascus', 'DAMASCUS', 'damascus', 'Дамаск', 'دمشق']) expect(idOf(s)).toBe('place/damascus');
  });

  it('tells the agency SANA from the city Sanaa by the kind asked for', () => {
    expect(idOf('SANA', 'agency')).toBe('agency/sana');
    expect(idOf('Sana', 'place')).toBe('place/sanaa');
    expect(idOf('صنعاء', 'agency')).toBeUndefined();
  });

  it('finds countries by their package names and by common short names', () => {
    for (const s of ['Russia', 'Russian Federation', 'Россия', 'РФ', 'Российская Федерация', 'روسيا'])
      expect(idOf(s)).toBe('country/ru');
    for (const s of ['Syria', 'Сирия', 'سوريا', 'سورية']) expect(idOf(s)).toBe('country/sy');
    for (const s of ['USA', 'U.S.', 'США', 'Соединённые Штаты', 'الولايات المتحدة']) expect(idOf(s)).toBe('country/us');
    for (const s of ['UK', 'Britain', 'Великобритания', 'بريطانيا']) expect(idOf(s)).toBe('country/gb');
  });

  it('finds a Russian name in any of its cases', () => {
    for (const s of ['Дамаска', 'Дамаску', 'Дамаском', 'Дамаске']) expect(idOf(s)).toBe('place/damascus');
    for (const s of ['Москвы', 'Москве', 'Москву', 'Москвой']) expect(idOf(s)).toBe('place/moscow');
    for (const s of ['Сирии', 'Сирию', 'Сирией']) expect(idOf(s)).toBe('country/sy');
    expect(idOf('Нижнем Новгороде')).toBe('place/nizhny-novgorod');
    expect(idOf('Ростова-на-Дону')).toBe('place/rostov-on-don');
    expect(idOf('Саудовской Аравии')).toBe('country/sa');
  });

  it('finds an Arabic name with or without the article, hamza, taa marbuta, harakat or tatweel', () => {
    expect(idOf('الرياض')).toBe('place/riyadh');
    expect(idOf('رياض')).toBe('place/riyadh');
    expect(idOf('القاهره')).toBe('place/cairo');
    expect(idOf('حماه')).toBe('place/hama');
    expect(idOf('ابوظبي')).toBe('place/abu-dhabi');
    expect(idOf('دِمَشْق')).toBe('place/damascus');
    expect(idOf('دمـــشق')).toBe('place/damascus');
    expect(idOf('الاناضول', 'agency')).toBe('agency/anadolu');
    // A hamza alef is not the article: ألمانيا stays Germany, typed with or without the hamza.
    expect(idOf('ألمانيا')).toBe('country/de');
    expect(idOf('المانيا')).toBe('country/de');
    expect(idOf('إسطنبول')).toBe('place/istanbul');
  });

  it('finds the city of a dateline that names its country after a comma', () => {
    expect(idOf('دبي، الإمارات العربية المتحدة', 'place')).toBe('place/dubai');
    expect(idOf('BUENOS AIRES, Argentina', ['country', 'place'])).toBe('place/buenos-aires');
  });

  it('knows the spellings of our corpora: fa-kes places and outlet names', () => {
    expect(idOf('deir ezzor', 'place')).toBe('place/deir-ez-zor');
    expect(idOf('hasakeh', 'place')).toBe('place/hasakah');
    expect(idOf('Damascus Countryside', 'place')).toBe('place/rif-dimashq');
    expect(idOf('alalam', 'agency')).toBe('agency/alalam');
    expect(idOf('Bloomberg.com', 'agency')).toBe('agency/bloomberg');
  });

  it('answers undefined for names it does not know', () => {
    expect(findEntity('Atlantis')).toBeUndefined();
    expect(findEntity('ROCHESTER, N.Y.', 'place')).toBeUndefined();
    expect(findEntity('The SDNewTester', 'agency')).toBeUndefined();
    expect(findEntity('')).toBeUndefined();
  });

  it('is also exported as lookupName for the entity extraction', () => {
    expect(lookupName('Дамаске', 'place')).toBe(findEntity('Дамаск', 'place'));
  });
});

describe('entityById and preferredLabel', () => {
  it('gives the entity for its id, and its label in the interface language', () => {
    const sana = entityById('agency/sana')!;
    expect(sana.kind).toBe('agency');
    expect(preferredLabel(sana, 'en')).toBe('SANA');
    expect(preferredLabel(sana, 'ru')).toBe('САНА');
    expect(preferredLabel(sana, 'ar')).toBe('سانا');
    expect(preferredLabel(sana, 'fr')).toBe('SANA');
    expect(entityById('place/damascus')?.country).toBe('sy');
    expect(entityById('place/nowhere')).toBeUndefined();
  });

  it('uses short country labels rather than the official names', () => {
    expect(entityById('country/sy')!.labels).toEqual({ en: 'Syria', ru: 'Сирия', ar: 'سوريا' });
  });
});

describe('nameKey', () => {
  it('folds case, accents, ё, punctuation and Arabic letter variants', () => {
    expect(nameKey('Zürich')).toBe(nameKey('ZURICH'));
    expect(nameKey('Кишинёв')).toBe(nameKey('Кишинев'));
    expect(nameKey('ITAR-TASS')).toBe('itar tass');
    expect(nameKey("Sana'a")).toBe('sanaa');
    expect(nameKey('إدلب')).toBe(nameKey('ادلب'));
    expect(nameKey('مكة')).toBe(nameKey('مكه'));
    expect(nameKey('بنغازى')).toBe(nameKey('بنغازي'));
  });

  it('keeps different names apart', () => {
    expect(nameKey('Homs')).not.toBe(nameKey('Hama'));
    expect(nameKey('حمص')).not.toBe(nameKey('حماة'));
  });
});

describe('the shipped data', () => {
  it('covers the agencies, all ISO countries and some hundreds of places', () => {
    const counts = gazetteerCounts();
    expect(counts.agency.entities).toBeGreaterThanOrEqual(45);
    expect(counts.country.entities).toBeGreaterThanOrEqual(249);
    expect(counts.place.entities).toBeGreaterThanOrEqual(300);
  });

  it('labels every entity in English, Russian and Arabic', () => {
    for (const id of ['agency/xinhua', 'country/jp', 'place/tokyo', 'place/rif-dimashq']) {
      const { labels } = entityById(id)!;
      expect(labels.en).toMatch(/\p{Script=Latin}/u);
      expect(labels.ru).toMatch(/\p{Script=Cyrillic}/u);
      expect(labels.ar).toMatch(/\p{Script=Arabic}/u);
    }
  });
});
