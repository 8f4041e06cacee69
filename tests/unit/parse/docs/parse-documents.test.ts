import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../../src-main/core/parse/index';
import { documentDraft } from '../../../../src-main/core/parse/docs/document-draft';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/documents');
const NOW = Date.parse('2026-01-01T00:00:00Z');

async function parseFixture(name: string, mtimeMs = Date.now()) {
  return parseFile({ path: `/archive/${name}`, bytes: new Uint8Array(readFileSync(join(fixtures, name))), mtimeMs });
}

const doc = (dateTime: string | null, paragraphs = ['Body text.']) => ({
  title: 'T',
  paragraphs,
  dateTime,
  warnings: [],
});

describe('parseFile with documents', () => {
  it('imports a DOCX as one record with its byline, past the binary check', async () => {
    const outcome = await parseFixture('article.docx');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.format).toBe('docx');
    const [record] = outcome.records;
    expect(record?.title).toBe('Harbour strike ends after nine days');
    expect(record?.byline).toBe('Ana Ruiz');
    expect(record?.paragraphs[0]).not.toBe('By Ana Ruiz');
    expect(record?.source.format).toBe('docx');
    expect(record?.language).toBe('en');
  });

  it('imports a PDF and an ODT through the same door', async () => {
    const pdf = await parseFixture('article.pdf');
    const odt = await parseFixture('article.odt');
    expect(pdf.ok && pdf.format).toBe('pdf');
    expect(odt.ok && odt.records[0]?.date).toBe('2024-05-14');
  }, 30_000);

  it('rejects a scanned PDF with its reason rather than as binary', async () => {
    expect(await parseFixture('scanned.pdf')).toEqual({
      ok: false,
      code: 'no-text-layer',
      reason: 'no text layer (scanned)',
    });
  });

  it('rejects a document with a headline but no body text', async () => {
    const empty = new Document({
      sections: [{ children: [new Paragraph({ text: 'Only a headline', heading: HeadingLevel.TITLE })] }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(empty));
    const outcome = await parseFile({ path: '/archive/empty.docx', bytes, mtimeMs: Date.now() });
    expect(outcome).toEqual({ ok: false, code: 'no-records', reason: 'no body text in this docx file' });
  });
});

describe('documentDraft', () => {
  it('keeps the offset in dateTime and takes the day in that offset', () => {
    const draft = documentDraft(doc('2024-03-14T23:30:00-05:00'), NOW);
    expect(draft.date).toBe('2024-03-14');
    expect(draft.wire?.dateTime).toBe('2024-03-14T23:30:00-05:00');
  });

  it('gives a local time without offset as the day only', () => {
    const draft = documentDraft(doc('2024-05-14T09:30:00'), NOW);
    expect(draft.date).toBe('2024-05-14');
    expect(draft.wire?.dateTime).toBeUndefined();
  });

  it('refuses with a warning a date before 1900 or after the file itself', () => {
    const old = documentDraft(doc('1601-01-01T00:00:00Z'), NOW);
    const future = documentDraft(doc('2027-06-01T00:00:00Z'), NOW);
    expect([old.date, future.date]).toEqual([null, null]);
    expect(old.warnings[0]).toMatch(/before 1900/);
    expect(future.warnings[0]).toMatch(/later than the file/);
  });

  it('takes a leading "By" line as the byline, and only a short one', () => {
    expect(documentDraft(doc(null, ['By Maria Lopez and Tom Hale', 'Text.']), NOW).wire?.byline).toBe(
      'Maria Lopez and Tom Hale',
    );
    const sentence = documentDraft(doc(null, ['By noon the streets were empty, witnesses said.', 'Text.']), NOW);
    expect(sentence.wire?.byline).toBeUndefined();
    expect(sentence.paragraphs).toHaveLength(2);
  });

  it("takes the author the file's properties name when no line gives one, and a By line over it", () => {
    const withAuthor = { ...doc(null, ['Text.']), author: 'Rui Costa' };
    expect(documentDraft(withAuthor, NOW).wire?.byline).toBe('Rui Costa');
    const both = { ...doc(null, ['By Maria Lopez', 'Text.']), author: 'Office PC' };
    expect(documentDraft(both, NOW).wire?.byline).toBe('Maria Lopez');
  });
});
