import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DispatchRecord } from '../../../src-main/contract/records';
import { parseFile } from '../../../src-main/core/parse/index';
import { CORPUS } from './corpus-files';

const FILE = path.join(CORPUS, 'sana/sanasyria.json');
if (!existsSync(FILE)) console.warn(`skipping SANA corpus test: ${FILE} not found`);

interface RawArticle {
  date: string;
  title: string;
  text: string;
}

const bytes = existsSync(FILE) ? readFileSync(FILE) : new Uint8Array();
const outcome = await parseFile({ path: FILE, bytes, mtimeMs: existsSync(FILE) ? statSync(FILE).mtimeMs : 0 });

describe.skipIf(!existsSync(FILE))('corpus: sana/sanasyria.json', () => {
  const records: DispatchRecord[] = outcome.ok ? outcome.records : [];
  const raw = existsSync(FILE) ? (JSON.parse(bytes.toString()) as RawArticle[]) : [];

  it('parses as JSON into all 343 articles', () => {
    expect(outcome.ok && outcome.format).toBe('json');
    expect(records).toHaveLength(343);
  });

  it('titles every article with its real headline, stored under the "date" key', () => {
    const wrong = records.filter((r, i) => r.title !== raw[i]?.date.replace(/\u00a0/g, ' ').trim());
    expect(wrong.map((r) => r.title)).toEqual([]);
  });

  it('gives every article an ISO date read from the "title" key', () => {
    expect(records.filter((r) => !/^\d{4}-\d{2}-\d{2}$/.test(r.date ?? '')).map((r) => r.title)).toEqual([]);
    expect(records[0]?.date).toBe('2017-09-11');
  });

  // Two articles state no dateline at all (one starts `Upon directives of President...`,
  // one has an empty text), so they state no agency and no place either.
  it('names SANA as the agency of every article whose text opens with a dateline', () => {
    const withDateline = records.filter((_r, i) => /^\s*[\w ,/.-]+,?\s*SANA/u.test(raw[i]?.text ?? ''));
    expect(withDateline).toHaveLength(341);
    expect(withDateline.filter((r) => r.agency !== 'SANA').map((r) => r.title)).toEqual([]);
  });

  it('finds a place for at least 99% of articles', () => {
    const misses = records.filter((r) => !r.place);
    if (misses.length)
      console.info(`SANA articles without a place (${misses.length}):\n  ${misses.map((r) => r.title).join('\n  ')}`);
    expect(records.length - misses.length).toBeGreaterThanOrEqual(Math.ceil(records.length * 0.99));
  });

  it('lifts an editor signature off at least 95% of articles and leaves none glued to the text', () => {
    const signed = records.filter((r) => r.signature);
    expect(signed.length).toBeGreaterThanOrEqual(Math.ceil(records.length * 0.95));
    const first = records[0];
    expect(first?.signature).toBe('H. Zain/ Ghossoun');
    expect(first?.paragraphs.at(-1)).toMatch(/hostilities in it\.$/);
  });

  it('splits the glued paragraphs of the first article', () => {
    expect(records[0]?.paragraphs).toHaveLength(4);
    expect(records[0]?.paragraphs[1]).toMatch(/^The plenary meeting of the 6th round/);
  });

  it('leaves no dateline at the start of a body and no no-break space anywhere', () => {
    const bodies = records.map((r) => r.paragraphs.join('\n'));
    expect(bodies.filter((b) => /^\S+, SANA/.test(b))).toEqual([]);
    expect(bodies.filter((b) => b.includes('\u00a0'))).toEqual([]);
  });
});
