// The one seam through which the entity rules know place names: every country's names in
// Russian, English and Arabic from i18n-iso-countries (the package the gazetteer's build
// reads too), and a small list of cities, regions and two-word places that wire copy names
// most, in Russian (nominative), English and Arabic. Behind the list stands the gazetteer
// (core/names/, issue 19 part 1): its 404 places and their Russian case forms and Arabic
// variants raised FactRuEval location F1 from 0.914 to 0.923 (held-out half 0.906 → 0.920).
// The list stays first because it holds the multi-word Russian phrases the rules match whole.
import arCountries from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import enCountries from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ruCountries from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import { boundedMemo } from '../bounded-memo';
import { gazetteerPlace, preferredLabel } from '../names';
import { formIndex } from './russian-forms';

// Russian nominative (then, after ';', the case forms of a phrase) | English | Arabic
const PLACES = `Россия|Russia|روسيا
Москва|Moscow|موسكو
Санкт-Петербург|Saint Petersburg|سانت بطرسبرغ
Петербург|Petersburg|
США|United States|الولايات المتحدة
Америка|America|أمريكا
Вашингтон|Washington|واشنطن
Нью-Йорк|New York|نيويورك
Великобритания|Britain|بريطانيا
Англия|England|إنجلترا
Лондон|London|لندن
Франция|France|فرنسا
Париж|Paris|باريس
Германия|Germany|ألمانيا
Берлин|Berlin|برلين
Италия|Italy|إيطاليا
Рим|Rome|روما
Испания|Spain|إسبانيا
Мадрид|Madrid|مدريد
Китай|China|الصين
Пекин|Beijing|بكين
Япония|Japan|اليابان
Токио|Tokyo|طوكيو
Индия|India|الهند
Пакистан|Pakistan|باكستان
Афганистан|Afghanistan|أفغانستان
Иран|Iran|إيران
Тегеран|Tehran|طهران
Ирак|Iraq|العراق
Багдад|Baghdad|بغداد
Сирия|Syria|سوريا
Дамаск|Damascus|دمشق
Алеппо|Aleppo|حلب
Ливан|Lebanon|لبنان
Бейрут|Beirut|بيروت
Израиль|Israel|إسرائيل
Иерусалим|Jerusalem|القدس
Палестина|Palestine|فلسطين
Газа|Gaza|غزة
Иордания|Jordan|الأردن
Амман|Amman|عمان
Египет|Egypt|مصر
Каир|Cairo|القاهرة
Ливия|Libya|ليبيا
Триполи|Tripoli|طرابلس
Тунис|Tunisia|تونس
Алжир|Algeria|الجزائر
Марокко|Morocco|المغرب
Судан|Sudan|السودان
Йемен|Yemen|اليمن
Саудовская Аравия|Saudi Arabia|السعودية
Эр-Рияд|Riyadh|الرياض
Катар|Qatar|قطر
Доха|Doha|الدوحة
Кувейт|Kuwait|الكويت
Бахрейн|Bahrain|البحرين
Оман|Oman|سلطنة عمان
ОАЭ|United Arab Emirates|الإمارات
Дубай|Dubai|دبي
Турция|Turkey|تركيا
Анкара|Ankara|أنقرة
Стамбул|Istanbul|إسطنبول
Украина|Ukraine|أوكرانيا
Киев|Kyiv|كييف
Белоруссия|Belarus|بيلاروسيا
Минск|Minsk|مينسك
Грузия|Georgia|جورجيا
Тбилиси|Tbilisi|تبليسي
Армения|Armenia|أرمينيا
Азербайджан|Azerbaijan|أذربيجان
Казахстан|Kazakhstan|كازاخستان
Эстония|Estonia|إستونيا
Латвия|Latvia|لاتفيا
Литва|Lithuania|ليتوانيا
Польша|Poland|بولندا
Варшава|Warsaw|وارسو
Европа|Europe|أوروبا
Азия|Asia|آسيا
Африка|Africa|أفريقيا
Ближний Восток|Middle East|الشرق الأوسط
Кавказ|Caucasus|القوقاز
Чечня|Chechnya|الشيشان
Крым|Crimea|القرم
Сибирь|Siberia|سيبيريا
Канада|Canada|كندا
Мексика|Mexico|المكسيك
Бразилия|Brazil|البرازيل
Аргентина|Argentina|الأرجنتين
Куба|Cuba|كوبا
Венесуэла|Venezuela|فنزويلا
Австралия|Australia|أستراليا
Греция|Greece|اليونان
Швеция|Sweden|السويد
Норвегия|Norway|النرويج
Финляндия|Finland|فنلندا
Дания|Denmark|الدنمارك
Голландия|Netherlands|هولندا
Бельгия|Belgium|بلجيكا
Брюссель|Brussels|بروكسل
Швейцария|Switzerland|سويسرا
Женева|Geneva|جنيف
Австрия|Austria|النمسا
Вена|Vienna|فيينا
Чехия|Czech Republic|التشيك
Венгрия|Hungary|المجر
Румыния|Romania|رومانيا
Болгария|Bulgaria|بلغاريا
Сербия|Serbia|صربيا
Корея|Korea|كوريا
КНДР|North Korea|كوريا الشمالية
Пхеньян|Pyongyang|بيونغ يانغ
Сеул|Seoul|سيول
Вьетнам|Vietnam|فيتنام
Индонезия|Indonesia|إندونيسيا
Таиланд|Thailand|تايلاند
Нигерия|Nigeria|نيجيريا
Сомали|Somalia|الصومال
Эфиопия|Ethiopia|إثيوبيا
Кения|Kenya|كينيا
ЮАР|South Africa|جنوب أفريقيا
Подмосковье|Moscow Region|
Ирландия|Ireland|أيرلندا
Португалия|Portugal|البرتغال
Балтия|Baltic states|البلطيق
Эритрея|Eritrea|إريتريا
Мальта|Malta|مالطا
Беларусь|Belarus|
Кипр|Cyprus|قبرص
Курилы|Kuril Islands|جزر الكوريل
Земля|Earth|الأرض
Луна|Moon|القمر
Марс|Mars|المريخ
Соединенные Штаты;Соединённые Штаты;Соединенных Штатов;Соединенным Штатам;Соединенными Штатами;Соединенных Штатах|United States of America|
Российская Федерация;Российской Федерации;Российскую Федерацию;Российской Федерацией|Russian Federation|الاتحاد الروسي
Советский Союз;Советского Союза;Советскому Союзу;Советским Союзом;Советском Союзе|Soviet Union|الاتحاد السوفيتي
Северная Корея;Северной Кореи;Северной Корее;Северную Корею;Северной Кореей|North Korea|
Южная Корея;Южной Кореи;Южной Корее;Южную Корею;Южной Кореей|South Korea|كوريا الجنوبية
Сочи|Sochi|سوتشي
Калифорния|California|كاليفورنيا
Техас|Texas|تكساس
Флорида|Florida|فلوريدا`;

