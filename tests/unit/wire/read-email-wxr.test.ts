import { describe, expect, it } from 'vitest';
import { readWire } from '../../../src-main/core/parse/wire/read-wire';
import { readItems, readOne } from './read-sample';

const mail = (headers: string[], body: string[]): string => [...headers, '', ...body].join('\r\n');
const HEAD = [
  'Message-ID: <m1@example.com>',
  'Date: Thu, 19 Feb 2015 17:18:40 +1100',
  'From: a sender <a@example.com>',
  'MIME-Version: 1.0',
];

describe('e-mail reader', () => {
  it('decodes an RFC 2047 subject and a quoted-printable body, and cuts at the "-- " signature', async () => {
    const item = await readOne(
      mail(
        [
          ...HEAD,
          'Subject: =?utf-8?Q?Caf=C3=A9=20prices?=',
          'Content-Type: text/plain; charset=utf-8',
          'Content-Transfer-Encoding: quoted-printable',
        ],
        ['First caf=C3=A9 paragraph.', '', 'Second one.', '', '-- ', 'Desk signature'],
      ),
    );
    expect(item).toMatchObject({
      guid: '<m1@example.com>',
      title: 'Café prices',
      dateTime: '2015-02-19T17:18:40+11:00',
      dateUtc: '2015-02-19T06:18:40Z',
      dateRaw: 'Thu, 19 Feb 2015 17:18:40 +1100',
      paragraphs: ['First café paragraph.', 'Second one.'],
    });
  });

  it('reads a base64 body, even after a leading line of spaces (simple_email.txt)', async () => {
    const body = Buffer.from('Line one.\nLine two.\n').toString('base64');
    const item = await readOne(
      ' '.repeat(255) +
        '\n' +
        mail(
          [...HEAD, 'Subject: B', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64'],
          [body],
        ),
    );
    // No blank line in the body: one paragraph per line.
    expect(item.paragraphs).toEqual(['Line one.', 'Line two.']);
  });

  it('reads an AAP Google-Form body for headline, slugline, place and urgency, mending a CRLF inside a string', async () => {
    const form =
      '{"Headline":["TEST NZ HEADER"],"Slugline":["NZTEST"],"Dateline":["AUCKLAND"],"News Value":["1"],"Priority":["5"],"Timestamp":["9/14/2015\r\n12:06:00"],"Body":["First.\\n\\nSecond."]}';
    const item = await readOne(
      mail(
        [
          ...HEAD,
          'Subject: Formatted Editorial Story',
          'Content-Type: text/plain; charset=ISO-8859-1; format=flowed; delsp=yes',
        ],
        [form],
      ),
    );
    expect(item).toMatchObject({
      title: 'TEST NZ HEADER',
      slugline: 'NZTEST',
      place: 'AUCKLAND',
      dateline: null,
      urgency: 1,
      priority: 5,
      paragraphs: ['First.', 'Second.'],
    });
  });

  it('leaves the language unset for a stub too short to tell', async () => {
    const item = await readOne(mail([...HEAD, 'Subject: Test', 'Content-Type: text/plain'], ['body text']));
    expect(item.language).toBeNull();
  });

  it('reads each message of an mbox and reports one that has no text', async () => {
    const one = (id: string, body: string): string =>
      `From x@example.com Thu Feb 19 17:18:40 2015\n${mail([`Message-ID: <${id}>`, 'From: a@example.com', `Subject: ${id}`], [body])}\n\n`;
    const empty = `From x@example.com Thu Feb 19 17:18:40 2015\n${mail(['Message-ID: <e>', 'From: a@example.com', 'Subject: e'], [''])}\n\n`;
    const outcome = await readWire(
      new TextEncoder().encode(one('a', 'Story a.') + empty + one('b', 'From the desk: story b.')),
      'box.mbox',
    );
    expect(outcome.ok && outcome.items.map((i) => i.title)).toEqual(['a', 'b']);
    expect(outcome.ok && outcome.warnings).toEqual(['message 2: e-mail has no text body']);
  });
});

describe('WordPress WXR reader', () => {
  const wxr = (items: string): string =>
    `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><language>en-US</language>${items}</channel></rss>`;
  const post = (guid: string, content: string, type = 'post'): string =>
    `<item><title>${guid}</title><pubDate>Sun, 07 Jul 3013 15:06:01 +0000</pubDate><guid>${guid}</guid><content:encoded><![CDATA[${content}]]></content:encoded><wp:post_type>${type}</wp:post_type><category domain="category">Business</category><category domain="post_tag">companies</category></item>`;

  it('makes each text line a paragraph when there is no <p>, the first being the byline (test2)', async () => {
    const item = await readOne(
      wxr(post('p1', 'By Tester\nHarare, July 19 (The SDNewTester) - Cash-strapped StarAfrica.\n<hr>\nBla bla test')),
    );
    expect(item).toMatchObject({
      byline: 'By Tester',
      bylineInBody: true,
      paragraphs: ['Harare, July 19 (The SDNewTester) - Cash-strapped StarAfrica.', 'Bla bla test'],
      place: 'Harare',
      agency: 'The SDNewTester',
      language: 'en',
      subjects: ['Business'],
      keywords: ['companies'],
      date: '3013-07-07',
    });
  });

  it('finds the byline and dateline on the first lines of a single <p> without splitting it', async () => {
    const item = await readOne(
      wxr(post('p0', '<p>By Tester\nHarare, July 19 (The SDNewTester) - Cash-strapped.\nBla bla test</p>')),
    );
    expect(item).toMatchObject({
      byline: 'By Tester',
      bylineInBody: false,
      place: 'Harare',
      paragraphs: ['By Tester Harare, July 19 (The SDNewTester) - Cash-strapped. Bla bla test'],
    });
  });

  it('skips attachments and posts with no text, with a warning for each', async () => {
    const outcome = await readWire(
      new TextEncoder().encode(
        wxr(post('a', '', 'attachment') + post('e', '<hr/><img src="x"/>') + post('t', '<strong>toto</toto>')),
      ),
      'w.xml',
    );
    expect(outcome.ok && outcome.items.map((i) => i.paragraphs)).toEqual([['toto']]);
    expect(outcome.ok && outcome.warnings).toEqual([
      'WXR item a is an attachment, not an article; skipped',
      'WXR item e has no text; skipped',
    ]);
  });
});

it('reads several messages of one ANPA file as several items', async () => {
  const msg = (n: number): string =>
    `\x16\x16\x01W287${n}\x1fasian\nr a\x13\x11 BC-Story${n}     11-13 0100\n\x02^BC-Story${n}<\n^Headline ${n}<\n\t   Text ${n}.\n\x03AP-WF-11-13-13 1509GMT<\n\x0c\x04`;
  const items = await readItems(msg(1) + msg(2));
  expect(items.map((i) => i.title)).toEqual(['Headline 1', 'Headline 2']);
});
