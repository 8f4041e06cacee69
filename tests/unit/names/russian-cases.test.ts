import { describe, expect, it } from 'vitest';
import { russianCaseForms } from '../../../src-main/core/names';

describe('russianCaseForms', () => {
  it('declines a masculine name ending in a consonant', () => {
    expect(russianCaseForms('Дамаск')).toEqual(['Дамаск', 'Дамаска', 'Дамаску', 'Дамаском', 'Дамаске']);
    expect(russianCaseForms('Париж')).toContain('Парижем');
  });

  it('declines feminine names in -а, -я and -ия, with и after velars and ей after hushing letters', () => {
    expect(russianCaseForms('Москва')).toEqual(['Москва', 'Москвы', 'Москве', 'Москву', 'Москвой']);
    expect(russianCaseForms('Прага')).toContain('Праги');
    expect(russianCaseForms('Ницца')).toContain('Ниццей');
    expect(russianCaseForms('Сирия')).toEqual(['Сирия', 'Сирии', 'Сирию', 'Сирией']);
  });

  it('declines -й, -ль (masculine), other -ь (feminine), -ье and -ово names', () => {
    expect(russianCaseForms('Дубай')).toContain('Дубае');
    expect(russianCaseForms('Ярославль')).toContain('Ярославлем');
    expect(russianCaseForms('Казань')).toEqual(['Казань', 'Казани', 'Казанью']);
    expect(russianCaseForms('Запорожье')).toContain('Запорожьем');
    expect(russianCaseForms('Кемерово')).toContain('Кемерове');
  });

  it('leaves indeclinable names alone: foreign -о/-и/-у, vowel stems and abbreviations', () => {
    for (const name of ['Токио', 'Тбилиси', 'Баку', 'Дараа', 'США', 'Абу-Даби'])
      expect(russianCaseForms(name)).toEqual([name]);
  });

  it('declines the last part of a hyphenated name, or the part before -на-', () => {
    expect(russianCaseForms('Санкт-Петербург')).toContain('Санкт-Петербурге');
    expect(russianCaseForms('Ростов-на-Дону')).toContain('Ростове-на-Дону');
  });

  it('makes adjectives agree with the head noun and leaves the words after it', () => {
    expect(russianCaseForms('Нижний Новгород')).toContain('Нижнем Новгороде');
    expect(russianCaseForms('Грозный')).toContain('Грозного');
    expect(russianCaseForms('Саудовская Аравия')).toContain('Саудовской Аравии');
    expect(russianCaseForms('Сельская провинция Дамаск')).toContain('Сельской провинции Дамаск');
  });

  it('takes irregular and plural names from its exceptions list', () => {
    expect(russianCaseForms('Афины')).toContain('Афинах');
    expect(russianCaseForms('Египет')).toContain('Египте');
    expect(russianCaseForms('Объединённые Арабские Эмираты')).toContain('Объединённых Арабских Эмиратах');
    expect(russianCaseForms('Пномпень')).toContain('Пномпене');
  });
});
