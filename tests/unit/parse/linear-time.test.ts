// Reading time must grow linearly with input (robustness audit, finding 1: a 100 KB crafted
// line took 10 s as .txt, 20 s as .json and 60 s as .csv, a 1 MB text of lower-case lines 39 s).
// No test here times anything: each reads a megabyte of the crafted input, which a quadratic
// reader would take minutes on, and the deadline only stops such a reader from holding the
// test runner. The timings themselves are in bench/parse-scaling.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DispatchRecord } from '../../../src-main/contract/records';
import type { ParseOutcome } from '../../../src-main/core/parse/index';
import { DeadlineParser } from './deadline-parser';

const MB = 1024 * 1024;
/** Far above what linear reading of a megabyte takes, far below what quadratic reading does. */
const DEADLINE_MS = 15_000;

const parser = new DeadlineParser();
beforeAll(() => parser.ready(), 60_000);
afterAll(() => parser.close());

function outcomeOf(path: string, text: string): Promise<ParseOutcome> {
  return parser.parse({ path, bytes: new TextEncoder().encode(text), mtimeMs: 0 }, DEADLINE_MS);
}

async function read(path: string, text: string): Promise<DispatchRecord[]> {
  const outcome = await outcomeOf(path, text);
  if (!outcome.ok) throw new Error(`${path} rejected: ${outcome.reason}`);
  return outcome.records;
}

const times = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length));

describe('reading crafted megabyte inputs in linear time', { timeout: 20_000 }, () => {
  it('joins a megabyte of hard-wrapped lower-case lines into one paragraph', async () => {
    const [record] = await read(
      '/in/wrapped.txt',
      `Talks resume\n${times('delegations met on monday and agreed to meet again\n')}`,
    );
    expect(record!.paragraphs).toHaveLength(1);
    expect(record!.paragraphs[0]!.length).toBeGreaterThan(MB - 100);
  });

  it('reads a text line of a megabyte of spaces, of dots, and of spaces after a dateline', async () => {
    for (const line of [`a${times(' ')}b`, `a${times('.')}b`, `Damascus, SANA${times(' ')}x`]) {
      const [record] = await read('/in/line.txt', `Talks resume\n${line}\n`);
      expect(record!.paragraphs).toEqual([line]);
    }
  });

  it('splits glued sentences in a JSON body of a megabyte of dots', async () => {
    const [record] = await read('/in/dots.json', JSON.stringify([{ title: 'Talks', text: `a${times('.')}a` }]));
    expect(record!.paragraphs.join('').length).toBe(MB + 2);
  });

  it('joins a JSON body of a megabyte of wrapped lines into one paragraph', async () => {
    const [record] = await read(
      '/in/wrapped.json',
      JSON.stringify([{ title: 'Talks', text: times('delegations met on monday\n') }]),
    );
    expect(record!.paragraphs).toHaveLength(1);
  });

  it('does not take a megabyte-long JSON title for a date', async () => {
    const [record] = await read('/in/title.json', JSON.stringify([{ title: times('a'), date: 'soon', text: 'Body.' }]));
    expect(record!.date).toBeNull();
    expect(record!.title.length).toBe(MB);
  });

  it('names only the first skipped items on each record of a JSON array that mixes 50,000 records with 50,000 non-records', async () => {
    const items = Array.from({ length: 50_000 }, (_, i) => [{ title: `Story ${i}`, text: 'Body.' }, i]).flat();
    const records = await read('/in/mixed.json', JSON.stringify(items));
    expect(records).toHaveLength(50_000);
    expect(records[0]!.warnings).toHaveLength(21);
    expect(records[0]!.warnings.at(-1)).toBe('and 49980 more skipped');
  });

  it('reads a CSV cell of a megabyte of letters', async () => {
    const [record] = await read('/in/cell.csv', `title,text\nTalks,${times('a')}\n`);
    expect(record!.paragraphs[0]!.length).toBe(MB);
  });

  it('reads a CSV row of hundreds of thousands of badly quoted fields', async () => {
    const records = await read('/in/quotes.csv', `title,text\nTalks,${times('"a"b,')}\n`);
    expect(records.map((r) => r.title)).toEqual(['Talks']);
    expect(records[0]!.warnings.length).toBeLessThanOrEqual(21);
  });

  it('reads a Markdown paragraph of a megabyte of unmatched underscores as plain text', async () => {
    const [record] = await read('/in/marks.md', `Talks resume\n\n${times('_a')}\n`);
    expect(record!.title).toBe('Talks resume');
    expect(record!.paragraphs).toEqual([times('_a')]);
    expect(record!.warnings).toContain(
      'too many emphasis marks in one paragraph for the Markdown reader: read as plain text',
    );
  });

  it('ignores front matter of a megabyte of keys, with a warning', async () => {
    const keys = Array.from({ length: MB / 16 }, (_, i) => `key${i}: value`).join('\n');
    const [record] = await read('/in/keys.md', `---\n${keys}\n---\nTalks resume\n\nDelegations met.\n`);
    expect(record!.warnings).toContain('front matter is over 16 KB and was ignored');
    expect([record!.title, ...record!.paragraphs]).toEqual(['Talks resume', 'Delegations met.']);
  });

  it('reads a Reuters record of a megabyte of unclosed tags', async () => {
    expect(await outcomeOf('/in/text.sgm', `<REUTERS>${times('<TEXT')}`)).toMatchObject({
      ok: false,
      code: 'no-records',
    });
    const [brief] = await read(
      '/in/brief.sgm',
      `<REUTERS><TEXT TYPE="BRIEF"><TITLE>Talks</TITLE>${times('<A>a')}</TEXT></REUTERS>`,
    );
    expect(brief!.title).toBe('Talks');
  });

  it('reads a TREC document of a megabyte of unclosed <TITLE> tags', async () => {
    const [record] = await read('/in/doc.txt', `<DOC><TEXT>Delegations met.</TEXT>${times('<TITLE>')}</DOC>`);
    expect(record!.paragraphs).toEqual(['Delegations met.']);
  });

  it('lists the links of a <related> block of 50,000 links once each', async () => {
    const links = Array.from({ length: 50_000 }, (_, i) => `<a href="/news/${i}">Story ${i}</a>`).join('');
    const [record] = await read(
      '/in/related.html',
      `<html><body><article><p>Delegations met on Monday.</p><related>${links}</related></article></body></html>`,
    );
    expect(record!.related).toHaveLength(50_000);
  });
});
