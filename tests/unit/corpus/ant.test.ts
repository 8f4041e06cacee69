import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DispatchRecord } from '../../../src-main/contract/records';
import { parseFile } from '../../../src-main/core/parse/index';
import { CORPUS } from './corpus-files';

const DIRS = ['ant-multisource', 'ant-jawharafm'].map((d) => path.join(CORPUS, d));
const present = DIRS.every((d) => existsSync(d));
if (!present) console.warn(`skipping ANT corpus test: ${DIRS.join(' or ')} not found`);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

interface Parsed {
  file: string;
  record: DispatchRecord | undefined;
  count: number;
  format: string | null;
}

async function parseAll(dir: string): Promise<Parsed[]> {
  const parsed: Parsed[] = [];
  for (const file of filesUnder(dir)) {
    const out = await parseFile({ path: file, bytes: readFileSync(file), mtimeMs: statSync(file).mtimeMs });
    parsed.push({
      file,
      record: out.ok ? out.records[0] : undefined,
      count: out.ok ? out.records.length : 0,
      format: out.ok ? out.format : null,
    });
  }
  return parsed;
}

const multisource = present ? await parseAll(DIRS[0]!) : [];
const jawhara = present ? await parseAll(DIRS[1]!) : [];

describe.skipIf(!present)('corpus: ant-multisource and ant-jawharafm (TREC-style <DOC>)', () => {
  const all = [...multisource, ...jawhara];
  const rel = (p: Parsed) => path.relative(CORPUS, p.file);

  it('reads all 176 files (138 multisource + 38 jawharafm) as one TREC article each', () => {
    expect([multisource.length, jawhara.length]).toEqual([138, 38]);
    expect(all.filter((p) => p.format !== 'trec' || p.count !== 1).map(rel)).toEqual([]);
  });

  it('gives every article a title and a date', () => {
    expect(all.filter((p) => !p.record?.title).map(rel)).toEqual([]);
    expect(all.filter((p) => !/^\d{4}-\d{2}-\d{2}$/.test(p.record?.date ?? '')).map(rel)).toEqual([]);
  });

  it('dates each article on the day its file name states', () => {
    // File names end in -yyyymmdd; TIME is the same day in every file.
    const differs = all.filter((p) => {
      const day = /-(\d{4})(\d{2})(\d{2})\.txt$/.exec(p.file);
      return day && p.record?.date !== `${day[1]}-${day[2]}-${day[3]}`;
    });
    expect(differs.map((p) => `${rel(p)} → ${p.record?.date}`)).toEqual([]);
  });

  it('gives every article an agency', () => {
    expect(all.filter((p) => !p.record?.agency).map(rel)).toEqual([]);
  });

  it('takes place and agency from Sky News AUTHOR datelines', () => {
    const sky = multisource.filter((p) => p.file.includes('/SkyNews/'));
    expect(sky.length).toBeGreaterThan(0);
    expect(sky.filter((p) => p.record?.place !== 'أبوظبي' || p.record.agency !== 'Sky News Arabia').map(rel)).toEqual(
      [],
    );
  });

  it('lifts the CNN Arabic in-text dateline off the first paragraph when it names a place', () => {
    const cnn = multisource.filter((p) => p.file.includes('/CNN/')).map((p) => p.record);
    expect(cnn.filter((r) => r?.paragraphs[0]?.includes('(CNN)') && /^\p{L}/u.test(r.paragraphs[0]))).toEqual([]);
    expect(cnn.filter((r) => r?.place).length).toBeGreaterThanOrEqual(26);
  });

  it('drops every BBC Arabic app-promotion footer', () => {
    const withFooter = all.filter((p) => p.record?.paragraphs.some((t) => t.includes('إشعارات بأهم الموضوعات')));
    expect(withFooter.map(rel)).toEqual([]);
  });

  it('lifts the CNN "للمزيد:" links into related items', () => {
    const related = all.flatMap((p) => p.record?.related ?? []);
    expect(related).toHaveLength(3);
    expect(all.filter((p) => p.record?.paragraphs.some((t) => /^للمزيد\s*:/.test(t))).map(rel)).toEqual([]);
  });

  it('never puts the ABSTRACT in twice when it repeats the lead', () => {
    const doubled = all.filter((p) => {
      const [a, b] = p.record?.paragraphs ?? [];
      return a !== undefined && b !== undefined && (b.startsWith(a) || a.startsWith(b));
    });
    expect(doubled.map(rel)).toEqual([]);
  });
});
