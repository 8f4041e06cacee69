import { describe, expect, it } from 'vitest';
import { readOne } from './read-sample';

const nitf = (docdata: string, bodyHead: string, content: string, head = ''): string =>
  `<?xml version="1.0"?><nitf><head>${head}<docdata>${docdata}</docdata></head><body><body.head>${bodyHead}</body.head><body.content>${content}</body.content></body></nitf>`;

describe('NITF reader', () => {
  it('takes the agency from an agency-code doc-id prefix when nothing else credits one (aap.xml)', async () => {
    const item = await readOne(
      nitf(
        '<doc-id id-string="AAP.115314987.5417374"/>',
        '<hedline><hl1>H</hl1></hedline>',
        '<p>Text of the story.</p>',
      ),
    );
    expect(item).toMatchObject({ guid: 'AAP.115314987.5417374', agency: 'AAP', pubStatus: 'usable' });
  });

  it('does not take a lower-case id prefix such as iptc. for an agency (nitf-fishing.xml)', async () => {
    const item = await readOne(
      nitf(
        '<doc-id id-string="iptc.321656141.b"/><del-list><from-src src-name="iptc.org"/></del-list>',
        '',
        '<p>Text.</p>',
      ),
    );
    expect(item.agency).toBeNull();
  });

  it('prefers hl1 over head/title and leaves the byline title out of the byline', async () => {
    const item = await readOne(
      nitf(
        '',
        '<hedline><hl1>Real headline</hl1></hedline><byline>By <person>Alan Karben</person><byttl>AP Business Writer</byttl></byline>',
        '<p>Text.</p>',
        '<title>1 SPORT slug</title>',
      ),
    );
    expect(item).toMatchObject({ title: 'Real headline', byline: 'By Alan Karben' });
  });

  it('drops a byline that is only editors\u2019 initials (efe_nitf.xml gr/bp)', async () => {
    const item = await readOne(nitf('', '<byline>gr/bp</byline>', '<p>Tegucigalpa, Jan 2 (EFE).- Test body.</p>'));
    expect(item).toMatchObject({
      byline: null,
      place: 'Tegucigalpa',
      dateline: 'Tegucigalpa, Jan 2 (EFE).-',
      agency: 'EFE',
    });
  });

  it('reads an embargo from management-status and date.release, with the offset kept (pa3.xml)', async () => {
    const item = await readOne(
      nitf(
        '<date.issue norm="20160908T132446+0100"/><date.release norm="20160909T000100+0100"/>',
        '',
        '<p>Text.</p>',
      ).replace('<docdata>', '<docdata management-status="embargoed">'),
    );
    expect(item).toMatchObject({
      dateTime: '2016-09-08T13:24:46+01:00',
      dateUtc: '2016-09-08T12:24:46Z',
      embargo: '2016-09-09T00:01:00+01:00',
      status: 'embargoed',
      flags: ['embargoed'],
    });
  });

  it('counts only body.content paragraphs: not an editor\u2019s note in body.head, not lists, media or headings', async () => {
    const item = await readOne(
      nitf(
        '',
        '<note><body.content><p>Editors note.</p></body.content></note>',
        '<media><media-caption><p>Caption.</p></media-caption></media><p>One <br/>line.</p><hl2>Sub</hl2><p/><block><p>Two.</p><ul><li>Item</li></ul></block><p>Three.</p>',
      ),
    );
    expect(item.paragraphs).toEqual(['One line.', 'Two.', 'Three.']);
  });

  it('takes a sign-off paragraph off the end into the trailer (aap.xml "AAP RTV ar", pa1.xml "ends")', async () => {
    const item = await readOne(nitf('', '', '<p>Story.</p><p>More story.</p><p>AAP RTV ar</p>'));
    expect(item).toMatchObject({ paragraphs: ['Story.', 'More story.'], trailer: ['AAP RTV ar'] });
  });

  it('keeps table rows apart from paragraphs (ap_media_text_nitf.xml)', async () => {
    const item = await readOne(
      nitf(
        '',
        '',
        '<table><tr><th>TOP TEN</th></tr><tr><td>McNeil NYM</td><td>.351</td></tr></table><p>Yelich, Milwaukee, 31.</p>',
      ),
    );
    expect(item).toMatchObject({ paragraphs: ['Yelich, Milwaukee, 31.'], tableRows: ['TOP TEN', 'McNeil NYM | .351'] });
  });

  it('reads a genuine ISO-8859-1 file as declared, and a UTF-8 file that declares ISO-8859-1 as UTF-8', async () => {
    const doc = (body: string): string =>
      `<?xml version="1.0" encoding="iso-8859-1"?><nitf><body><body.content><p>${body}</p></body.content></body></nitf>`;
    const latin1 = Uint8Array.from([...doc('\u00a366bn')].map((c) => c.charCodeAt(0)));
    expect((await readOne(latin1)).paragraphs).toEqual(['£66bn']);
    const utf8 = await readOne(doc('Décès à Strasbourg'));
    expect(utf8.paragraphs).toEqual(['Décès à Strasbourg']);
    expect(utf8.warnings).toEqual([]);
  });
});
