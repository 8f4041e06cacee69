import { describe, expect, it } from 'vitest';
import {
  inferDateOrder,
  parseDate,
  parseDateWithOrder,
  splitLeadingDate,
  toLatinDigits,
} from '../../../src-main/core/parse/date';

describe('parseDate: numeric forms, day first', () => {
  it.each([
    ['15-07-2016', '2016-07-15'],
    ['15.07.2016', '2016-07-15'],
    ['15/07/2016', '2016-07-15'],
    ['2016-07-15', '2016-07-15'],
    ['5.7.2016', '2016-07-05'],
  ])('reads %s as %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it('reads an ambiguous 03/04/2016 day-first, as April 3rd', () => {
    expect(parseDate('03/04/2016')).toBe('2016-04-03');
  });

  it('reads dd/mm/yyyy as in some ant-jawharafm <TIME>s', () => {
    expect(parseDate('25/01/2017')).toBe('2017-01-25');
  });

  it('trims surrounding whitespace', () => {
    expect(parseDate('  15.07.2016 \n')).toBe('2016-07-15');
  });
});

describe('parseDate: worded forms', () => {
  it.each([
    ['15 July 2016', '2016-07-15'],
    ['July 15, 2016', '2016-07-15'],
    ['6 October 2016', '2016-10-06'],
    ['27 Apr 2020', '2020-04-27'],
    ['15th July 2016', '2016-07-15'],
    ['Sept. 3, 2015', '2015-09-03'],
    ['February 18 2015', '2015-02-18'],
  ])('reads %s as %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it('accepts month names in any case', () => {
    expect(parseDate('july 15, 2016')).toBe('2016-07-15');
    expect(parseDate('JULY 15, 2016')).toBe('2016-07-15');
  });

  it('reads the SANA form with an Arabic comma (U+060C)', () => {
    expect(parseDate('11 September، 2017')).toBe('2017-09-11');
  });

  it('reads a Russian genitive month', () => {
    expect(parseDate('28 августа 2017')).toBe('2017-08-28');
  });

  it('ignores a trailing года or г.', () => {
    expect(parseDate('28 августа 2017 года')).toBe('2017-08-28');
    expect(parseDate('21 мая 2011 г.')).toBe('2011-05-21');
  });

  it('reads an Arabic month name', () => {
    expect(parseDate('11 سبتمبر 2017')).toBe('2017-09-11');
  });

  it('drops a leading weekday', () => {
    expect(parseDate('Wednesday 07 December 2016')).toBe('2016-12-07');
  });
});

describe('parseDate: dates with times', () => {
  it('drops the time in the tgnews form 27 Apr 2020, 00:10', () => {
    expect(parseDate('27 Apr 2020, 00:10')).toBe('2020-04-27');
  });

  it('reads RFC 822 with GMT', () => {
    expect(parseDate('Sun, 25 Feb 2018 10:11:12 GMT')).toBe('2018-02-25');
  });

  it('reads RFC 822 with a numeric zone', () => {
    expect(parseDate('Sun, 25 Feb 2018 10:11:12 +0000')).toBe('2018-02-25');
  });

  it('keeps the calendar date of ISO 8601 as written, without shifting the zone', () => {
    expect(parseDate('2017-01-25T14:36:00+01:00')).toBe('2017-01-25');
    expect(parseDate('2017-01-25T23:30:00-11:00')).toBe('2017-01-25');
  });

  it('reads the Reuters form with an upper-case month and hundredths', () => {
    expect(parseDate('19-OCT-1987 15:37:46.03')).toBe('1987-10-19');
  });

  it('reads the fa-kes Reuters form with a four-digit clock after "at"', () => {
    expect(parseDate('Fri 07 Apr 2017 at 0914')).toBe('2017-04-07');
  });
});

describe('parseDate: other digits', () => {
  it('reads Arabic-Indic digits', () => {
    expect(parseDate('١٥-٠٧-٢٠١٦')).toBe('2016-07-15');
  });

  it('reads Persian digits', () => {
    expect(parseDate('۱۵/۰۷/۲۰۱۶')).toBe('2016-07-15');
  });

  it('converts both digit sets to ASCII', () => {
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789');
  });
});

