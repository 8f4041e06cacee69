import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src-main/core/parse/index';
import { atom, jsonFeed, rss } from '../../fixtures/feeds';

const parse = (path: string, text: string) =>
  parseFile({ path, bytes: new TextEncoder().encode(text), mtimeMs: Date.UTC(2025, 0, 1) });

async function records(path: string, text: string) {
  const out = await parse(path, text);
  if (!out.ok) throw new Error(`rejected: ${out.reason}`);
  return out;
}

const GRAIN = {
  title: 'Ministers agree on grain corridor',
  paragraphs: ['Ministers from four countries agreed on Friday to reopen the corridor.', 'Ships may sail next week.'],
  link: 'https://example.com/2024/03/01/grain',
  author: 'Jane Roe',
  categories: ['Politics', 'Trade'],
};

describe('feed reader', () => {
  it('reads each RSS 2.0 item as a record with its byline, dated instant, subjects and body', async () => {
    const out = await records(
      '/x/news.xml',
      rss('Example Wire', [
        { ...GRAIN, date: 'Fri, 01 Mar 2024 23:05:00 -0500' },
        { title: 'Port reopens', paragraphs: ['The port reopened.'], date: 'Sat, 02 Mar 2024 08:00:00 GMT' },
      ]),
    );
    expect(out.format).toBe('feed');
    expect(out.records[0]).toMatchObject({
      title: GRAIN.title,
      // The calendar day in the feed's own offset, not in UTC (which is already 2 March).
      date: '2024-03-01',
      dateTime: '2024-03-01T23:05:00-05:00',
      byline: 'Jane Roe',
      subjects: ['Politics', 'Trade'],
      guid: GRAIN.link,
      agency: 'Example Wire',
      language: 'en',
      paragraphs: GRAIN.paragraphs,
    });
    expect(out.records.map((r) => r.source.recordIndex)).toEqual([0, 1]);
    expect(out.records[1]).toMatchObject({ title: 'Port reopens', date: '2024-03-02' });
  });

  it('takes Atom published over updated, and the feed author when an entry names none', async () => {
    const out = await records(
      '/x/feed.atom',
      atom('Beispiel-Nachrichten', [
        { ...GRAIN, date: '2024-03-01T14:05:00+01:00', updated: '2024-03-05T09:00:00+01:00' },
        { title: 'Nur aktualisiert', paragraphs: ['Ein Text.'], updated: '2024-03-04T10:00:00Z' },
      ]),
    );
    expect(out.records[0]).toMatchObject({
      date: '2024-03-01',
      dateTime: '2024-03-01T14:05:00+01:00',
      byline: 'Jane Roe',
      guid: 'urn:example:0',
      paragraphs: GRAIN.paragraphs,
    });
    expect(out.records[1]).toMatchObject({ date: '2024-03-04', byline: 'Feed Desk', language: 'de' });
  });

  it('reads Atom XHTML content and a plain-text summary', async () => {
    const text = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><id>a</id><title>XHTML entry</title><published>2024-01-02T00:00:00Z</published>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First &amp; <b>bold</b> paragraph.</p><p>Second.</p></div></content></entry>
<entry><id>b</id><title>Text entry</title><published>2024-01-03T00:00:00Z</published>
<summary>Tom &lt;3 Jerry: a plain-text summary.</summary></entry></feed>`;
    const out = await records('/x/feed.xml', text);
    expect(out.records[0]!.paragraphs).toEqual(['First & bold paragraph.', 'Second.']);
    expect(out.records[1]!.paragraphs).toEqual(['Tom <3 Jerry: a plain-text summary.']);
  });

  it('reads RSS 1.0 (RDF), whose items sit beside the channel', async () => {
    const text = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://example.com/"><title>RDF Desk</title><dc:language>fr</dc:language></channel>
<item rdf:about="https://example.com/1"><title>Un titre</title><link>https://example.com/1</link>
<description>Le premier paragraphe du texte.</description><dc:date>2024-02-10T08:30:00+01:00</dc:date>
<dc:creator>Claire Martin</dc:creator><dc:subject>Monde</dc:subject></item></rdf:RDF>`;
    const out = await records('/x/rdf.rss', text);
    expect(out.records[0]).toMatchObject({
      title: 'Un titre',
      dateTime: '2024-02-10T08:30:00+01:00',
      byline: 'Claire Martin',
      subjects: ['Monde'],
      agency: 'RDF Desk',
      paragraphs: ['Le premier paragraphe du texte.'],
    });
  });

  it('reads a JSON Feed, even named .json', async () => {
    const out = await records(
      '/x/feed.json',
      jsonFeed('Diario de Ejemplo', [{ ...GRAIN, title: 'Acuerdo sobre el grano', date: '2024-03-01T14:05:00+01:00' }]),
    );
    expect(out.format).toBe('feed');
    expect(out.records[0]).toMatchObject({
      title: 'Acuerdo sobre el grano',
      dateTime: '2024-03-01T14:05:00+01:00',
      byline: 'Jane Roe',
      subjects: ['Politics', 'Trade'],
      guid: GRAIN.link,
      paragraphs: GRAIN.paragraphs,
    });
  });

  it('keeps each entry at its position when an empty entry before it is dropped', async () => {
    const out = await records(
      '/x/news.rss',
      rss('W', [
        { title: '', paragraphs: [] },
        { ...GRAIN, date: 'Fri, 01 Mar 2024 14:05:00 +0100' },
      ]),
    );
    expect(out.records).toHaveLength(1);
    expect(out.records[0]!.source.recordIndex).toBe(1);
  });

  it('leaves WordPress exports to the WXR reader and other XML roots to the text reader', async () => {
    const wxr = rss('Blog', [{ ...GRAIN }]).replace('<rss ', '<rss xmlns:wp="http://wordpress.org/export/1.2/" ');
    const blog = await parse('/x/blog.xml', wxr);
    expect(blog.ok && blog.format).toBe('wxr');
    const notAtom = '<feed><title>Not Atom</title><entry>text</entry></feed>';
    const out = await parse('/x/other.xml', notAtom);
    expect(out.ok && out.format).toBe('text');
  });

  it('rejects a feed with no entries and a broken feed, each with its reason', async () => {
    expect(await parse('/x/empty.xml', rss('Empty', []))).toEqual({
      ok: false,
      code: 'no-records',
      reason: 'the feed holds no entries',
    });
    const broken = await parse('/x/broken.xml', rss('B', [{ ...GRAIN }]).slice(0, 300));
    expect(broken).toMatchObject({ ok: false, code: 'malformed' });
    expect(!broken.ok && broken.reason).toMatch(/^feed is not well-formed XML: /);
  });

  it('leaves out an impossible date, with a warning, rather than store it', async () => {
    const out = await records(
      '/x/a.xml',
      rss('W', [
        { ...GRAIN, date: 'Thu, 01 Jan 1970 00:00:00 +0000' },
        { ...GRAIN, date: 'Mon, 01 Jan 1852 10:00:00 +0000' },
        // The file was saved on 1 January 2025 (parse above).
        { ...GRAIN, date: 'Wed, 01 Jan 2025 10:00:00 +0000' },
      ]),
    );
    expect(out.records).toHaveLength(3);
    for (const record of out.records) {
      expect(record.date).toBeNull();
      expect(record.dateTime).toBeUndefined();
      expect(record.warnings.join(' ')).toMatch(/is not a possible publication date/);
    }
  });

  it('gives no guid that would group unrelated entries: a bare number, or one the whole feed repeats', async () => {
    const sameGuid = rss('W', [
      { ...GRAIN, date: 'Fri, 01 Mar 2024 14:05:00 +0100', link: 'https://example.com/' },
      { ...GRAIN, title: 'Other', date: 'Fri, 01 Mar 2024 15:05:00 +0100', link: 'https://example.com/' },
    ]);
    const repeated = await records('/x/a.xml', sameGuid);
    expect(repeated.records.map((r) => r.guid)).toEqual([undefined, undefined]);
    const numbered = await records('/x/b.json', jsonFeed('J', [{ ...GRAIN, link: undefined }]));
    expect(numbered.records[0]!.guid).toBeUndefined();
  });

  it('takes the name from an RSS 2.0 author address as the byline', async () => {
    const text = rss('W', [{ ...GRAIN, date: 'Fri, 01 Mar 2024 14:05:00 +0100' }]).replace(
      /<dc:creator>.*?<\/dc:creator>/,
      '<author>jane@example.com (Jane Roe)</author>',
    );
    expect((await records('/x/a.xml', text)).records[0]!.byline).toBe('Jane Roe');
  });

  it('leaves out an entry that breaks the reader and imports the others, with a warning', async () => {
    const deep = `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`;
    const text = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><id>a</id><title>Deep</title><content type="xhtml">${deep}</content></entry>
<entry><id>b</id><title>Fine</title><published>2024-01-03T00:00:00Z</published><summary>Text.</summary></entry></feed>`;
    const out = await records('/x/deep.atom', text);
    expect(out.records.map((r) => [r.title, r.source.recordIndex])).toEqual([['Fine', 1]]);
    expect(out.records[0]!.warnings.join(' ')).toMatch(/feed entries that could not be read were left out: 1 \(/);
  });

  it('imports a feed of 10,000 entries, each at its position', async () => {
    const items = Array.from({ length: 10_000 }, (_, n) => ({
      title: `Entry ${n}`,
      paragraphs: [`Paragraph of entry ${n} with some words in it.`, 'A second paragraph.'],
      date: 'Fri, 01 Mar 2024 14:05:00 +0100',
      link: `https://example.com/${n}`,
    }));
    const text = rss('Big', items);
    const started = performance.now();
    const out = await records('/x/big.xml', text);
    const seconds = (performance.now() - started) / 1000;
    expect(out.records).toHaveLength(10_000);
    expect(out.records[9_999]).toMatchObject({ title: 'Entry 9999', source: { recordIndex: 9_999 } });
    // About 2 s on a shared two-core machine; the bound catches a quadratic reader.
    expect(seconds).toBeLessThan(20);
  }, 60_000);
});
