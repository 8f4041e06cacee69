// person:, org:, location: and mentions: (issue 19): a name matches on its full form or a
// run of its words, in any case and any grammatical form the index's analyser folds.
import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../src-main/contract/entities';
import { smallArchive } from './small-archive';

const e = (type: EntityMention['type'], name: string): EntityMention => ({ type, name, count: 1 });

const archive = smallArchive([
  {
    id: 'luzhkov',
    title: 'Лужков открыл станцию',
    body: ['Мэр открыл станцию метро.'],
    language: 'ru',
    entities: [e('person', 'Юрий Лужков'), e('place', 'Москва'), e('org', 'Мосметрострой')],
  },
  {
    id: 'gromov',
    title: 'Совещание в области',
    body: ['Губернатор провёл совещание.'],
    language: 'ru',
    entities: [e('person', 'Борис Громов'), e('place', 'Красногорск')],
  },
  {
    id: 'yuri',
    title: 'Another Yuri',
    body: ['A visit.'],
    entities: [e('person', 'Юрий Гагарин'), e('org', 'Moscow City Duma')],
  },
  {
    id: 'assad',
    title: 'استقبال',
    body: ['استقبل الرئيس وفدا.'],
    language: 'ar',
    entities: [e('person', 'بشار الأسد'), e('place', 'دمشق')],
  },
  { id: 'none', title: 'Лужков', body: ['Nothing extracted here.'], language: 'ru' },
]);

describe('searching the names articles mention', () => {
  it('finds a person by surname, by full name, and in another case or grammatical form', async () => {
    expect(await archive.ids('person:Лужков')).toEqual(['luzhkov']);
    expect(await archive.ids('person:"Юрий Лужков"')).toEqual(['luzhkov']);
    expect(await archive.ids('person:лужкова')).toEqual(['luzhkov']);
    expect(await archive.ids('person:ЮРИЯ')).toEqual(['luzhkov', 'yuri']);
  });

  it('asks for the words as a run of the name, not scattered over two names', async () => {
    expect(await archive.ids('person:"Юрий Громов"')).toEqual([]);
    expect(await archive.ids('person:"Лужков Юрий"')).toEqual([]);
  });

  it('keeps each field to its own type and lets mentions: take any', async () => {
    expect(await archive.ids('person:Москва')).toEqual([]);
    expect(await archive.ids('location:Москва')).toEqual(['luzhkov']);
    expect(await archive.ids('org:moscow')).toEqual(['yuri']);
    expect(await archive.ids('mentions:Москва')).toEqual(['luzhkov']);
    // Moscow is the gazetteer's name for the Москва luzhkov mentions, and a word of yuri's organisation.
    expect(await archive.ids('mentions:Moscow')).toEqual(['luzhkov', 'yuri']);
  });

  it('matches Arabic names with the article and clitics folded as the index folds them', async () => {
    expect(await archive.ids('person:الأسد')).toEqual(['assad']);
    expect(await archive.ids('person:اسد')).toEqual(['assad']);
    expect(await archive.ids('location:ودمشق')).toEqual(['assad']);
  });

  it('is not a text search: an article with the word but no such name is not found', async () => {
    expect(await archive.ids('Лужков')).toEqual(['luzhkov', 'none']);
    expect(await archive.ids('person:Лужков')).not.toContain('none');
  });

  it('combines with words, other fields and negation', async () => {
    expect(await archive.ids('person:Юрий станцию')).toEqual(['luzhkov']);
    expect(await archive.ids('person:Юрий -person:Лужков')).toEqual(['yuri']);
    expect(await archive.ids('person:Громов OR person:Гагарин')).toEqual(['gromov', 'yuri']);
    expect(await archive.ids('lang:ru -mentions:Москва')).toEqual(['gromov', 'none']);
  });

  it('matches nothing for a value with no words', async () => {
    expect(await archive.ids('person:"--"')).toEqual([]);
  });
});
