import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectDocument } from '../../../../src-main/core/parse/docs/detect-document';
import { readDocx } from '../../../../src-main/core/parse/docs/read-docx';
import { readOdt } from '../../../../src-main/core/parse/docs/read-odt';
import { MAX_UNZIPPED_BYTES, unzipBounded } from '../../../../src-main/core/parse/docs/zip-entries';
import type { DocumentOutcome } from '../../../../src-main/core/parse/docs/document-outcome';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/documents');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(fixtures, name)));

function documentOf(outcome: DocumentOutcome) {
  if (!outcome.ok) throw new Error(`expected a document, got ${outcome.code}: ${outcome.reason}`);
  return outcome.document;
}

/** A zip whose central directory declares `declared` bytes for its one entry: a bomb's lie, cheaply. */
function zipDeclaring(declared: number): Uint8Array {
  const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
  const view = new DataView(zip.buffer);
  for (let at = zip.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    view.setUint32(at + 24, declared, true);
    break;
  }
  return zip;
}

describe('detectDocument', () => {
  it('knows each fixture by its bytes, whatever its name', () => {
    expect(detectDocument(fixture('article.pdf'), 'a.bin')).toBe('pdf');
    expect(detectDocument(fixture('article.docx'), 'a.bin')).toBe('docx');
    expect(detectDocument(fixture('article.odt'), 'a.bin')).toBe('odt');
  });

  it('gives a plain zip to a document reader only when it is named like one', () => {
    const zip = zipSync({ 'notes.txt': strToU8('hello') });
    expect(detectDocument(zip, 'notes.zip')).toBeNull();
    expect(detectDocument(zip, 'story.docx')).toBe('docx');
    expect(detectDocument(strToU8('Notes: the file said %PDF-1.7 at its start.'), 'a.txt')).toBeNull();
  });

  it('knows a PDF whose header follows some junk, as PDF readers accept', () => {
    const junk = new Uint8Array([...strToU8('HTTP junk\r\n'), ...fixture('article.pdf')]);
    expect(detectDocument(junk, 'a.bin')).toBe('pdf');
  });
});

describe('readDocx', () => {
  it('takes the Title-style paragraph as the headline and keeps the rest in order', async () => {
    const doc = documentOf(await readDocx(fixture('article.docx')));
    expect(doc.title).toBe('Harbour strike ends after nine days');
    expect(doc.paragraphs[0]).toBe('By Ana Ruiz');
    expect(doc.paragraphs).toContain('What happens next');
    expect(doc.paragraphs).not.toContain('Harbour strike ends after nine days');
    expect(doc.dateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    // docProps/core.xml dc:creator, as the docx package writes its `creator` option.
    expect(doc.author).toBe('World desk');
  });

  it('keeps each list item once, nested ones as items of their own', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const item = (text: string, level: number) => new Paragraph({ text, bullet: { level } });
    const bytes = await Packer.toBuffer(
      new Document({
        sections: [{ children: [item('Outer point', 0), item('Inner point', 1), item('Last point', 0)] }],
      }),
    );
    const doc = documentOf(await readDocx(new Uint8Array(bytes)));
    expect(doc.paragraphs).toEqual(['Outer point', 'Inner point', 'Last point']);
  });

  it('refuses a zip renamed .docx, saying what it lacks', async () => {
    const outcome = await readDocx(zipSync({ 'photo.jpg': new Uint8Array(100) }));
    expect(outcome).toMatchObject({ ok: false, code: 'malformed' });
    if (!outcome.ok) expect(outcome.reason).toContain('word/document.xml');
  });

  it('refuses a zip bomb from its compression ratio before inflating it', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) });
    const outcome = await readDocx(bomb);
    expect(outcome).toMatchObject({ ok: false, code: 'too-large' });
    if (!outcome.ok) expect(outcome.reason).toMatch(/zip bomb/);
  });

  it('refuses a zip that declares more than the cap, whatever it really holds', async () => {
    const outcome = await readDocx(zipDeclaring(MAX_UNZIPPED_BYTES + 1));
    expect(outcome).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('refuses bytes that only start like a zip as broken', async () => {
    const outcome = await readDocx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(outcome).toMatchObject({ ok: false, code: 'malformed' });
  });
});

describe('unzipBounded', () => {
  it('inflates only the entries asked for', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a/>'), 'b.xml': strToU8('<b/>') });
    const out = unzipBounded(zip, (name) => name === 'b.xml');
    expect(out.ok && Object.keys(out.entries)).toEqual(['b.xml']);
  });
});

describe('readOdt', () => {
  it('reads the heading as the headline, the paragraphs and the creation date', () => {
    const doc = documentOf(readOdt(fixture('article.odt')));
    expect(doc.title).toBe('Rail link to the coast opens a year late');
    expect(doc.paragraphs).toHaveLength(4);
    expect(doc.paragraphs[0]).toMatch(/^PORTO, March 3 — Negotiators/);
    expect(doc.dateTime).toBe('2024-05-14T09:30:00');
    expect(doc.author).toBe('Rui Costa');
  });

  it('names the initial creator as the author, not the last editor ODF writes as dc:creator', () => {
    const content = `<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text>
      <text:p>The vote was close.</text:p></office:text></office:body></office:document-content>`;
    const meta = `<office:document-meta xmlns:office="o" xmlns:meta="m" xmlns:dc="d"><office:meta>
      <meta:initial-creator>Ana Ruiz</meta:initial-creator><dc:creator>Night editor</dc:creator></office:meta></office:document-meta>`;
    const odt = zipSync({ 'content.xml': strToU8(content), 'meta.xml': strToU8(meta) });
    expect(documentOf(readOdt(odt)).author).toBe('Ana Ruiz');
  });

  it('keeps the spaces ODF writes as elements', () => {
    const content = `<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text>
      <text:p>Two<text:s text:c="2"/>spaces<text:tab/>and<text:line-break/>a break<text:note><text:p>note</text:p></text:note></text:p>
      </office:text></office:body></office:document-content>`;
    const odt = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8(content),
    });
    expect(documentOf(readOdt(odt)).paragraphs).toEqual(['Two spaces and a break']);
  });

  it('takes a paragraph in the Title style as the headline', () => {
    const content = `<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text>
      <text:p text:style-name="Title">Dockers vote to return</text:p><text:p>The vote was close.</text:p>
      </office:text></office:body></office:document-content>`;
    const odt = zipSync({ 'content.xml': strToU8(content) });
    const doc = documentOf(readOdt(odt));
    expect(doc.title).toBe('Dockers vote to return');
    expect(doc.paragraphs).toEqual(['The vote was close.']);
  });

  it('refuses an ODT whose content.xml is missing or broken', () => {
    const mimetype: [Uint8Array, { level: 0 }] = [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }];
    expect(readOdt(zipSync({ mimetype }))).toMatchObject({ ok: false, code: 'malformed' });
    const broken = readOdt(zipSync({ mimetype, 'content.xml': strToU8('<office:document-content><text:p>') }));
    expect(broken).toMatchObject({ ok: false, code: 'malformed' });
  });
});
