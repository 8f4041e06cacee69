import { describe, expect, it } from 'vitest';
import { parseDateline, splitLeadingDateline } from '../../../src-main/core/parse/dateline';

describe('parseDateline (a line that is only a dateline)', () => {
  it.each([
    ['Москва – САНА', 'Москва', 'САНА'],
    ['Москва-САНА', 'Москва', 'САНА'],
    ['Дамаск – САНА', 'Дамаск', 'САНА'],
    ['دمشق-سانا', 'دمشق', 'سانا'],
    ['أبوظبي - سكاي نيوز عربية', 'أبوظبي', 'سكاي نيوز عربية'],
    ['الرياض - واس', 'الرياض', 'واس'],
    ['دبي ـ العربية.نت', 'دبي', 'العربية.نت'],
  ])('reads %s as place and agency', (line, place, agency) => {
    expect(parseDateline(line)).toEqual({ place, agency });
  });

  it('reads a place followed by a person as a byline, not an agency', () => {
    expect(parseDateline('القاهرة - أحمد الريدي')).toEqual({ place: 'القاهرة', agency: null, byline: 'أحمد الريدي' });
    expect(parseDateline('دبي – فيصل الشمري')).toEqual({ place: 'دبي', agency: null, byline: 'فيصل الشمري' });
  });

  it('reads a Reuters wire dateline with no agency as place only', () => {
    expect(parseDateline('    BAHRAIN, Oct 19 - ')).toEqual({ place: 'BAHRAIN', agency: null });
  });

  it('keeps the state in a US wire dateline place', () => {
    expect(parseDateline('CITY, Calif., Oct 19 -')).toEqual({ place: 'CITY, Calif.', agency: null });
  });

  it('reads the month of a wire dateline in any case', () => {
    expect(parseDateline('LOS ANGELES, OCT 19 -')).toEqual({ place: 'LOS ANGELES', agency: null });
  });

  it('reads an agency in parentheses', () => {
    expect(parseDateline('GENEVA (Reuters) -')).toEqual({ place: 'GENEVA', agency: 'Reuters' });
  });

  it('reads a bare known agency as agency with no place', () => {
    expect(parseDateline('SANA')).toEqual({ place: null, agency: 'SANA' });
    expect(parseDateline('فرانس 24')).toEqual({ place: null, agency: 'فرانس 24' });
  });

  it('reads a place and agency joined by a space and a dash', () => {
    expect(parseDateline('Aleppo SANA-')).toEqual({ place: 'Aleppo', agency: 'SANA' });
  });

  it('does not take a lone place name for a dateline', () => {
    expect(parseDateline('Moscow')).toBeNull();
  });

  it('does not take a lowercase phrase after a dash for a byline', () => {
    expect(parseDateline('Москва – столица России')).toBeNull();
  });

  it('does not take a one-word title-case phrase after a dash for a byline', () => {
    expect(parseDateline('Sport – Results')).toBeNull();
  });

  it('does not take a line with text after the dateline', () => {
    expect(parseDateline('Damascus, SANA – The army advanced')).toBeNull();
  });
});

describe('splitLeadingDateline (a dateline opening a paragraph)', () => {
  it.each([
    ['Damascus, SANA – The army advanced.', 'Damascus'],
    ['Hama, SANA-The army advanced.', 'Hama'],
    ['Damascus, SANA The army advanced.', 'Damascus'],
    ['Damascus/Moscow, SANA – The army advanced.', 'Damascus/Moscow'],
    ['Astana, Madrid, SANA- The army advanced.', 'Astana, Madrid'],
    ['Beijing , SANA – The army advanced.', 'Beijing'],
    ['\u00a0Damascus, SANA – The army advanced.', 'Damascus'],
    ['Damascus, SANA_ The army advanced.', 'Damascus'],
    ['Aleppo SANA-The army advanced.', 'Aleppo'],
  ])('lifts SANA and the place out of %j', (paragraph, place) => {
    expect(splitLeadingDateline(paragraph)).toEqual({ place, agency: 'SANA', rest: 'The army advanced.' });
  });

  it('lifts a Russian SANA dateline glued by a hyphen', () => {
    expect(splitLeadingDateline('Москва-САНА Система ПВО сбила дроны.')).toEqual({
      place: 'Москва',
      agency: 'САНА',
      rest: 'Система ПВО сбила дроны.',
    });
  });

  it('lifts a CNN Arabic dateline with a country after the city', () => {
    expect(splitLeadingDateline('دبي، الإمارات العربية المتحدة (CNN) -- أعلن الوزير')).toEqual({
      place: 'دبي، الإمارات العربية المتحدة',
      agency: 'CNN',
      rest: 'أعلن الوزير',
    });
  });

  it('lifts a Reuters parenthesised dateline', () => {
    expect(splitLeadingDateline('GENEVA (Reuters) - Talks resumed.')).toEqual({
      place: 'GENEVA',
      agency: 'Reuters',
      rest: 'Talks resumed.',
    });
  });

  it('lifts a bare SANA opener followed by a new sentence', () => {
    expect(splitLeadingDateline('SANA Aircrafts of the coalition struck.')).toEqual({
      place: null,
      agency: 'SANA',
      rest: 'Aircrafts of the coalition struck.',
    });
  });

  it('leaves SANA alone when it is the subject of the sentence', () => {
    expect(splitLeadingDateline('SANA reporter in Aleppo said that six were hurt.')).toBeNull();
  });

  it('does not take an ordinary sentence starting with a capitalised place for a dateline', () => {
    expect(splitLeadingDateline('Moscow said on Monday – after talks – that it was ready.')).toBeNull();
  });

  it('does not take a sentence that mentions an agency for a dateline', () => {
    expect(splitLeadingDateline('The army told SANA – in a statement – that it advanced.')).toBeNull();
  });

  it('does not take an outlet name starting a sentence for a dateline', () => {
    expect(splitLeadingDateline('BBC News has learned that talks failed.')).toBeNull();
  });

  it('does not take a parenthetical remark for an agency', () => {
    expect(splitLeadingDateline('Smith (left) - pictured with aides.')).toBeNull();
  });
});

describe('datelines found in the corpus after the first pass', () => {
  it('takes a desk name before the agency as no place (fa-kes NNA rows)', () => {
    expect(splitLeadingDateline('Regional NNA - The blast heard Saturday evening')).toEqual({
      place: null,
      agency: 'NNA',
      rest: 'The blast heard Saturday evening',
    });
  });

  it('lifts a parenthesised agency with no place (CNN Arabic)', () => {
    expect(splitLeadingDateline('(CNN)-- تخطط الحكومة لإطلاق برنامج جديد')).toEqual({
      place: null,
      agency: 'CNN',
      rest: 'تخطط الحكومة لإطلاق برنامج جديد',
    });
  });

  it('leaves an ordinary parenthesis at the start of a paragraph alone', () => {
    expect(splitLeadingDateline('(Updated) - The talks resumed on Monday')).toBeNull();
  });
});
