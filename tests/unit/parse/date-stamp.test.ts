import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src-main/core/parse/date';
import { stampDay } from '../../../src-main/core/parse/date-stamp';

describe('stampDay', () => {
  it('cuts the clock time off a Reuters, an RFC 822 and an ISO 8601 stamp', () => {
    expect(stampDay(' 5-MAR-1987 09:08:07.66')).toBe('5-MAR-1987');
    expect(stampDay('Sun, 31 Mar 2019 11:25:54 GMT')).toBe('Sun, 31 Mar 2019');
    expect(stampDay('Sat, 02 Nov 2019 21:33:48 +0400')).toBe('Sat, 02 Nov 2019');
    expect(stampDay('2019-03-31T11:25:54+04:00')).toBe('2019-03-31');
  });

  it('gives the day date.ts reads from the whole stamp, an impossible day included', () => {
    for (const stamp of [
      '5-MAR-1987 09:08:07.66',
      '31-FEB-1987 09:08:07.66',
      'Mon, 31 Mar 2019 11:25:54 +0400',
      '2019-02-30T11:25:54Z',
    ])
      expect(parseDate(stampDay(stamp))).toBe(parseDate(stamp));
  });

  it('passes any other text on whole', () => {
    for (const text of [
      '5-MAR-1987 09:08:07.66 extra',
      '3-Mar-2019\t1:2:3',
      '31 March 2019',
      'Sun, 31 Mar 2019 11:25 GMT',
    ])
      expect(stampDay(text)).toBe(text);
  });
});
