import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src-main/core/parse/index';
import { looksLikeMhtml } from '../../../src-main/core/parse/mhtml';

const parse = (path: string, bytes: Uint8Array) => parseFile({ path, bytes, mtimeMs: Date.UTC(2025, 0, 1) });
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A multipart/related message as IE and Word save it: no Snapshot header, the page base64 in windows-1252. */
function savedByWord(page: Buffer, extraParts = ''): string {
  return [
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; boundary="----=_NextPart_01"',
    '',
    '------=_NextPart_01',
    'Content-Location: file:///C:/story.htm',
    'Content-Transfer-Encoding: base64',
    'Content-Type: text/html; charset="windows-1252"',
    '',
    page.toString('base64').replace(/.{76}/g, '$&\n'),
    extraParts,
    '------=_NextPart_01--',
    '',
  ].join('\r\n');
}

const PAGE = Buffer.from(
  '<html><head><title>Caf\xe9 owners protest</title><meta property="article:published_time" content="2024-02-10T08:30:00+01:00"></head>' +
    '<body><article><h1>Caf\xe9 owners protest</h1><p>Caf\xe9 owners marched through the centre on Saturday, saying rents had doubled.</p>' +
    '<p>The city said it would meet them next week.</p></article></body></html>',
  'latin1',
);

describe('MHTML reader', () => {
  it('reads a page Chromium saved as one file, leaving out its frames', async () => {
    const bytes = await readFile(join(import.meta.dirname, '../../fixtures/mhtml/chromium-page.mhtml'));
    const out = await parse('/x/page.mhtml', bytes);
    if (!out.ok) throw new Error(out.reason);
    expect(out.format).toBe('mhtml');
    const [record] = out.records;
    expect(record).toMatchObject({
      title: 'Genève accueille les négociations sur le corridor céréalier',
      date: '2024-03-01',
      agency: "Le Quotidien d'Exemple",
      language: 'fr',
    });
    expect(record!.paragraphs).toContain(
      "Les marchés ont salué l'annonce : le prix du blé a reculé de 3 % à Chicago dans les minutes qui ont suivi.",
    );
    // The iframe's advert is a text/html part of its own, after the page.
    expect(record!.paragraphs.join(' ')).not.toMatch(/abonnez-vous/);
    // The "Par …" line is the byline, and no longer the body's first paragraph.
    expect(record!.byline).toBe('Claire Martin');
    expect(record!.paragraphs.join(' ')).not.toMatch(/Par Claire Martin/);
  });

  it('decodes a base64 page in its declared charset, without a Snapshot header', async () => {
    const out = await parse('/x/story.mht', encode(savedByWord(PAGE)));
    if (!out.ok) throw new Error(out.reason);
    expect(out).toMatchObject({ format: 'mhtml', encoding: 'windows-1252' });
    expect(out.records[0]).toMatchObject({ title: 'Café owners protest', date: '2024-02-10' });
    expect(out.records[0]!.paragraphs[0]).toMatch(/^Café owners marched/);
  });

  it('is known by its content under any name, and not taken for an e-mail', async () => {
    const chromium = await readFile(join(import.meta.dirname, '../../fixtures/mhtml/chromium-page.mhtml'));
    const out = await parse('/x/saved-page', chromium);
    expect(out.ok && out.format).toBe('mhtml');
  });

  it('rejects an MHTML without an HTML part, with its reason', async () => {
    const imageOnly = savedByWord(PAGE).replace('text/html; charset="windows-1252"', 'image/png');
    expect(await parse('/x/picture.mhtml', encode(imageOnly))).toEqual({
      ok: false,
      code: 'no-records',
      reason: 'MHTML holds no HTML part',
    });
  });

  it('leaves an ordinary e-mail to the e-mail reader', async () => {
    const mail = [
      'Message-ID: <m1@example.com>',
      'Date: Thu, 19 Feb 2015 17:18:40 +1100',
      'From: a sender <a@example.com>',
      'Subject: Desk note',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'The story moves at noon.',
    ].join('\r\n');
    const out = await parse('/x/note.eml', encode(mail));
    expect(out.ok && out.format).toBe('email');
  });

  it('leaves an HTML newsletter with inline images, which is multipart/related too, to the e-mail reader', async () => {
    const newsletter = savedByWord(PAGE).replace(
      'MIME-Version: 1.0\r\nContent-Type: multipart/related;',
      'Message-ID: <n1@example.com>\r\nFrom: desk@example.com\r\nTo: a@example.com\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html";',
    );
    const out = await parse('/x/newsletter.eml', encode(newsletter));
    expect(out.ok && out.format).toBe('email');
  });
});

describe('looksLikeMhtml: the header check on bytes', () => {
  const snapshot = 'Snapshot-Content-Location: https://example.org/a\r\nSubject: A\r\n\r\n<html></html>';

  it('knows a saved page behind a UTF-8 byte-order mark and leading blank space', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x20, 0xa0, 0x0d, 0x0a, ...encode(snapshot)]);
    expect(looksLikeMhtml(bytes, 'page.mht')).toBe(true);
  });

  it('does not take text that opens with a word and a colon after a space for a header', () => {
    expect(looksLikeMhtml(encode(`Note ${snapshot}`), 'note.mht')).toBe(false);
    expect(looksLikeMhtml(encode(`: ${snapshot}`), 'note.mht')).toBe(false);
  });
});
