import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormatError } from '../../../src-main/core/parse/draft';
import { parseSgml } from '../../../src-main/core/parse/sgml';

const FIXTURE = readFileSync(path.resolve(__dirname, '../../fixtures/sgml/three-records.sgm'), 'utf8');
const [full, brief, unproc] = parseSgml(FIXTURE);

describe('parseSgml', () => {
  it('returns one draft per <REUTERS> record', () => {
    expect(parseSgml(FIXTURE)).toHaveLength(3);
  });

  it('reads the date from DATE', () => {
    expect(full?.date).toBe('1987-03-05');
  });

  it('reads a DATE stamped to the hundredth of a second as its day, and one with other text after it not at all', () => {
    const record = (date: string) =>
      parseSgml(`<REUTERS><DATE>${date}</DATE><TEXT><TITLE>T</TITLE></TEXT></REUTERS>`)[0];
    expect(record(' 5-MAR-1987 09:08:07.66')?.date).toBe('1987-03-05');
    expect(record('5-MAR-1987 09:08:07.66 extra')?.date).toBeNull();
  });

  it('keeps the capitalised TITLE as is, with entities decoded', () => {
    expect(full?.title).toBe('ACME <ACM> SAYS PROFITS & SALES ROSE');
  });

  it('takes the place from a DATELINE with a state abbreviation', () => {
    expect(full?.place).toBe('PALO ALTO, Calif.');
  });

  it('rejoins hard-wrapped lines into the indented paragraphs', () => {
    expect(full?.paragraphs).toEqual([
      'Acme Corp said its profits rose sharply in the first quarter.',
      'Sales of its <ACM> widgets doubled, the company said.',
    ]);
  });

  it('strips the Reuter sign-off and sets the agency, not a signature', () => {
    expect(full).toMatchObject({ agency: 'Reuters', signature: null });
    expect(full?.paragraphs.join(' ')).not.toMatch(/reuter/i);
  });

  it('does not take the AUTHOR byline as a signature', () => {
    expect(full?.signature).toBeNull();
  });

  it('keeps a BRIEF record as its title, without the Blah placeholder or flash stars', () => {
    expect(brief).toMatchObject({ title: 'ACME SEES HIGHER 1987 EARNINGS', paragraphs: [], place: null });
  });

  it('uses the first line of an UNPROC record as its title', () => {
    expect(unproc?.title).toBe('ACME <ACM> 1ST QTR NET');
  });

  it('lifts a dateline-only first line of an UNPROC record into the place', () => {
    expect(unproc).toMatchObject({
      place: 'BOSTON',
      paragraphs: ['Shr 75 cts vs 55 cts', 'Net 8,031,000 vs 5,819,000'],
    });
  });

  it('removes control characters, including a terminal escape sequence inside a word', () => {
    const text = FIXTURE.replace('profits\nrose', 'pro&#27;[Bfits\nrose');
    expect(parseSgml(text)[0]?.paragraphs[0]).toBe('Acme Corp said its profits rose sharply in the first quarter.');
  });

  it('warns on a record cut off before </REUTERS>', () => {
    const cut = FIXTURE.slice(0, FIXTURE.indexOf('doubled'));
    expect(parseSgml(cut)[0]?.warnings).toEqual(['record is cut off: no closing </REUTERS> tag']);
  });

  it('rejects a file without any <REUTERS> record as malformed', () => {
    expect(() => parseSgml('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n')).toThrow(
      expect.objectContaining({ code: 'malformed' }) as FormatError,
    );
  });
});
