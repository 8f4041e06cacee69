import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DispatchRecord } from '../../../src-main/contract/records';
import { parseFile, type ParseOutcome } from '../../../src-main/core/parse/index';
import { CORPUS } from './corpus-files';

const FILE = path.join(CORPUS, 'fa-kes', 'input', 'fakes.csv');
const present = existsSync(FILE);
if (!present) console.warn(`skipping fa-kes corpus test: ${FILE} not found`);

const out: ParseOutcome = present
  ? await parseFile({ path: FILE, bytes: readFileSync(FILE), mtimeMs: statSync(FILE).mtimeMs })
  : { ok: false, code: 'unreadable', reason: 'absent' };

describe.skipIf(!present)('fa-kes corpus (fakes.csv, 804 rows, not UTF-8)', () => {
  const records = (): DispatchRecord[] => (out.ok ? out.records : []);

  it('is read as CSV, not rejected', () => {
    expect(out.ok ? out.format : out.reason).toBe('csv');
  });

  it('records the encoding as iso-8859-1, as its own repository reads it', () => {
    expect(out.ok && out.encoding).toBe('iso-8859-1');
    expect(records().every((r) => r.source.encoding === 'iso-8859-1')).toBe(true);
  });

  it('makes 804 records, one per row, numbered in order', () => {
    expect(records()).toHaveLength(804);
    expect(records().map((r) => r.source.recordIndex)).toEqual([...Array(804).keys()]);
  });

  it('gives every record a title and a date', () => {
    for (const r of records()) {
      expect(r.title.trim()).not.toBe('');
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('reads the m/d/yy date column month-first', () => {
    // Row 1 (unit_id 1914947530) has date 4/5/17 and opens `Wed 05 Apr 2017`.
    expect(records()[0]!.date).toBe('2017-04-05');
    expect(records().some((r) => r.date === '2017-04-18')).toBe(true);
  });

  it('leaves no C1 control characters from the 0x95 0x81 mojibake in the text', () => {
    for (const r of records()) expect(r.paragraphs.join(' ')).not.toMatch(/[\u0080-\u009f]/);
  });

  it('takes the agency from the source column: 56 rows name sana', () => {
    const sana = records().filter((r) => r.agency?.toLowerCase() === 'sana');
    expect(sana).toHaveLength(56);
  });

  it('lifts the dateline and signature of a SANA row that has them', () => {
    const r = records().find(
      (x) => x.title === '8 persons killed 58 others injured in terrorist rocket attacks on Aleppo city',
    );
    expect(r).toMatchObject({ place: 'Aleppo', agency: 'SANA', signature: 'Manar/Mazen', date: '2016-10-06' });
    expect(r!.paragraphs[0]).toMatch(/^Terrorist organizations fired tens of shells/);
  });

  it('detects English for every row long enough to judge', () => {
    const others = records().filter((r) => r.language !== 'en' && r.language !== 'und');
    expect(others.map((r) => `${r.language}: ${r.title}`)).toEqual([]);
    expect(records().filter((r) => r.language === 'en').length).toBeGreaterThan(800);
  });
});
