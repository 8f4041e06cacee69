// The case forms a Russian place name takes in running text: Дамаск, Дамаска, Дамаску,
// Дамаском, Дамаске. Datelines give the nominative, but articles and facet values taken
// from text give any case, and the gazetteer must know them all. Regular declensions are
// rules; plurals and irregular stems are listed in WORD_FORMS.

/** Genitive, dative, accusative, instrumental, prepositional. */
type Cases = [string, string, string, string, string];

const WORD_FORMS = new Map<string, Cases>([
  ['Афины', ['Афин', 'Афинам', 'Афины', 'Афинами', 'Афинах']],
  ['Штаты', ['Штатов', 'Штатам', 'Штаты', 'Штатами', 'Штатах']],
  ['Эмираты', ['Эмиратов', 'Эмиратам', 'Эмираты', 'Эмиратами', 'Эмиратах']],
  ['Нидерланды', ['Нидерландов', 'Нидерландам', 'Нидерланды', 'Нидерландами', 'Нидерландах']],
  ['Филиппины', ['Филиппин', 'Филиппинам', 'Филиппины', 'Филиппинами', 'Филиппинах']],
  ['Мальдивы', ['Мальдив', 'Мальдивам', 'Мальдивы', 'Мальдивами', 'Мальдивах']],
  ['Багамы', ['Багам', 'Багамам', 'Багамы', 'Багамами', 'Багамах']],
  ['Сейшелы', ['Сейшел', 'Сейшелам', 'Сейшелы', 'Сейшелами', 'Сейшелах']],
  ['Коморы', ['Комор', 'Коморам', 'Коморы', 'Коморами', 'Коморах']],
  ['Салоники', ['Салоник', 'Салоникам', 'Салоники', 'Салониками', 'Салониках']],
  ['Египет', ['Египта', 'Египту', 'Египет', 'Египтом', 'Египте']],
  // Masculine, though most -нь names (Казань, Рязань, Тюмень) are feminine.
  ['Пномпень', ['Пномпеня', 'Пномпеню', 'Пномпень', 'Пномпенем', 'Пномпене']],
  ['Тайвань', ['Тайваня', 'Тайваню', 'Тайвань', 'Тайванем', 'Тайване']],
]);

const ADJECTIVE_ENDINGS: [RegExp, string[]][] = [
  [/ый$/u, ['ого', 'ому', 'ый', 'ым', 'ом']],
  [/ний$/u, ['него', 'нему', 'ний', 'ним', 'нем']],
  [/ий$/u, ['ого', 'ому', 'ий', 'им', 'ом']],
  [/ой$/u, ['ого', 'ому', 'ой', 'ым', 'ом']],
  [/ая$/u, ['ой', 'ой', 'ую', 'ой', 'ой']],
  [/яя$/u, ['ей', 'ей', 'юю', 'ей', 'ей']],
  [/ое$/u, ['ого', 'ому', 'ое', 'ым', 'ом']],
  [/ые$/u, ['ых', 'ым', 'ые', 'ыми', 'ых']],
  [/ие$/u, ['их', 'им', 'ие', 'ими', 'их']],
];

function replaceEnd(word: string, pattern: RegExp, endings: readonly string[]): Cases {
  const stem = word.replace(pattern, '');
  return endings.map((e) => stem + e) as Cases;
}

function adjectiveForms(word: string): Cases | null {
  const rule = ADJECTIVE_ENDINGS.find(([pattern]) => pattern.test(word));
  return rule ? replaceEnd(word, rule[0], rule[1]) : null;
}

const VELAR_OR_HUSHING = /[гкхжшчщ]$/u;
const HUSHING_OR_TS = /[жшчщц]$/u;

/** A noun's cases, or null when it does not decline (Токио, Баку, Абу-Даби, ОАЭ). */
function nounForms(word: string): Cases | null {
  const listed = WORD_FORMS.get(word);
  if (listed) return listed;
  if (/^[\p{Lu}\d]{2,}$/u.test(word)) return null; // США, ОАЭ, КНДР
  if (/ия$/u.test(word)) return replaceEnd(word, /я$/u, ['и', 'и', 'ю', 'ей', 'и']);
  if (/[^и]я$/u.test(word)) return replaceEnd(word, /я$/u, ['и', 'е', 'ю', 'ей', 'е']);
  if (/а$/u.test(word)) {
    const stem = word.slice(0, -1);
    if (/[аеёиоуыэюя]$/u.test(stem)) return null; // Дараа, Бразилиа
    const gen = VELAR_OR_HUSHING.test(stem) ? 'и' : 'ы';
    const ins = HUSHING_OR_TS.test(stem) ? 'ей' : 'ой';
    return [stem + gen, `${stem}е`, `${stem}у`, stem + ins, `${stem}е`];
  }
  if (/ье$/u.test(word)) return replaceEnd(word, /е$/u, ['я', 'ю', 'е', 'ем', 'е']);
  if (/(ов|ев|ин|ын|ств)о$/u.test(word)) return replaceEnd(word, /о$/u, ['а', 'у', 'о', 'ом', 'е']);
  if (/[аеёиоуыэюя]$/u.test(word)) return null;
  if (/й$/u.test(word)) return replaceEnd(word, /й$/u, ['я', 'ю', 'й', 'ем', 'е']);
  if (/ль$/u.test(word)) return replaceEnd(word, /ь$/u, ['я', 'ю', 'ь', 'ем', 'е']);
  if (/ь$/u.test(word)) return replaceEnd(word, /ь$/u, ['и', 'и', 'ь', 'ью', 'и']);
  if (!/[а-яё]$/u.test(word)) return null;
  const ins = HUSHING_OR_TS.test(word) ? 'ем' : 'ом';
  return [`${word}а`, `${word}у`, word, word + ins, `${word}е`];
}

/** A hyphenated name declines in its last part (Санкт-Петербурга), or before -на- (Ростова-на-Дону). */
function hyphenatedForms(word: string): Cases | null {
  const parts = word.split('-');
  const at = parts.indexOf('на') > 0 ? parts.indexOf('на') - 1 : parts.length - 1;
  const forms = nounForms(parts[at]!);
  return forms && (forms.map((f) => [...parts.slice(0, at), f, ...parts.slice(at + 1)].join('-')) as Cases);
}

/**
 * Every form of a Russian name, the nominative first. Adjectives before the head noun
 * agree with it (Нижнего Новгорода, Саудовской Аравии); words after it stay
 * (Сельской провинции Дамаск, Алжир (город)).
 */
export function russianCaseForms(name: string): string[] {
  const words = name.split(' ');
  const forms: string[][] = [words];
  const cases: Cases[] = [];
  let head = words.findIndex((w, i) => !(i < words.length - 1 && adjectiveForms(w)) || /ый$/u.test(w));
  if (head < 0) head = words.length - 1;
  for (let i = 0; i <= head; i++) {
    const w = words[i]!;
    const declined = i < head || /ый$/u.test(w) ? adjectiveForms(w) : hyphenatedForms(w);
    cases.push(declined ?? [w, w, w, w, w]);
  }
  for (let c = 0; c < 5; c++) forms.push([...cases.map((k) => k[c]!), ...words.slice(head + 1)]);
  return [...new Set(forms.map((f) => f.join(' ')))];
}
