import { describe, expect, it } from 'vitest';
import { parseFile, recordId } from '../../../src-main/core/parse/index';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const parse = (path: string, text: string) => parseFile({ path, bytes: bytes(text), mtimeMs: Date.UTC(2024, 0, 2) });

describe('parseFile', () => {
  it('rejects an empty file with a specific reason', async () => {
    const out = await parseFile({ path: '/x/empty.txt', bytes: new Uint8Array(), mtimeMs: 0 });
    expect(out).toEqual({ ok: false, code: 'empty', reason: 'file is empty (0 bytes)' });
  });

  it('detects the format from content even under a misleading extension', async () => {
    const out = await parse(
      '/x/doc.txt',
      '<DOC>\n<TITLE>عنوان الخبر</TITLE>\n<TIME>2018-02-25</TIME>\n<TEXT>\nنص الخبر هنا.\n</TEXT>\n</DOC>\n',
    );
    expect(out.ok && out.format).toBe('trec');
  });

  it('gives each record of a multi-record file its index and a stable id from path and index', async () => {
    const out = await parse(
      '/x/a.json',
      JSON.stringify([
        { title: 'One', text: 'First text.' },
        { title: 'Two', text: 'Second text.' },
      ]),
    );
    if (!out.ok) throw new Error(out.reason);
    expect(out.records.map((r) => [r.source.recordIndex, r.id])).toEqual([
      [0, recordId('/x/a.json', 0)],
      [1, recordId('/x/a.json', 1)],
    ]);
    expect(out.records[0]!.source).toMatchObject({
      path: '/x/a.json',
      format: 'json',
      encoding: 'utf-8',
      size: out.records[0]!.source.size,
      mtime: '2024-01-02T00:00:00.000Z',
    });
    expect(out.records[0]!.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the index of later records when an earlier one is empty', async () => {
    const out = await parse(
      '/x/a.json',
      JSON.stringify([
        { title: 'One', text: 'First.' },
        { title: '', text: '' },
        { title: 'Three', text: 'Third.' },
      ]),
    );
    if (!out.ok) throw new Error(out.reason);
    expect(out.records.map((r) => [r.title, r.source.recordIndex])).toEqual([
      ['One', 0],
      ['Three', 2],
    ]);
  });

  it('keeps the index of later JSON Lines records when an earlier line breaks', async () => {
    const out = await parse(
      '/x/a.jsonl',
      ['{"title":"One","text":"First."}', '{"title":"Two","te', '{"title":"Three","text":"Third."}'].join('\n'),
    );
    if (!out.ok) throw new Error(out.reason);
    expect(out.records.map((r) => [r.title, r.source.recordIndex])).toEqual([
      ['One', 0],
      ['Three', 2],
    ]);
    expect(out.records[0]!.warnings[0]).toMatch(/^line 2 skipped: /);
  });

  it('gives a record too short to detect the language its file agrees on, and says so', async () => {
    const english =
      'The central bank raised its key interest rate on Monday, saying that inflation had been higher than expected.';
    const records = [1, 2, 3]
      .map((n) => ({ title: `Bank story ${n}`, text: english }))
      .concat({ title: 'ACME SETS DIVIDEND', text: '' });
    const out = await parse('/x/wire.json', JSON.stringify(records));
    if (!out.ok) throw new Error(out.reason);
    const brief = out.records[3]!;
    expect(brief.language).toBe('en');
    expect(brief.warnings).toContain(
      'language en taken from the other records of this file (too little text to detect)',
    );
  });

  it('leaves an undetectable record undetermined when its file mixes languages', async () => {
    const records = [
      {
        title: 'Bank raises rates',
        text: 'The central bank raised its key interest rate on Monday, saying that inflation had been higher than expected.',
      },
      {
        title: 'Банк повысил ставку',
        text: 'Центральный банк в понедельник повысил ключевую ставку, заявив, что инфляция оказалась выше ожиданий.',
      },
      {
        title: 'البنك يرفع الفائدة',
        text: 'رفع البنك المركزي سعر الفائدة الرئيسي يوم الاثنين، قائلاً إن التضخم كان أعلى من المتوقع.',
      },
      { title: 'XYZ 123', text: '' },
    ];
    const out = await parse('/x/mixed.json', JSON.stringify(records));
    if (!out.ok) throw new Error(out.reason);
    expect(out.records.map((r) => r.language)).toEqual(['en', 'ru', 'ar', 'und']);
  });
});
