import { describe, expect, it } from 'vitest';
import { readItems, readOne } from './read-sample';

const G2 = 'xmlns="http://iptc.org/std/nar/2006-10-01/"';

describe('NewsML 1.2 reader', () => {
  it('reads bare <p> in DataContent and FirstCreated with its offset (afp20.xml)', async () => {
    const item =
      await readOne(`<NewsML><NewsItem><Identification><NewsIdentifier><RevisionId>1</RevisionId><PublicIdentifier>urn:newsml:afp.com:1</PublicIdentifier></NewsIdentifier></Identification>
      <NewsManagement><FirstCreated>20240710T125902Z</FirstCreated><Status FormalName="Usable"/></NewsManagement>
      <NewsComponent><NewsLines><HeadLine>Titre</HeadLine><DateLine>Strasbourg, 10 juil 2024 (AFP)</DateLine></NewsLines>
      <DescriptiveMetadata><Language FormalName="fr"/></DescriptiveMetadata>
      <NewsComponent><ContentItem><MediaType FormalName="Text"/><DataContent><p>Premier paragraphe.</p><p>Second.</p></DataContent></ContentItem></NewsComponent></NewsComponent></NewsItem></NewsML>`);
    expect(item).toMatchObject({
      guid: 'urn:newsml:afp.com:1',
      version: '1',
      date: '2024-07-10',
      dateTime: '2024-07-10T12:59:02Z',
      place: 'Strasbourg',
      agency: 'AFP',
      language: 'fr',
      pubStatus: 'usable',
      paragraphs: ['Premier paragraphe.', 'Second.'],
    });
  });
});

describe('NewsML-G2 reader', () => {
  it('reads every text item of a newsMessage and skips the picture with a warning', async () => {
    const item = (guid: string, cls: string): string =>
      `<newsItem guid="${guid}" version="2"><itemMeta><itemClass qcode="ninat:${cls}"/><firstCreated>2018-02-26T21:20:36Z</firstCreated></itemMeta><contentMeta><headline>${guid}</headline></contentMeta><contentSet><inlineXML><html><body><p>Text ${guid}.</p></body></html></inlineXML></contentSet></newsItem>`;
    const outcome = await import('../../../src-main/core/parse/wire/read-wire').then((m) =>
      m.readWire(
        new TextEncoder().encode(
          `<newsMessage ${G2}><itemSet>${item('a', 'text')}${item('p', 'picture')}${item('b', 'text')}</itemSet></newsMessage>`,
        ),
        'm.xml',
      ),
    );
    expect(outcome.ok && outcome.items.map((i) => i.guid)).toEqual(['a', 'b']);
    expect(outcome.ok && outcome.warnings).toEqual(['newsItem p is picture, not text; skipped']);
  });

  it('splits one <p> of indented plain text into paragraphs and finds the dateline after the summary (Reuters)', async () => {
    const text =
      '(Adds comments)\n    * Gold may edge up\n\n    By Arpan Varghese\n    Jan 30 (Reuters) - Gold rose on Tuesday\non safe haven demand.\n    Traders waited.\n\n (Reporting by Arpan Varghese; Editing by Joseph Radford)';
    const item = await readOne(
      `<newsItem ${G2} guid="g"><contentMeta><creditline>Reuters</creditline></contentMeta><contentSet><inlineXML><html><body><p>${text}</p></body></html></inlineXML></contentSet></newsItem>`,
    );
    expect(item.paragraphs).toEqual([
      '(Adds comments)',
      '* Gold may edge up',
      'By Arpan Varghese',
      'Jan 30 (Reuters) - Gold rose on Tuesday on safe haven demand.',
      'Traders waited.',
    ]);
    expect(item).toMatchObject({
      byline: 'By Arpan Varghese',
      dateline: 'Jan 30 (Reuters) -',
      place: null,
      agency: 'Reuters',
      trailer: ['(Reporting by Arpan Varghese; Editing by Joseph Radford)'],
    });
  });

  it('takes a first paragraph that repeats <by> as the byline, not body, and ignores a timestamp dateline', async () => {
    const item = await readOne(
      `<newsItem ${G2} guid="g"><contentMeta><dateline>2014-07-16 15:53:10 GMT+00:00</dateline><by>By Marwan Makdisi</by></contentMeta><contentSet><inlineXML><html><body><p>By Marwan Makdisi</p><p>DAMASCUS (Reuters) - Assad was sworn in.</p></body></html></inlineXML></contentSet></newsItem>`,
    );
    expect(item).toMatchObject({
      bylineInBody: true,
      paragraphs: ['DAMASCUS (Reuters) - Assad was sworn in.'],
      place: 'DAMASCUS',
      dateline: 'DAMASCUS (Reuters) -',
    });
  });

  it('decodes double-escaped entities and counts a <p> holding an <h3> (stt_newsml_test.xml)', async () => {
    const item = await readOne(
      `<newsItem ${G2} guid="g"><contentSet><inlineXML><html><body><p>At 4 o&amp;#39;clock &amp;quot;yes&amp;quot;</p><h2>Sub</h2><p>\n<h3>Heading in a paragraph</h3>\n</p></body></html></inlineXML></contentSet></newsItem>`,
    );
    expect(item.paragraphs).toEqual(['At 4 o\'clock "yes"', 'Heading in a paragraph']);
  });

  it('reads signals, embargo, located and a zone-less time without inventing an offset', async () => {
    const item = await readOne(
      `<newsItem ${G2} guid="g" version="9" xml:lang="en-GB"><itemMeta><itemClass qcode="ninat:text"/><firstCreated>2019-04-15T11:12:24</firstCreated><embargoed>2016-10-23T12:00:00Z</embargoed><pubStatus qcode="stat:usable"/><signal qcode="sig:update"/></itemMeta><contentMeta><located><name>Berlin</name></located><subject qcode="medtop:04000000"><broader qcode="medtop:1"/></subject></contentMeta></newsItem>`,
    );
    expect(item).toMatchObject({
      dateTime: '2019-04-15T11:12:24',
      dateUtc: null,
      embargo: '2016-10-23T12:00:00Z',
      place: 'Berlin',
      language: 'en',
      subjects: ['medtop:04000000'],
      status: 'embargoed',
    });
    expect(item.flags.sort()).toEqual(['embargoed', 'update']);
  });

  it('marks a correction from the editor\u2019s public note and keeps the private note as what changed', async () => {
    const items = await readItems(
      `<newsItem ${G2} guid="g"><itemMeta><edNote role="sttnote:private">2. kpl korjattu</edNote><edNote role="sttnote:public">Korjattu aiempaa uutista: lähde.</edNote></itemMeta><contentSet><inlineXML><html><body><p>Teksti.</p></body></html></inlineXML></contentSet></newsItem>`,
    );
    expect(items[0]).toMatchObject({
      ednote: 'Korjattu aiempaa uutista: lähde.',
      status: 'correction',
      correctionNote: '2. kpl korjattu',
    });
  });
});
