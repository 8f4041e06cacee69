import { describe, expect, it } from 'vitest';
import { readWire } from '../../../src-main/core/parse/wire/read-wire';
import { readOne } from './read-sample';

const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
const text = {
  guid: 'g1',
  type: 'text',
  version: '4',
  firstcreated: '2017-07-03T01:38:13+0000',
  versioncreated: '2017-08-24T01:58:40+0000',
  headline: 'Oil edges up',
};

describe('ninjs reader', () => {
  it('writes an offset given without a colon (+0000) in ISO form and reads source as the agency', async () => {
    const item = await readOne(
      json({
        ...text,
        source: 'Reuters',
        located: 'Singapore',
        body_html: '<p>Oil prices edged up on Monday,\nsupported by drilling.<br/></p>',
      }),
    );
    expect(item).toMatchObject({
      dateTime: '2017-07-03T01:38:13+00:00',
      dateUtc: '2017-07-03T01:38:13Z',
      versionCreated: '2017-08-24T01:58:40+00:00',
      agency: 'Reuters',
      place: 'Singapore',
    });
    expect(item.paragraphs).toEqual(['Oil prices edged up on Monday, supported by drilling.']);
  });

  it('unwraps the AP Media API envelope and takes altids.itemid as the id, not the API uri', async () => {
    const item = await readOne(
      json({
        api_version: '1.1',
        data: {
          item: {
            uri: 'https://api.example/content/5ee9?qt=x',
            altids: { itemid: '5ee9' },
            version: 0,
            type: 'text',
            firstcreated: '2019-07-03T04:05:12Z',
            headline: 'BC-BBN--Top Ten',
            provider: 'AP',
          },
        },
      }),
    );
    expect(item).toMatchObject({ guid: '5ee9', version: '0', agency: 'AP', paragraphs: [] });
  });

  it('unwraps the BBC paging envelope and treats a body without <p> as one paragraph', async () => {
    const item = await readOne(
      json({
        total: 1,
        limit: 20,
        offset: 0,
        item: [
          {
            uri: 'https://example.com/1',
            type: 'advisory',
            firstcreated: '2018-05-28T16:40:08',
            body_html: '<strong>body</strong>',
          },
        ],
      }),
    );
    expect(item).toMatchObject({
      guid: 'https://example.com/1',
      paragraphs: ['body'],
      dateTime: '2018-05-28T16:40:08',
      dateUtc: null,
    });
  });

  it('skips a picture item and reports that associations were not read as articles', async () => {
    const outcome = await readWire(
      json([
        { ...text, guid: 'pic', type: 'picture' },
        { ...text, associations: { featuremedia: { type: 'picture' } }, body_html: '<p>Story.</p>' },
      ]),
      'n.json',
    );
    expect(outcome.ok && outcome.items.map((i) => i.guid)).toEqual(['g1']);
    expect(outcome.ok && outcome.warnings).toEqual(['ninjs item pic is picture, not text; skipped']);
    expect(outcome.ok && outcome.items[0]!.warnings).toEqual([
      '1 association(s) (pictures or media) not read as articles',
    ]);
  });
});