describe('parseDate: not dates', () => {
  it.each(['31-02-2016', '29 февраля 2015', '32-01-2016', '15-13-2016'])('rejects the impossible date %s', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });

  it.each(['', 'hello', '2016', 'July 2016', '1.2.3', '12 February 2015 Casualties mount'])(
    'rejects %j, which is not (only) a date',
    (raw) => {
      expect(parseDate(raw)).toBeNull();
    },
  );
});

describe('parseDateWithOrder', () => {
  it('reads the fa-kes m/d/yy column month-first', () => {
    expect(parseDateWithOrder('4/18/17', 'mdy')).toBe('2017-04-18');
    expect(parseDateWithOrder('10/6/16', 'mdy')).toBe('2016-10-06');
  });

  it('reads the same numbers day-first when asked', () => {
    expect(parseDateWithOrder('10/6/16', 'dmy')).toBe('2016-06-10');
  });

  it('reads worded dates the same whatever the order', () => {
    expect(parseDateWithOrder('6 October 2016', 'mdy')).toBe('2016-10-06');
  });
});

describe('inferDateOrder', () => {
  it('finds month-first when a second number exceeds 12', () => {
    expect(inferDateOrder(['1/2/15', '4/18/17'])).toBe('mdy');
  });

  it('finds day-first when a first number exceeds 12', () => {
    expect(inferDateOrder(['18/4/17', '1/2/15'])).toBe('dmy');
  });

  it('says nothing when no value decides it', () => {
    expect(inferDateOrder(['1/2/15', '3/4/16'])).toBeNull();
  });
});

describe('splitLeadingDate', () => {
  it('lifts a worded date that opens the text', () => {
    expect(splitLeadingDate('12 February 2015 Casualties mount in Douma')).toEqual({
      date: '2015-02-12',
      rest: 'Casualties mount in Douma',
    });
  });

  it('lifts a weekday, date and time together', () => {
    expect(splitLeadingDate('Fri 07 Apr 2017 at 0914 Homs governor says')).toEqual({
      date: '2017-04-07',
      rest: 'Homs governor says',
    });
  });

  it('does not take a number that follows the date as part of it', () => {
    expect(splitLeadingDate('May 24 2017 16 Civilians Dead')).toEqual({
      date: '2017-05-24',
      rest: '16 Civilians Dead',
    });
  });

  it('finds nothing when a date is glued to the next word', () => {
    expect(splitLeadingDate('21.08.2013Get short URL')).toBeNull();
  });

  it('finds nothing in ordinary text that starts with a number', () => {
    expect(splitLeadingDate('10 dead after strikes on hospitals')).toBeNull();
  });
});

describe('parseDate: patterns and their separators', () => {
  it('reads a dashed worded date after the spaced patterns fail', () => {
    expect(parseDate('19-OCT-1987')).toBe('1987-10-19');
  });

  it('reads a spaced date with a comma, and a slashed one month first', () => {
    expect(parseDate('11 September, 2017')).toBe('2017-09-11');
    expect(parseDateWithOrder('4/18/17', 'mdy')).toBe('2017-04-18');
  });

  it('finds no date in a dateline head that goes on past the year', () => {
    expect(parseDate('March 3, 2017 (Reuters) - The')).toBeNull();
    expect(splitLeadingDate('March 3, 2017 (Reuters) - The talks')).toEqual({
      date: '2017-03-03',
      rest: '(Reuters) - The talks',
    });
  });
});

describe('splitLeadingDate: heads without digits', () => {
  it('splits a leading date written in Arabic-Indic or Persian digits', () => {
    expect(splitLeadingDate('٢٤.٠٨.٢٠١٣ قالت وسائل الإعلام')).toEqual({
      date: '2013-08-24',
      rest: 'قالت وسائل الإعلام',
    });
    expect(splitLeadingDate('۲۴.۰۸.۲۰۱۳ text here')).toEqual({ date: '2013-08-24', rest: 'text here' });
  });

  it('finds no leading date when the date comes after the first words', () => {
    expect(splitLeadingDate('Syrian state media said on 24.08.2013')).toBeNull();
  });
});
