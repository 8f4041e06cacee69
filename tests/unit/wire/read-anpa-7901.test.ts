import { describe, expect, it } from 'vitest';
import { readItems, readOne } from './read-sample';

const anpa = (header: string, lines: string[], trailer = 'AP-WF-11-13-13 1509GMT'): string =>
  `\x16\x16\x01W2870\x1fasian\n${header}\n\x02${lines.join('\n')}\n\t   \x03${trailer}<\n\n\x0c\n\x04`;

describe('ANPA-1312 reader', () => {
  it('reads the ^ header lines, strips typesetting codes and takes TAB lines as paragraphs', async () => {
    const item = await readOne(
      anpa('f l\x13\x11 BC-LT--Argentina-CancerB     11-13 1049', [
        '^BC-LT--Argentina-Cancer Beauty,466<',
        '^For Argentine chemo patients, mirrors can hurt <',
        '^Eds: With AP Photos.<',
        '^By PAUL BYRNE=',
        '\t   BUENOS AIRES, Argentina (AP) _ For cancer patients, a mirror hurts. ',
        ' ',
        '\t   ___',
      ]),
    );
    expect(item).toMatchObject({
      title: 'For Argentine chemo patients, mirrors can hurt',
      slugline: 'Argentina-Cancer',
      byline: 'By PAUL BYRNE',
      ednote: 'With AP Photos.',
      priority: 1,
      place: 'BUENOS AIRES, Argentina',
      dateline: 'BUENOS AIRES, Argentina (AP) _',
      agency: 'AP',
      dateTime: '2013-11-13T15:09:00Z',
      paragraphs: ['BUENOS AIRES, Argentina (AP) _ For cancer patients, a mirror hurts.', '___'],
    });
  });

  it('takes no headline from a ^ line that comes after the text (anpa-3.tst "END")', async () => {
    const item = await readOne(
      anpa('u i\x14\x12 BC-WEA--GlobalWeather-Fa     11-13 0895', [
        '^BC-WEA--Global Weather-Fahrenheit,<',
        '\t   NEW YORK (AP) _ Temperatures:<',
        '\t   Amsterdam;42;50;rn<',
        '^END<',
      ]),
    );
    expect(item.title).toBeNull();
    expect(item.paragraphs).toEqual(['NEW YORK (AP) _ Temperatures:', 'Amsterdam;42;50;rn']);
  });

  it('keeps BS tab-line rows as table rows without their DLE space bands', async () => {
    const item = await readOne(
      anpa('r z\x14\x12 BC-BBO--BaseballExpanded     05-17 0820', [
        '^BC-BBO--Baseball Expanded Glance<',
        '^Baseball Expanded Standings=',
        '\bTampa\x10 Bay;17;19\x10 ',
      ]),
    );
    expect(item).toMatchObject({
      title: 'Baseball Expanded Standings',
      slugline: 'BBO--BaseballExpanded',
      tableRows: ['Tampa Bay;17;19'],
    });
  });

  it('flags a write-through from the take key and an alert from the keyword', async () => {
    const [thru] = await readItems(
      anpa('r d\x13\x11 BC-US--GiantLobsterDeath 1stLd-Writethru   08-29 0590', [
        '^BC-US--Giant Lobster Death<',
        '^$210 lobster is found dead<',
        '\t   A lobster died.',
      ]),
    );
    const [alert] = await readItems(
      anpa('b a\x13\x11 BC-US--APNewsAlert     06-29 0358', [
        '^BC-US--APNewsAlert,17<',
        '\t   HONOLULU (AP) _ Hawaii sues.',
      ]),
    );
    expect(thru!.flags).toEqual(['writethru']);
    expect(thru!.title).toBe('$210 lobster is found dead');
    expect(alert).toMatchObject({ flags: ['alert'], title: null });
  });
});

describe('IPTC 7901 reader (dpa)', () => {
  const dpa = (stx: string[], body: string[], date = '212101 GMT Nov 18'): string =>
    [
      '\x01eca0124 3 i 93  dpa 1888',
      '',
      'Yemen/conflict/',
      `\x02${stx.join('\r\n')}`,
      '',
      ...body,
      '',
      `\x03${date}`,
      '\x7f',
      '\x7f\x04',
    ].join('\r\n');

  it('reads take key and headline up to the " =" line, the date after ETX, and leaves the notebook out', async () => {
    const item = await readOne(
      dpa(
        ['EXTRA', 'Peace talks on Yemen next month, Mattis says ='],
        [
          'Washington (dpa) - Mattis says he expects',
          'talks in Sweden.',
          '',
          'He credited Saudi Arabia.',
          '',
          '# Notebook',
          '',
          '## Internet links',
          '- [DOD news](http://x)',
          '',
          'dpa grj rmo',
        ],
      ),
    );
    expect(item).toMatchObject({
      title: 'Peace talks on Yemen next month, Mattis says',
      slugline: 'Yemen/conflict',
      priority: 3,
      dateTime: '2018-11-21T21:01:00Z',
      dateRaw: '212101 GMT Nov 18',
      place: 'Washington',
      agency: 'dpa',
      paragraphs: ['Washington (dpa) - Mattis says he expects talks in Sweden.', 'He credited Saudi Arabia.'],
      trailer: ['dpa grj rmo'],
    });
  });

  it('takes the agency from the header line when the text has no dateline (dpa_copyright.txt)', async () => {
    const item = await readOne(
      dpa(['(Achtung)', 'Impressum ='], ['copyright by dpa copyright by dpa'], '242200 GMT Jun 17'),
    );
    expect(item).toMatchObject({ title: 'Impressum', agency: 'dpa', date: '2017-06-24' });
  });
});
