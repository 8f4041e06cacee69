import { describe, expect, it } from 'vitest';
import { readWire } from '../../../src-main/core/parse/wire/read-wire';

// Bad input comes back as a reject with a reason a person can act on; nothing throws.
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readWire rejects', () => {
  it('rejects a truncated NITF file as truncated and names the open elements', async () => {
    const outcome = await readWire(
      bytes('<?xml version="1.0"?><nitf><head><title>x</title></head><body><body.content><p>Hello wor'),
      'cut.xml',
    );
    expect(outcome).toMatchObject({ ok: false, code: 'truncated' });
    expect(!outcome.ok && outcome.reason).toMatch(/cut\.xml: nitf XML ends early .*unclosed/);
  });

  it('rejects a NewsML-G2 item that uses an undeclared entity', async () => {
    const g2 =
      '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g"><contentMeta><headline>A&nbsp;B</headline></contentMeta></newsItem>';
    const outcome = await readWire(bytes(g2), 'g2.xml');
    expect(outcome).toMatchObject({ ok: false, code: 'malformed' });
    expect(!outcome.ok && outcome.reason).toMatch(/undefined entity/);
  });

  it('reads an entity the document declares in its DOCTYPE', async () => {
    const nitf =
      '<!DOCTYPE nitf [<!ENTITY nbsp "&#160;">]><nitf><body><body.head><hedline><hl1>A&nbsp;B</hl1></hedline></body.head><body.content><p>Text</p></body.content></body></nitf>';
    const outcome = await readWire(bytes(nitf), 'd.xml');
    expect(outcome.ok && outcome.items[0]?.title).toBe('A B');
  });

  it('rejects an ANPA-1312 message whose text never ends (no ETX)', async () => {
    const anpa =
      '\x16\x16\x01W2870\x1fasian\nf l\x13\x11 BC-LT--Test     11-13 1049\n\x02^BC-LT--Test<\n^Headline<\n\t   Text that is cut off';
    const outcome = await readWire(bytes(anpa), 'cut.tst');
    expect(outcome).toMatchObject({ ok: false, code: 'truncated' });
    expect(!outcome.ok && outcome.reason).toMatch(/no ETX/);
  });

  it('rejects an e-mail that carries only an attachment and names it', async () => {
    const mail = [
      'Message-ID: <a@b>',
      'From: desk@agency.example',
      'Subject: Photos',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary=XX',
      '',
      '--XX',
      'Content-Type: application/pdf; name=story.pdf',
      'Content-Disposition: attachment; filename=story.pdf',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0xLjQK',
      '--XX--',
      '',
    ].join('\r\n');
    const outcome = await readWire(bytes(mail), 'photo.eml');
    expect(outcome).toMatchObject({ ok: false, code: 'no-text-items' });
    expect(!outcome.ok && outcome.reason).toMatch(/only attachment\(s\): story\.pdf/);
  });

  it('rejects a NewsML-G2 message that holds only a picture, saying it skipped it', async () => {
    const g2 =
      '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet><newsItem guid="p1"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta></newsItem></itemSet></newsMessage>';
    const outcome = await readWire(bytes(g2), 'pic.xml');
    expect(outcome).toMatchObject({ ok: false, code: 'no-text-items' });
    expect(!outcome.ok && outcome.reason).toMatch(/p1 is picture, not text; skipped/);
  });

  it('rejects ordinary text as not wire', async () => {
    expect(await readWire(bytes('MOSCOW, 1 May (TASS) - A plain dispatch.'), 'plain.txt')).toMatchObject({
      ok: false,
      code: 'not-wire',
    });
  });

  it('rejects an AP API envelope whose only item is a picture', async () => {
    const outcome = await readWire(
      bytes('{"data": {"item": {"uri": "u", "versioncreated": "2019-07-03T04:05:12Z", "type": "picture"}}}'),
      'p.json',
    );
    expect(outcome).toMatchObject({ ok: false, code: 'no-text-items' });
  });
});

describe('readWire on a 50 MB mailbox', () => {
  it('reads every message of a generated 50 MB mbox in bounded memory', { timeout: 180_000 }, async () => {
    const message = (n: number): string =>
      [
        `From sender${n}@agency.example Thu Feb 19 17:18:40 2015`,
        `Message-ID: <${n}@agency.example>`,
        'From: desk@agency.example',
        `Subject: Story ${n}`,
        'Date: Thu, 19 Feb 2015 17:18:40 +1100',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        ...Array.from(
          { length: 40 },
          (_, p) => `Paragraph ${p} of story ${n}: caf=C3=A9 prices rose again on the exchange today.\n`,
        ),
        '',
      ].join('\n');
    const one = message(0).length;
    const count = Math.ceil((50 * 1024 * 1024) / one);
    const mbox = new TextEncoder().encode(Array.from({ length: count }, (_, n) => message(n)).join(''));
    expect(mbox.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const before = process.memoryUsage().heapUsed;
    const outcome = await readWire(mbox, 'big.mbox');
    const grew = process.memoryUsage().heapUsed - before;
    if (!outcome.ok) expect.fail(outcome.reason);
    expect(outcome.format).toBe('mbox');
    expect(outcome.items).toHaveLength(count);
    expect(outcome.items[count - 1]).toMatchObject({
      title: `Story ${count - 1}`,
      guid: `<${count - 1}@agency.example>`,
    });
    expect(outcome.items[0]!.paragraphs[0]).toContain('café');
    // The messages are read through views of the input; what stays is the items themselves,
    // a small multiple of the text, never copies of the whole mailbox.
    expect(grew).toBeLessThan(6 * mbox.length);
  });
});
