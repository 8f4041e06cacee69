// The Russian rules one at a time, on sentences written for them: titles, initials,
// patronymics, organisation kinds and quotes, place prepositions and the known places, and
// names put in the nominative.
import { describe, expect, it } from 'vitest';
import type { EntitySpan } from '../../../src-main/core/entities/entity-types';
import { extractEntities, summariseMentions } from '../../../src-main/core/entities/extract';
import { caseForms, patronymicLemma, surnameLemma } from '../../../src-main/core/entities/russian-forms';

const found = (text: string): [string, string, string][] =>
  extractEntities(text, 'ru').map((s: EntitySpan) => [s.type, text.slice(s.start, s.end), s.name]);

// [rule, sentence, a mention it must give as [type, text as written, normal form]]
const CASES: [string, string, [string, string, string]][] = [
  [
    'a declined first name and surname, put in the nominative',
    'Акция прошла у мэрии против Юрия Лужкова.',
    ['person', 'Юрия Лужкова', 'Юрий Лужков'],
  ],
  [
    'a woman in the instrumental case',
    'Встреча с Ангелой Меркель закончилась.',
    ['person', 'Ангелой Меркель', 'Ангела Меркель'],
  ],
  [
    'first name, patronymic and surname in the dative',
    'Письмо Борису Николаевичу Ельцину отправили.',
    ['person', 'Борису Николаевичу Ельцину', 'Борис Николаевич Ельцин'],
  ],
  ['initials and a surname', 'Об этом заявил В. В. Путиным накануне.', ['person', 'В. В. Путиным', 'В. В. Путин']],
  ['a name after a title cue, without the title', 'Затем выступил министр Лавров.', ['person', 'Лавров', 'Лавров']],
  [
    'a lone surname once the person was named in full',
    'Барак Обама прилетел в Москву. Позже Обаму встретили в аэропорту.',
    ['person', 'Обаму', 'Обама'],
  ],
  [
    'a quoted name after «компания»',
    'Сделку одобрила компания «Роснефть» вчера.',
    ['org', 'компания «Роснефть', 'Роснефть'],
  ],
  [
    'a quoted name after «партия»',
    'Её поддержала партия «Единая Россия».',
    ['org', 'партия «Единая Россия', 'Единая Россия'],
  ],
  [
    'an institution by its head word',
    'Об этом сообщило Министерство иностранных дел.',
    ['org', 'Министерство иностранных дел', 'Министерство иностранных дел'],
  ],
  [
    'a capitalised adjective and a kind of organisation',
    'Спектакль показал Большой театр вчера.',
    ['org', 'Большой театр', 'Большой театр'],
  ],
  ['an abbreviation, as an organisation', 'Представитель ФСБ и посол США встретились.', ['org', 'ФСБ', 'ФСБ']],
  ['a country abbreviation, as a place', 'Представитель ФСБ и посол США встретились.', ['place', 'США', 'США']],
  ['a known place in the prepositional case', 'Делегация прибыла в Дамаске утром.', ['place', 'Дамаске', 'Дамаск']],
  // Всеволожск is in no list; a place the gazetteer knows is put in the nominative instead.
  ['an unknown place after «во»', 'Пожар случился во Всеволожске ночью.', ['place', 'Всеволожске', 'Всеволожске']],
  [
    'a gazetteer place in the nominative',
    'Пожар случился во Владикавказе ночью.',
    ['place', 'Владикавказе', 'Владикавказ'],
  ],
  [
    'a place named with its kind',
    'Митинг прошёл на Тверской площади.',
    ['place', 'Тверской площади', 'Тверской площади'],
  ],
  [
    'a two-word place in the genitive',
    'Вчера послы Соединенных Штатов приехали.',
    // named by the gazetteer's Russian label (settle-names.ts)
    ['place', 'Соединенных Штатов', 'США'],
  ],
  [
    'a site by its domain, whatever its case',
    'Как сообщает infox.ru, сделка закрыта.',
    ['org', 'infox.ru', 'infox.ru'],
  ],
  [
    'a place whose kind follows adjectives',
    'Учения прошли в Северо-Кавказском федеральном округе.',
    ['place', 'Северо-Кавказском федеральном округе', 'Северо-Кавказском федеральном округе'],
  ],
  [
    'an organisation after a capitalised common noun',
    'Реконструкция Большого театра закончилась.',
    // Kept in the nominative, so every case of it is one organisation (russian-org-names.ts).
    ['org', 'Большого театра', 'Большой театр'],
  ],
  ['the place that ends a run of capitals', 'Мэр Москвы Юрий Лужков ушёл.', ['place', 'Москвы', 'Москва']],
  [
    'the person that begins inside a run of capitals',
    'Мэр Москвы Юрий Лужков ушёл.',
    ['person', 'Юрий Лужков', 'Юрий Лужков'],
  ],
];

describe('Russian entities', () => {
  it.each(CASES)('finds %s', (_rule, text, mention) => {
    expect(found(text)).toContainEqual(mention);
  });

  it('does not take a capitalised word at the start of a sentence for a name', () => {
    expect(found('Однако вчера ничего не произошло. Впрочем, всё спокойно.')).toEqual([]);
  });

  it('declines names both ways', () => {
    expect(caseForms('Юрий')).toContain('Юрия');
    expect(caseForms('Дамаск')).toContain('Дамаске');
    expect(caseForms('Мария')).toContain('Марией');
    expect(surnameLemma('Лужкова', 'm', true)).toBe('Лужков');
    expect(surnameLemma('Петрова', 'f', false)).toBe('Петрова');
    expect(surnameLemma('Достоевского', 'm', true)).toBe('Достоевский');
    expect(surnameLemma('Лофнера', 'm', true)).toBe('Лофнер');
    expect(patronymicLemma('Николаевичу')).toEqual({ lemma: 'Николаевич', gender: 'm' });
    expect(patronymicLemma('Ивановны')).toEqual({ lemma: 'Ивановна', gender: 'f' });
    expect(patronymicLemma('Москвы')).toBeUndefined();
  });
});

describe('summariseMentions', () => {
  it('counts each name once per type, a lone surname with its full name, most mentioned first', () => {
    const text = 'Барак Обама прилетел в Москву. Обаму встретили в Москве, а потом Обама уехал.';
    expect(summariseMentions(extractEntities(text, 'ru'))).toEqual([
      { type: 'person', name: 'Барак Обама', count: 3 },
      { type: 'place', name: 'Москва', count: 2 },
    ]);
  });

  it('gives nothing for a language without rules', () => {
    expect(extractEntities('Angela Merkel besuchte Berlin.', 'de')).toEqual([]);
  });
});