interface Place {
  ru: string;
  en: string;
  ar: string;
}

const HAND_LIST: (Place & { ruForms: string[] })[] = PLACES.split('\n').map((line) => {
  const [ruAll = '', en = '', ar = ''] = line.split('|');
  const ruForms = ruAll.split(';');
  return { ru: ruForms[0] as string, ruForms, en, ar };
});

type CountryNames = Record<string, string | string[]>;
const names = (table: CountryNames, code: string): string[] => [table[code] ?? []].flat();

/** Every name the package gives each country, the first of each language its usual one. */
const COUNTRIES: (Place & { ruForms: string[] })[] = Object.keys(enCountries.countries).flatMap((code) => {
  const ru = names(ruCountries.countries as CountryNames, code);
  const en = names(enCountries.countries as CountryNames, code);
  const ar = names(arCountries.countries as CountryNames, code);
  const rows = Math.max(ru.length, en.length, ar.length);
  return Array.from({ length: rows }, (_, k) => {
    const r = ru[k] ?? '';
    return { ru: r, ruForms: [r], en: en[k] ?? '', ar: ar[k] ?? '' };
  });
});

const LIST = [...HAND_LIST, ...COUNTRIES].filter((p) => !/[()]/.test(p.ru));

const RU_FORMS = formIndex(LIST.flatMap((p) => (p.ru.includes(' ') || p.ru === '' ? [] : [p.ru])));
// a phrase's case forms are listed, since its adjective declines apart from its noun
for (const p of LIST)
  if (p.ru.includes(' ')) for (const form of p.ruForms) if (!RU_FORMS.has(form)) RU_FORMS.set(form, p.ru);
const RU_PHRASES = new Set(LIST.flatMap((p) => p.ruForms).filter((n) => n.includes(' ')));
const EN = new Set(LIST.map((p) => p.en).filter(Boolean));
const AR = new Set(LIST.map((p) => p.ar).filter(Boolean));

/** The nominative of a known place from a Russian word or phrase in any case («Дамаске» → «Дамаск»). */
export function russianPlace(word: string): string | undefined {
  const listed = RU_FORMS.get(word);
  if (listed) return listed;
  const entity = gazetteerPlace(word);
  return entity ? preferredLabel(entity, 'ru') : undefined;
}

/** True when a multi-word Russian phrase, in any listed case, is a known place. */
export const isRussianPlacePhrase = (phrase: string): boolean => RU_PHRASES.has(phrase);

/**
 * True when `name` (as written, proper-cased) is a known English place. Remembered whole:
 * the English rules ask it of every run of capitals (495k times a pass over bc20k, of 23k
 * names), and the list's Set, then the gazetteer's memo per kind and its memo per name, were
 * three look-ups each time.
 */
export const isEnglishPlace: (name: string) => boolean = boundedMemo(
  50_000,
  (name) => EN.has(name) || !!gazetteerPlace(name),
);

/** True when `name` (without proclitics) is a known Arabic place. */
export const isArabicPlace = (name: string): boolean => AR.has(name) || !!gazetteerPlace(name);

const AR_LENGTHS = new Map<string, number[]>();
for (const name of AR) {
  const parts = name.split(' ');
  const lengths = AR_LENGTHS.get(parts[0] as string) ?? [];
  if (!lengths.includes(parts.length))
    AR_LENGTHS.set(
      parts[0] as string,
      [...lengths, parts.length].sort((a, b) => b - a),
    );
}

/** The word counts of the known Arabic places that begin with `word`, longest first (none: []). */
export const arabicPlaceLengths = (word: string): readonly number[] => AR_LENGTHS.get(word) ?? [];
