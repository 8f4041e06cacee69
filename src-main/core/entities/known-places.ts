// The one seam through which the entity rules know place names. It holds a small list of
// countries, regions and cities that wire copy names most, in Russian (nominative), English
// and Arabic. The gazetteer (core/names/, issue 19 part 1) is to replace this list at merge:
// keep every lookup of a place behind the functions below.
import { formIndex } from './russian-forms';

// Russian nominative | English | Arabic
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
Сочи|Sochi|سوتشي
Калифорния|California|كاليفورنيا
Техас|Texas|تكساس
Флорида|Florida|فلوريدا`;

interface Place {
  ru: string;
  en: string;
  ar: string;
}

const LIST: Place[] = PLACES.split('\n').map((line) => {
  const [ru = '', en = '', ar = ''] = line.split('|');
  return { ru, en, ar };
});

const RU_FORMS = formIndex(LIST.flatMap((p) => (p.ru.includes(' ') ? [] : [p.ru])));
const RU_PHRASES = new Set(LIST.map((p) => p.ru).filter((n) => n.includes(' ')));
const EN = new Set(LIST.map((p) => p.en).filter(Boolean));
const AR = new Set(LIST.map((p) => p.ar).filter(Boolean));

/** The nominative of a known place from a Russian word in any case («Дамаске» → «Дамаск»). */
export function russianPlace(word: string): string | undefined {
  return RU_FORMS.get(word);
}

/** True when a multi-word Russian phrase in the nominative is a known place. */
export const isRussianPlacePhrase = (phrase: string): boolean => RU_PHRASES.has(phrase);

/** True when `name` (as written, proper-cased) is a known English place. */
export const isEnglishPlace = (name: string): boolean => EN.has(name);

/** True when `name` (without proclitics) is a known Arabic place. */
export const isArabicPlace = (name: string): boolean => AR.has(name);

/** The longest known Arabic place name, in words, so a lookup knows how far to look ahead. */
export const ARABIC_PLACE_MAX_WORDS = Math.max(...LIST.map((p) => p.ar.split(' ').length));
