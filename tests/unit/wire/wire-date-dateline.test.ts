import { describe, expect, it } from 'vitest';
import { parseWireDate } from '../../../src-main/core/parse/wire/wire-date';
import { parseDatelineText, parseInlineDateline } from '../../../src-main/core/parse/wire/wire-dateline';

describe('parseWireDate', () => {
  it.each([
    ['20131020T192751+1100', '2013-10-20', '2013-10-20T19:27:51+11:00', '2013-10-20T08:27:51Z'],
    ['20161011T001327+0100', '2016-10-11', '2016-10-11T00:13:27+01:00', '2016-10-10T23:13:27Z'],
    ['2016-04-13 04:52:21+00:00', '2016-04-13', '2016-04-13T04:52:21+00:00', '2016-04-13T04:52:21Z'],
    ['2013-03-01T15:09:04.000Z', '2013-03-01', '2013-03-01T15:09:04.000Z', '2013-03-01T15:09:04.000Z'],
    ['2016-10-18T13:12:21-05:00', '2016-10-18', '2016-10-18T13:12:21-05:00', '2016-10-18T18:12:21Z'],
    ['2019-04-15T11:12:24', '2019-04-15', '2019-04-15T11:12:24', null],
    ['Thu, 19 Feb 2015 17:18:40 +1100', '2015-02-19', '2015-02-19T17:18:40+11:00', '2015-02-19T06:18:40Z'],
    ['Sun, 07 Jul 3013 15:06:01 +0000', '3013-07-07', '3013-07-07T15:06:01+00:00', '3013-07-07T15:06:01Z'],
    ['AP-WF-11-13-13 1509GMT', '2013-11-13', '2013-11-13T15:09:00Z', '2013-11-13T15:09:00Z'],
    ['131137 GMT Nov 13', '2013-11-13', '2013-11-13T11:37:00Z', '2013-11-13T11:37:00Z'],
  ])('reads %s as written, offset kept', (raw, date, dateTime, dateUtc) => {
    expect(parseWireDate(raw)).toEqual({ date, dateTime, dateUtc, raw });
  });

  it('answers null for text that is no timestamp', () => {
    expect(parseWireDate('March 22')).toBeNull();
    expect(parseWireDate('2016-13-40T00:00:00Z')).toBeNull();
  });
});

describe('datelines', () => {
  it.each([
    ['NEW YORK (AP) — The gas', 'NEW YORK (AP) —', 'NEW YORK', 'AP'],
    ['FORT WASHINGTON, Pa. (AP) _ Nutrisystem', 'FORT WASHINGTON, Pa. (AP) _', 'FORT WASHINGTON, Pa.', 'AP'],
    ['Tegucigalpa, Jan 2 (EFE).- Test body.', 'Tegucigalpa, Jan 2 (EFE).-', 'Tegucigalpa', 'EFE'],
    ['Jan 30 (Reuters) - Gold rose', 'Jan 30 (Reuters) -', null, 'Reuters'],
    ['(ANSA) - ROMA, 1 LUG - TEST FROM XAWES', '(ANSA) - ROMA, 1 LUG -', 'ROMA', 'ANSA'],
    ['SYDNEY March 22 AAP - Shares fell', 'SYDNEY March 22 AAP -', 'SYDNEY', 'AAP'],
  ])('reads the dateline opening %j', (text, dateline, place, agency) => {
    expect(parseInlineDateline(text)).toEqual({ text: dateline, place, agency });
  });

  it('does not read a sentence with an aside in brackets as a dateline', () => {
    expect(
      parseInlineDateline('The company said on Friday. Its rival (Acme) - a maker of boats - declined.'),
    ).toBeNull();
  });

  it('reads a dateline element without a dash, and a bare place', () => {
    expect(parseDatelineText('STOCKHOLM, Aug 29, 2014 (AFP)')).toMatchObject({ place: 'STOCKHOLM', agency: 'AFP' });
    expect(parseDatelineText('Helsinki')).toEqual({ text: 'Helsinki', place: 'Helsinki', agency: null });
  });
});
