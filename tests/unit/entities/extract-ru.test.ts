// The Russian rules one at a time, on sentences written for them: titles, initials,
// patronymics, organisation kinds and quotes, place prepositions and the known places, and
// names put in the nominative.
import { describe, expect, it } from 'vitest';
import type { EntitySpan } from '../../../src-main/core/entities/entity-types';
import { extractEntities, summariseMentions } from '../../../src-main/core/entities/extract';
import { caseForms, patronymicLemma, surnameLemma } from '../../../src-main/core/entities/russian-forms';

const found = (text: string): [string, string, string][] =>
  extractEntities(text, 'ru').map((s: EntitySpan) => [s.type, text.slice(s.start, s.end), s.name]);

describe('Russian entities', () => {
  it('puts a declined first name and surname in the nominative', () => {
    expect(found('Акция прошла у мэрии против Юрия Лужкова.')).toContainEqual([
      'person',
      'Юрия Лужкова',
      'Юрий Лужков',
    ]);
    expect(found('Встреча с Ангелой Меркель закончилась.')).toContainEqual([
      'person',
      'Ангелой Меркель',
      'Ангела Меркель',
    ]);
    expect(found('Письмо Борису Николаевичу Ельцину отправили.')).toContainEqual([
      'person',
      'Борису Николаевичу Ельцину',
      'Борис Николаевич Ельцин',
    ]);
  });

  it('reads initials and a surname as one person', () => {
    expect(found('Об этом заявил В. В. Путиным накануне.')).toContainEqual(['person', 'В. В. Путиным', 'В. В. Путин']);
  });

  it('takes a name after a title cue, without the title', () => {
    expect(found('Затем выступил министр Лавров.')).toContainEqual(['person', 'Лавров', 'Лавров']);
  });

  it('finds a lone surname once the person was named in full', () => {
    const spans = found('Барак Обама прилетел в Москву. Позже Обаму встретили в аэропорту.');
    expect(spans).toContainEqual(['person', 'Обаму', 'Обама']);
  });

  it('reads a quoted name after an organisation word as an organisation', () => {
    expect(found('Сделку одобрила компания «Роснефть» вчера.')).toContainEqual([
      'org',
      'компания «Роснефть',
      'Роснефть',
    ]);
    expect(found('Её поддержала партия «Единая Россия».')).toContainEqual([
      'org',
      'партия «Единая Россия',
      'Единая Россия',
    ]);
  });

  it('reads an institution by its head word and a capitalised adjective with a kind of organisation', () => {
    expect(found('Об этом сообщило Министерство иностранных дел.')).toContainEqual([
      'org',
      'Министерство иностранных дел',
      'Министерство иностранных дел',
    ]);
    expect(found('Спектакль показал Большой театр вчера.')).toContainEqual(['org', 'Большой театр', 'Большой театр']);
  });

  it('reads abbreviations as organisations, except those of countries', () => {
    const spans = found('Представитель ФСБ и посол США встретились.');
    expect(spans).toContainEqual(['org', 'ФСБ', 'ФСБ']);
    expect(spans).toContainEqual(['place', 'США', 'США']);
  });

  it('finds known places in any case, and unknown ones after a place preposition', () => {
    expect(found('Делегация прибыла в Дамаске утром.')).toContainEqual(['place', 'Дамаске', 'Дамаск']);
    expect(found('Пожар случился во Владикавказе ночью.')).toContainEqual(['place', 'Владикавказе', 'Владикавказе']);
    expect(found('Митинг прошёл на Тверской площади.')).toContainEqual([
      'place',
      'Тверской площади',
      'Тверской площади',
    ]);
    expect(found('Вчера послы Соединенных Штатов приехали.')).toContainEqual([
      'place',
      'Соединенных Штатов',
      'Соединенные Штаты',
    ]);
  });

  it('splits a run of capitals where a place ends and a name begins', () => {
    const spans = found('Мэр Москвы Юрий Лужков ушёл.');
    expect(spans).toContainEqual(['place', 'Москвы', 'Москва']);
    expect(spans).toContainEqual(['person', 'Юрий Лужков', 'Юрий Лужков']);
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
  it('counts each name once per type, most mentioned first, ties by name', () => {
    const text = 'Барак Обама прилетел в Москву. Обаму встретили в Москве, а потом Обама уехал.';
    expect(summariseMentions(extractEntities(text, 'ru'))).toEqual([
      { type: 'place', name: 'Москва', count: 2 },
      { type: 'person', name: 'Обама', count: 2 },
      { type: 'person', name: 'Барак Обама', count: 1 },
    ]);
  });

  it('gives nothing for a language without rules', () => {
    expect(extractEntities('Angela Merkel besuchte Berlin.', 'de')).toEqual([]);
  });
});
