// General Russian lexicons for the entity rules (russian.ts): common first names with their
// gender, and the words that announce a person, an organisation or a place. Written from
// general knowledge of Russian news prose, never from the FactRuEval texts' entity lists.
import { formIndex, type Gender } from './russian-forms';

const MALE = `Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Артем Артур Борис Вадим
Валентин Валерий Василий Виктор Виталий Владимир Владислав Всеволод Вячеслав Геннадий Георгий
Герман Глеб Григорий Давид Даниил Денис Дмитрий Евгений Егор Иван Игорь Илья Иосиф Кирилл
Константин Лев Леонид Максим Марат Михаил Никита Николай Олег Павел Пётр Петр Роман Руслан
Семён Семен Сергей Станислав Степан Тимур Фёдор Федор Эдуард Юрий Яков Ярослав Рамзан Рустам
Ахмед Ахмад Мухаммед Мухаммад Магомед Абдулла Башар Хосни Муаммар Махмуд Ясир Хасан Али Реджеп
Барак Джордж Джон Дональд Билл Майкл Джеймс Дэвид Питер Пол Томас Ричард Роберт Стивен Марк
Николя Франсуа Жан Жак Тони Гордон Уильям Чарльз Генри Фрэнк Эдвард Уолтер Стив Джо Джозеф
Мартин Патрик Эммануэль Шарль Луи Пьер Ален Карл Фридрих Вильгельм Ганс Клаус Герхард Гельмут
Сильвио Хосе Карлос Луис Хуан Уго Фидель Рауль Эво Нельсон Кофи Пан Ким Ли Си Ху Владислав`;

const FEMALE = `Александра Алла Анастасия Ангелина Анна Валентина Валерия Вера Виктория Галина Дарья Евгения
Екатерина Елена Елизавета Жанна Зоя Инна Ирина Карина Кира Ксения Лариса Лидия Любовь Людмила
Маргарита Марина Мария Надежда Наталья Наталия Нина Оксана Ольга Полина Раиса Светлана Софья
Тамара Татьяна Ульяна Юлия Яна Ангела Хиллари Кондолиза Маргарет Тереза Мишель Сеголен Тереза
Кристина Мадлен Беназир Индира Голда Бритни Мадонна`;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** First names, nominative → gender. */
export const FIRST_NAMES: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...words(MALE).map((n): [string, Gender] => [n, 'm']),
  ...words(FEMALE).map((n): [string, Gender] => [n, 'f']),
]);

/** Every case form of a first name → its nominative («Юрия» → «Юрий»). */
export const FIRST_NAME_FORMS: ReadonlyMap<string, string> = formIndex(FIRST_NAMES.keys());

/** Words (stems, any case ending) that put a person's name right after them. */
export const PERSON_CUES =
  /^(?:президент|экс-президент|вице-президент|премьер|премьер-министр|министр|глав|господин|госпож|генерал|мэр|губернатор|депутат|сенатор|канцлер|корол|королев|принц|патриарх|лидер|председател|директор|гендиректор|спикер|посол|госсекретар|полковник|майор|капитан|лейтенант|адмирал|маршал|судь|прокурор|певиц|певец|певц|актер|актёр|актрис|писател|журналист|тренер|футболист|хоккеист|основател|руководител|помощник|советник|замминистр|заместител|пресс-секретар|представител|шейх|эмир|султан|папа|понтифик|кардинал|митрополит|аятолл|имам|эксперт|аналитик|профессор|академик|политолог|блогер|адвокат|следовател|бизнесмен|миллиардер|олигарх|художник|режиссер|режиссёр|композитор|поэт|учен|президентом|вдов|супруг|сын|дочь|дочер|отец|мать|брат|сестр)(?:а|у|ом|е|ы|ов|ам|ами|ах|ем|ей|ю|и|ь|я|ой)?$/;

/** Words (stems) that name the kind of organisation whose name follows. */
export const ORG_CUES =
  /^(?:ооо|оао|зао|пао|ао|нко|пресс-служб|фгуп|гуп|муп|компани|парти|министерств|банк|концерн|холдинг|групп|фонд|агентств|газет|журнал|издани|телеканал|канал|радиостанци|радио|движени|организаци|союз|корпораци|клуб|издательств|завод|комбинат|университет|институт|академи|ассоциаци|объединени|общество|обществ|центр|сеть|сети|служб|фк|хк|команд|театр|музе|суд|комитет|совет|управлени|департамент|ведомств|правительств|предприяти|фирм|предприяти|телекомпани|авиакомпани|блок|фракци|альянс|лиг|федераци|ассамбле)(?:а|у|ом|е|и|ы|ю|я|ей|ой|ям|ями|ях|ам|ами|ах|ов)?$/;

