import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DispatchRecord } from '../../../src-main/contract/records';
import { parseFile } from '../../../src-main/core/parse/index';
import { missTable, type Expected, type Miss } from './wire-score';

// The same items.json as wire-items.test.ts, but through parseFile, the importer's entry:
// detection among every other format, the mapping onto records, ids. Only the fields a
// record carries are compared (the reader's dateline, credit, flags … are in wire-items).
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const wireDir = process.env.WIRE_DIR ?? resolve(root, '../shared/wire');
const present = existsSync(join(wireDir, 'items.json'));
const REQUIRED = 0.98;

const norm = (v: unknown): unknown => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v);

type Getter = (r: DispatchRecord) => unknown;
const RECORD_FIELDS: Record<string, Getter> = {
  guid: (r) => r.guid ?? null,
  version: (r) => r.version ?? null,
  title: (r) => r.title || null,
  date: (r) => r.date,
  date_iso: (r) => r.dateTime ?? null,
  versioncreated_iso: (r) => r.versionCreated ?? null,
  embargo_iso: (r) => r.embargo ?? null,
  place: (r) => r.place,
  agency: (r) => r.agency,
  byline: (r) => r.byline ?? null,
  language: (r) => (r.language === 'und' ? null : r.language),
  body_first: (r) => r.paragraphs[0]?.slice(0, 60) ?? null,
  body_last: (r) => r.paragraphs[r.paragraphs.length - 1]?.slice(-60) ?? null,
  paragraphs: (r) => r.paragraphs.length,
  body_contains: (r) => r.paragraphs.join(' '),
  slugline: (r) => r.slugline ?? null,
  urgency: (r) => r.urgency ?? null,
};

function score(expected: Expected, record: DispatchRecord | undefined): { fields: number; misses: Miss[] } {
  const misses: Miss[] = [];
  let fields = 0;
  const miss = (field: string, want: unknown, got: unknown): void => {
    misses.push({
      file: expected.file,
      index: expected.item_index,
      field,
      expected: JSON.stringify(want),
      got: JSON.stringify(got),
    });
  };
  for (const [field, getter] of Object.entries(RECORD_FIELDS)) {
    if (!(field in expected)) continue;
    fields++;
    const want = expected[field];
    const got = record ? getter(record) : '(no record)';
    const ok =
      field === 'body_contains'
        ? Array.isArray(want) && want.every((s) => String(got).includes(String(norm(s))))
        : norm(want ?? null) === norm(got ?? null);
    if (!ok) miss(field, want, got);
  }
  // A record merges subject codes and keywords into `subjects`: each one items.json names must be there.
  if ('subjects' in expected || 'keywords' in expected) {
    fields++;
    const want = [...((expected.subjects as string[]) ?? []), ...((expected.keywords as string[]) ?? [])];
    const got = record?.subjects ?? [];
    if (!want.every((w) => got.some((g) => norm(g) === norm(w)))) miss('subjects+keywords', want, got);
  }
  return { fields, misses };
}

describe.skipIf(!present)('wire files through parseFile, against items.json', () => {
  it('give records with at least 98% of the fields a record carries right', async () => {
    const expected = JSON.parse(readFileSync(join(wireDir, 'items.json'), 'utf8')) as Expected[];
    const byFile = new Map<string, DispatchRecord[]>();
    const rejects: string[] = [];
    for (const file of new Set(expected.map((e) => e.file))) {
      const path = join(wireDir, 'files', file);
      const outcome = await parseFile({ path, bytes: readFileSync(path), mtimeMs: 0 });
      if (outcome.ok) byFile.set(file, outcome.records);
      else rejects.push(`${file}: ${outcome.code} ${outcome.reason}`);
    }
    expect(rejects).toEqual([]);
    let fields = 0;
    const misses: Miss[] = [];
    for (const item of expected) {
      const records = byFile.get(item.file) ?? [];
      // Each text item is a record; in a file of several, the record index is the item's.
      const record = records.length === 1 ? records[0] : records.find((r) => r.source.recordIndex === item.item_index);
      const result = score(item, record);
      fields += result.fields;
      misses.push(...result.misses);
    }
    const right = (fields - misses.length) / fields;
    console.log(
      `${missTable(misses)}\nrecord fields right: ${fields - misses.length}/${fields} = ${(right * 100).toFixed(1)}%`,
    );
    expect(right).toBeGreaterThanOrEqual(REQUIRED);
  });

  it('detects every wire file as its wire format, whatever its name', async () => {
    const expected = JSON.parse(readFileSync(join(wireDir, 'items.json'), 'utf8')) as Expected[];
    // items.json names formats as the readers do, but for dpa's plain-text flavour of 7901.
    const wanted = (format: string): string[] =>
      format === 'dpa-text' ? ['iptc7901'] : format === 'email' ? ['email', 'mbox'] : [format];
    const wrong: string[] = [];
    for (const item of expected) {
      const path = join(wireDir, 'files', item.file);
      const outcome = await parseFile({ path, bytes: readFileSync(path), mtimeMs: 0 });
      const format = outcome.ok ? outcome.format : `rejected: ${outcome.reason}`;
      if (!wanted(String(item.format)).includes(format))
        wrong.push(`${item.file}: items.json says ${String(item.format)}, read as ${format}`);
    }
    expect(wrong).toEqual([]);
  });
});

if (!present) console.log(`wire-records: skipped, no items.json under ${wireDir} (set WIRE_DIR to a wire set)`);
