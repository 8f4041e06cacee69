import { describe, expect, it } from 'vitest';
import { smallArchive } from './small-archive';

const archive = () =>
  smallArchive([
    {
      id: 'seed',
      title: 'Песков: РФ готова к координации усилий с США в Сирии',
      place: 'Москва',
      agency: 'САНА',
      language: 'ru',
      date: '2016-07-15',
      body: ['Москва и Вашингтон осуществляют обмен информацией.', 'Путин обозначил усилия РФ и США на Украине.'],
    },
    {
      id: 'kremlin',
      title: 'Кремль о переговорах',
      place: 'Москва',
      agency: 'ТАСС',
      language: 'ru',
      date: '2016-03-02',
      body: ['Путин встретился с Керри в Москве.'],
    },
    {
      id: 'oil',
      title: 'Oil prices rise',
      place: 'London',
      agency: 'Reuters',
      language: 'en',
      date: '1987-03-01',
      body: ['Crude oil rose as the trade deficit widened.'],
    },
    {
      id: 'gas',
      title: 'Syrian gas field reopens',
      place: 'Damascus',
      agency: 'SANA',
      language: 'en',
      date: '2016-12-30',
      body: ['The deficit of trade is not mentioned here. Gas flows again in Syria.'],
    },
    {
      id: 'arabic',
      title: 'الرئيس الأسد يستقبل وفداً',
      place: 'دمشق',
      agency: 'سانا',
      language: 'ar',
      date: '2017-01-10',
      body: ['استقبل الرئيس بشار الأسد وفداً روسياً في دمشق.'],
    },
  ]);

describe('evaluating queries', () => {
  it('finds the seed from another case of Москва', async () => {
    expect(await archive().ids('Москве')).toEqual(['kremlin', 'seed']);
  });

  it('requires every word by default', async () => {
    expect(await archive().ids('Путин Керри')).toEqual(['kremlin']);
  });

  it('takes either side of OR', async () => {
    expect(await archive().ids('oil OR gas')).toEqual(['gas', 'oil']);
  });

  it('removes articles with a negated word', async () => {
    expect(await archive().ids('Путин -Украине')).toEqual(['kremlin']);
  });

  it('lists everything but the negated word for a query that is only a negation', async () => {
    expect(await archive().ids('-Москва')).toEqual(['arabic', 'gas', 'oil']);
  });

  it('keeps only articles with a phrase in order, not its words apart', async () => {
    expect(await archive().ids('"trade deficit"')).toEqual(['oil']);
    expect(await archive().ids('trade deficit')).toEqual(['gas', 'oil']);
  });

  it('removes articles with a negated phrase', async () => {
    expect(await archive().ids('deficit -"trade deficit"')).toEqual(['gas']);
  });

  it('does not join the last word of one paragraph and the first of the next into a phrase', async () => {
    const a = smallArchive([
      { id: 'apart', body: ['Prices of crude oil', 'Gas flows again.'] },
      { id: 'together', body: ['Oil gas flows again.'] },
    ]);
    expect(await a.ids('"oil gas"')).toEqual(['together']);
  });

  it('matches a prefix against the words, not only their stems', async () => {
    expect(await archive().ids('моск*')).toEqual(['kremlin', 'seed']);
    expect(await archive().ids('defic*')).toEqual(['gas', 'oil']);
  });

  it('filters by agency, place and language', async () => {
    expect(await archive().ids('agency:Reuters')).toEqual(['oil']);
    expect(await archive().ids('place:Москве')).toEqual(['kremlin', 'seed']);
    expect(await archive().ids('lang:ar')).toEqual(['arabic']);
    expect(await archive().ids('language:RU')).toEqual(['kremlin', 'seed']);
  });

  it('finds every spelling of an agency or place the gazetteer knows, in any script', async () => {
    expect(await archive().ids('agency:SANA')).toEqual(['arabic', 'gas', 'seed']);
    expect(await archive().ids('agency:سانا')).toEqual(['arabic', 'gas', 'seed']);
    expect(await archive().ids('place:Damascus')).toEqual(['arabic', 'gas']);
    expect(await archive().ids('place:Дамаске')).toEqual(['arabic', 'gas']);
    expect(await archive().ids('place:Moscow')).toEqual(['kremlin', 'seed']);
    // Within agency: the letters of Sanaa, Yemen, mean the agency.
    expect(await archive().ids('agency:Sana')).toEqual(['arabic', 'gas', 'seed']);
  });

  it('searches an unknown agency or place by its words, as before', async () => {
    expect(await archive().ids('agency:Hawar')).toEqual([]);
    expect(await archive().ids('place:Atlantis')).toEqual([]);
    expect(await archive().ids('-place:Damascus')).toEqual(['kremlin', 'oil', 'seed']);
  });

  it('does not match a field filter against the body', async () => {
    expect(await archive().ids('place:Вашингтон')).toEqual([]);
  });

  it('filters by a month, a year and a range of months', async () => {
    expect(await archive().ids('date:2016-07')).toEqual(['seed']);
    expect(await archive().ids('date:2016')).toEqual(['gas', 'kremlin', 'seed']);
    expect(await archive().ids('date:2016-03..2016-07')).toEqual(['kremlin', 'seed']);
    expect(await archive().ids('date:2016-08..')).toEqual(['arabic', 'gas']);
  });

  it('combines a filter with words', async () => {
    expect(await archive().ids('Путин date:2016-07')).toEqual(['seed']);
  });

  it('finds an Arabic word with or without the article and diacritics', async () => {
    expect(await archive().ids('رئيس')).toEqual(['arabic']);
    expect(await archive().ids('الرَّئِيس')).toEqual(['arabic']);
  });

  it('finds Syria from Syrian and the other way round', async () => {
    expect(await archive().ids('Syria')).toEqual(['gas']);
    expect(await archive().ids('Syrians')).toEqual(['gas']);
  });

  it('scores a headline hit above a body-only hit', async () => {
    const scores = await archive().scores('gas');
    const bodyOnly = smallArchive([
      { id: 'title', title: 'Gas news', body: ['Nothing else here to see today.'] },
      { id: 'body', title: 'News', body: ['Gas news here to see today.'] },
    ]);
    const s = await bodyOnly.scores('gas');
    expect(scores.get('gas')).toBeGreaterThan(0);
    expect(s.get('title')!).toBeGreaterThan(s.get('body')!);
  });
});

describe('incremental index updates', () => {
  it('replaces an article so its old words no longer find it', async () => {
    const a = archive();
    a.index.put({ id: 'oil', title: 'Wheat prices fall', body: ['Grain fell.'], place: '', agency: '' }, 'v2');
    expect(await a.ids('crude')).toEqual([]);
    expect(await a.ids('wheat')).toEqual(['oil']);
    expect(a.index.stampOf('oil')).toBe('v2');
  });

  it('removes an article from every result', async () => {
    const a = archive();
    a.index.remove('gas');
    expect(await a.ids('Syria')).toEqual([]);
    expect(a.index.stampOf('gas')).toBeUndefined();
  });
});
