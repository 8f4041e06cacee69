import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../src-main/core/parse/draft';
import { parseJsonLines } from '../../../src-main/core/parse/jsonl';

const lines = (...items: string[]): string => items.join('\n');

describe('parseJsonLines', () => {
  it('reads one record per line', () => {
    const drafts = parseJsonLines(
      lines('{"title": "First", "text": "One."}', '{"title": "Second", "text": "Two."}', ''),
    );
    expect(drafts.map((d) => [d.title, d.paragraphs])).toEqual([
      ['First', ['One.']],
      ['Second', ['Two.']],
    ]);
  });

  it('maps fields the same way as JSON, swapped title and date included', () => {
    const [draft] = parseJsonLines('{"date": "Headline here", "title": "1 September\u060c 2017", "text": "Body."}');
    expect(draft).toMatchObject({ title: 'Headline here', date: '2017-09-01' });
  });

  it('skips a line that does not parse and names it in a warning on the other records', () => {
    const drafts = parseJsonLines(
      lines('{"title": "Good", "text": "Fine."}', '{"title": "Bad", "text": ', '{"title": "Also good"}'),
    );
    expect(drafts.map((d) => d.title)).toEqual(['Good', 'Also good']);
    expect(drafts[0]?.warnings).toEqual(['line 2 skipped: truncated JSON: unexpected end of input at byte 24']);
    expect(drafts[1]?.warnings).toEqual(drafts[0]?.warnings);
  });

  it('skips a line that parses but holds no dispatch, with a warning', () => {
    const drafts = parseJsonLines(lines('{"count": 3}', '{"title": "Kept", "text": "Body."}'));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.warnings).toEqual(['line 1 skipped: not an object with a title or text']);
  });

  it('rejects the file with the first line error when no line parses', () => {
    expect(() => parseJsonLines(lines('{"title": ', 'not json'))).toThrow(
      expect.objectContaining({ code: 'truncated-json' }) as FormatError,
    );
  });

  it('rejects the file as no-records when lines parse but none is a dispatch', () => {
    expect(() => parseJsonLines(lines('{"a": 1}', '{"b": 2}'))).toThrow(
      expect.objectContaining({ code: 'no-records' }) as FormatError,
    );
  });

  it('reads a line holding an array of 200,000 records without overflowing the stack', () => {
    // Spreading them into push() as arguments overflowed a thread's stack (audit finding 2).
    const line = JSON.stringify(Array.from({ length: 200_000 }, () => ({ title: 'a' })));
    expect(parseJsonLines(lines(line, '{"title":"Last"}'))).toHaveLength(200_001);
  });
});
