import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DispatchRecord } from '../../../src-main/contract/records';
import { parseFile } from '../../../src-main/core/parse/index';
import { CORPUS } from './corpus-files';

const FILE = path.join(CORPUS, 'reuters21578/reut2-021.sgm');
if (!existsSync(FILE)) console.warn(`skipping Reuters corpus test: ${FILE} not found`);

const bytes = existsSync(FILE) ? readFileSync(FILE) : new Uint8Array();
const outcome = await parseFile({ path: FILE, bytes, mtimeMs: existsSync(FILE) ? statSync(FILE).mtimeMs : 0 });

describe.skipIf(!existsSync(FILE))('corpus: reuters21578/reut2-021.sgm', () => {
  const records: DispatchRecord[] = outcome.ok ? outcome.records : [];
  // The raw <REUTERS> elements, in order, to compare each record with what its source states.
  const raw = bytes
    .toString()
    .split(/(?=<REUTERS[\s>])/)
    .filter((c) => c.startsWith('<REUTERS'));

  it('parses as SGML into all 578 records', () => {
    expect(outcome.ok && outcome.format).toBe('sgml');
    expect(raw).toHaveLength(578);
    expect(records).toHaveLength(578);
  });

  it('dates every record from its DATE element', () => {
    expect(records.filter((r) => !r.date).map((r) => r.title)).toEqual([]);
    expect(records[0]?.date).toBe('1987-10-19');
  });

  it('gives every record a title, the first line standing in for UNPROC records', () => {
    expect(records.filter((r) => !r.title.trim())).toEqual([]);
  });

  it('takes a place from every record that has a DATELINE', () => {
    const withDateline = records.filter((_r, i) => raw[i]?.includes('<DATELINE>'));
    expect(withDateline).toHaveLength(460);
    expect(withDateline.filter((r) => !r.place).map((r) => r.title)).toEqual([]);
    expect(records[1]?.place).toBe('BAHRAIN');
  });

  it('names Reuters as the agency and strips every Reuter sign-off from the bodies', () => {
    expect(records.filter((r) => r.agency !== 'Reuters')).toEqual([]);
    expect(records.filter((r) => r.paragraphs.some((p) => /\breuter\s*$/i.test(p))).map((r) => r.title)).toEqual([]);
  });

  it('keeps the 115 BRIEF records as headlines without the Blah placeholder', () => {
    const briefs = records.filter((_r, i) => raw[i]?.includes('TYPE="BRIEF"'));
    expect(briefs).toHaveLength(115);
    expect(briefs.filter((r) => r.paragraphs.some((p) => /blah/i.test(p)))).toEqual([]);
  });

  it('leaves no entity or control character in any title or paragraph', () => {
    const text = records.flatMap((r) => [r.title, ...r.paragraphs]);
    expect(text.filter((t) => /&#?\w+;|\p{Cc}/u.test(t))).toEqual([]);
  });

  it('rejoins the hard-wrapped lines of a body into its indented paragraphs', () => {
    expect(records[1]?.paragraphs[0]).toBe(
      'Huge oil platforms dot the Gulf like beacons -- usually lit up like Christmas trees at night.',
    );
  });
});
