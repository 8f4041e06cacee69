import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectWire } from '../../../src-main/core/parse/wire/detect-wire';

const shared = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared');
const wireDir = process.env.WIRE_DIR ?? join(shared, 'wire');
const corpusDir = join(shared, 'corpus');
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('detectWire', () => {
  it.skipIf(!existsSync(join(wireDir, 'items.json')))(
    'names the format of every dev wire file from its content alone',
    () => {
      const items = JSON.parse(readFileSync(join(wireDir, 'items.json'), 'utf8')) as Array<{
        file: string;
        format: string;
      }>;
      const wrong = [...new Map(items.map((i) => [i.file, i.format])).entries()]
        .map(([file, format]) => ({
          file,
          want: format === 'dpa-text' ? 'iptc7901' : format,
          got: detectWire(readFileSync(join(wireDir, 'files', file))),
        }))
        .filter((r) => r.got !== r.want);
      expect(wrong).toEqual([]);
    },
  );

  it.skipIf(!existsSync(corpusDir))('leaves every ordinary dispatch of the corpus to the existing readers', () => {
    const files = filesUnder(corpusDir).filter((f) => !f.endsWith('SOURCES.md'));
    expect(files.length).toBeGreaterThan(600);
    const detected = files.filter((f) => detectWire(readFileSync(f)) !== null);
    expect(detected).toEqual([]);
  });

  it('does not take a plain-text dispatch that opens with a From: line for an e-mail', () => {
    expect(
      detectWire(bytes('From: Reuters\nSubject: Oil rises\n\nLONDON (Reuters) - Oil rose on Monday.\n')),
    ).toBeNull();
  });

  it('takes a header block with a route or message id for an e-mail', () => {
    expect(detectWire(bytes('Message-ID: <1@x>\nFrom: a@b.c\nSubject: Hi\n\nBody\n'))).toBe('email');
  });

  it('does not take an HTML page, an RSS feed or a JSON list of dispatches for wire', () => {
    expect(detectWire(bytes('<!doctype html><html><body><p>NEW YORK (AP) — text</p></body></html>'))).toBeNull();
    expect(
      detectWire(
        bytes('<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</title></item></channel></rss>'),
      ),
    ).toBeNull();
    expect(detectWire(bytes('[{"title": "Oil rises", "date": "2017-01-01", "text": "Oil rose."}]'))).toBeNull();
  });

  it('knows NITF, NewsML 1.2 and NewsML-G2 by their root element, not the extension', () => {
    expect(
      detectWire(
        bytes('<?xml version="1.0"?>\n<!-- feed -->\n<!DOCTYPE nitf SYSTEM "nitf.dtd">\n<nitf><head/></nitf>'),
      ),
    ).toBe('nitf');
    expect(detectWire(bytes('<NewsML Version="1.2"><NewsItem/></NewsML>'))).toBe('newsml12');
    expect(detectWire(bytes('<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header/></newsMessage>'))).toBe(
      'newsmlg2',
    );
  });

  it('knows ANPA-1312 and IPTC 7901 by their control-character framing', () => {
    expect(
      detectWire(bytes('\x16\x16\x01W2870\x1fasian\nf l\x13\x11 BC-X     11-13 1049\n\x02^X<\n\tText\n\x03AP-WF\n')),
    ).toBe('anpa1312');
    expect(
      detectWire(
        bytes('\x01eca062 4 i 211 dpa 061\r\n\r\nKey/\r\n\x02Head =\r\n\r\nText\r\n\x03131137 GMT Nov 13\r\n'),
      ),
    ).toBe('iptc7901');
  });
});

describe('detectWire: the ninjs sniff', () => {
  const ninjs = (key: string): Uint8Array =>
    new TextEncoder().encode(`{"uri": "urn:x:1", "${key}": "2024-03-01T10:00:00Z", "type": "text", "headline": "H"}`);

  it('knows a ninjs item by its creation time', () => {
    expect(detectWire(ninjs('versioncreated'))).toBe('ninjs');
    expect(detectWire(ninjs('firstcreated'))).toBe('ninjs');
  });

  it('knows a ninjs item whose key is spelt with a \\u escape', () => {
    expect(detectWire(ninjs('versioncr\\u0065ated'))).toBe('ninjs');
  });

  it('takes JSON with an id and a type but no creation time for no wire format', () => {
    expect(detectWire(ninjs('published'))).toBeNull();
  });
});