/** Prepositions after which a capitalised word is most often a place. */
export const PLACE_PREPOSITIONS = new Set(['в', 'во', 'из', 'на', 'под', 'около', 'близ', 'до', 'через', 'у']);

/** Capitalised words that open sentences or headings but name nothing. */
export const NOT_NAMES = new Set(
  words(`В Во На По С Со К Ко О Об А И Но Из За От До При Для Как Это Эти Этот Эта Все Его Ее Её Их
  Он Она Они Мы Вы Я Так Там Тут Уже Еще Ещё Также Кроме Однако Если Когда Что Чтобы Где Кто Ни Не
  Да Нет Вот Лишь Только Даже После Перед Между Над Под Через Около Среди Вместе Сегодня Вчера Завтра
  Понедельник Вторник Среда Четверг Пятница Суббота Воскресенье Январь Февраль Март Апрель Май Июнь
  Июль Август Сентябрь Октябрь Ноябрь Декабрь Господь Бог Интернет Фото Видео Источник Напомним
  Впрочем Поэтому Сейчас Теперь Потом Затем Итак Кстати Например Наконец Ранее Позже Также Всего
  Один Одна Два Три Первый Такой Такая Такие Каждый Некоторые Многие Большинство Почему Зачем Сам
  Хотя Особенно Столь Место Сеть Сети Сама Само Сами Свой Наш Наша Ваш Этим Этом Той Тот Том Том Тем Весь Вся Всё Здесь Причем Причём`),
);

/** Abbreviations that name countries, not organisations. */
export const ABBREVIATED_PLACES: ReadonlySet<string> = new Set([
  'США',
  'РФ',
  'КНДР',
  'ОАЭ',
  'ЮАР',
  'КНР',
  'СССР',
  'МКС',
]);

/** A lone capitalised word shaped like a Russian institution or company: «Минэкономразвития», «Роскосмос», «Газпромбанк». */
export const ORG_WORD =
  /^(?:Мин(?!ск)|Рос(?!си|тов)|Гос)\p{Ll}{4,}$|^\p{Lu}\p{Ll}+(?:банк|нефть|газ|пром|строй|авиа|трест|торг|холдинг)$/u;

/** Abbreviations of common nouns, not of organisations. */
export const COMMON_ABBREVIATIONS: ReadonlySet<string> = new Set(
  words('СМИ ВВП ДТП ТВ ЧП НДС ПО ЖКХ ЕГЭ ТЭЦ АЭС ГЭС ООПТ ВИЧ СПИД ДНК IT PR SMS GPS USB'),
);

/** Common given names in Latin script, so «Scott Horowitz» in Russian copy reads as a person. */
export const LATIN_FIRST_NAMES: ReadonlySet<string> = new Set(
  words(`John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
  Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward Ronald Timothy Jason
  Jeffrey Ryan Jacob Gary Nicholas Eric Stephen Jonathan Larry Justin Scott Brandon Frank Benjamin
  Gregory Samuel Raymond Patrick Alexander Jack Dennis Jerry Tyler Aaron Henry Peter Adam Nathan Walter
  Harold Kyle Carl Arthur Gerald Roger Keith Jeremy Terry Lawrence Sean Christian Albert Joe Ethan Austin
  Jesse Willie Billy Bryan Bruce Jordan Ralph Roy Noah Dylan Eugene Wayne Alan Juan Louis Russell Gabriel
  Randy Philip Harry Vincent Bobby Johnny Logan Garrett Barack Hillary Angela Mary Patricia Jennifer
  Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Betty Sandra Ashley Dorothy
  Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Sharon Cynthia
  Kathleen Amy Shirley Anna Angela Ruth Brenda Pamela Nicole Katherine Virginia Catherine Christine
  Samantha Debra Janet Rachel Carolyn Emma Maria Heather Diane Julie Joyce Evelyn Frances Joan Christina
  Kelly Victoria Lauren Martha Judith Cheryl Megan Andrea Ann Alice Jean Doris Jacqueline Kathryn Hannah
  Olivia Gloria Marie Teresa Sara Janice Julia Grace Judy Theresa Rose Beverly Denise Marilyn Amber
  Madison Danielle Brittany Diana Abigail Jane Natalie Lori Tiffany Alexis Kayla Tony Bill Jim Tom Mike
  Nicolas Francois Jacques Pierre Jean Emmanuel Angela Helmut Gerhard Silvio Jose Carlos Luis Hugo`),
);
