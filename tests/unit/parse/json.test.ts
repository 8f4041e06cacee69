import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../src-main/core/parse/draft';
import { parseJson } from '../../../src-main/core/parse/json';

const json = (value: unknown): string => JSON.stringify(value);

function formatError(text: string): FormatError {
  try {
    parseJson(text);
  } catch (err) {
    if (err instanceof FormatError) return err;
    throw err;
  }
  throw new Error('parseJson did not throw');
}

describe('parseJson: record shapes', () => {
  it('reads an array of record objects into one draft each', () => {
    const drafts = parseJson(
      json([
        { title: 'Talks resume', date: '2017-09-11', text: 'Talks resumed today.' },
        { title: 'Port reopens', date: '2017-09-12', text: 'The port reopened.' },
      ]),
    );
    expect(drafts.map((d) => [d.title, d.date, d.paragraphs])).toEqual([
      ['Talks resume', '2017-09-11', ['Talks resumed today.']],
      ['Port reopens', '2017-09-12', ['The port reopened.']],
    ]);
  });

  it('matches field names case-insensitively and by their common synonyms', () => {
    const [draft] = parseJson(json([{ Headline: 'Floods in the north', PubDate: '2020-04-27', Body: 'Rivers rose.' }]));
    expect(draft).toMatchObject({ title: 'Floods in the north', date: '2020-04-27', paragraphs: ['Rivers rose.'] });
  });

  it('reads the one array of a wrapper object such as {"articles": [...]}', () => {
    const drafts = parseJson(
      json({
        status: 'ok',
        articles: [
          { title: 'A', text: 'One.' },
          { title: 'B', text: 'Two.' },
        ],
      }),
    );
    expect(drafts.map((d) => d.title)).toEqual(['A', 'B']);
  });

  it('refuses a Dispatch Archive export, pointing to Restore instead of importing it as an article', () => {
    const err = formatError(
      json({
        format: 'dispatch-archive-export',
        version: 1,
        title: 'Dossier: syria',
        articles: [{ title: 'A', paragraphs: ['x'] }],
      }),
    );
    expect(err.code).toBe('backup-file');
    expect(err.message).toMatch(/Dispatch Archive export .*Restore from Backup/);
  });

  it('reads a single object that is itself a dispatch as one record', () => {
    const drafts = parseJson(json({ title: 'Alone', content: 'Only one.' }));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.title).toBe('Alone');
  });

  it('reads a .json file that holds one object per line as JSON Lines', () => {
    const drafts = parseJson('{"title": "A", "text": "One."}\n{"title": "B", "text": "Two."}\n');
    expect(drafts.map((d) => d.title)).toEqual(['A', 'B']);
  });

  it('takes an array of strings as the paragraphs', () => {
    const [draft] = parseJson(json([{ title: 'T', content: ['First paragraph.', 'Second paragraph.'] }]));
    expect(draft?.paragraphs).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('takes agency, place, language and tags from their fields', () => {
    const [draft] = parseJson(
      json([
        { title: 'T', text: 'Body.', source: 'TASS', location: 'Moscow', lang: 'RU', tags: ['politics', 'syria'] },
      ]),
    );
    expect(draft).toMatchObject({ agency: 'TASS', place: 'Moscow', languageHint: 'ru', tags: ['politics', 'syria'] });
  });

  it('does not take an author byline as the editor signature', () => {
    const [draft] = parseJson(json([{ title: 'T', text: 'The talks ended.', author: 'Jane Smith' }]));
    expect(draft?.signature).toBeNull();
  });

  it('turns escaped no-break spaces in values into plain spaces', () => {
    const [draft] = parseJson('[{"title": "Round\\u00a06 of talks", "text": "Held\\u00a0on Friday.\\u00a0\\u00a0"}]');
    expect(draft).toMatchObject({ title: 'Round 6 of talks', paragraphs: ['Held on Friday.'] });
  });

  it('skips items that are not dispatch objects and says so on the others', () => {
    const drafts = parseJson(json([{ title: 'Kept', text: 'Body.' }, 42, { id: 7 }]));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.warnings).toEqual([
      'item 2 skipped: not an object with a title or text',
      'item 3 skipped: not an object with a title or text',
    ]);
  });
});

describe('parseJson: swapped title and date', () => {
  it('swaps back a headline stored under "date" and a date stored under "title"', () => {
    const [draft] = parseJson(
      json([{ date: 'Army restores security', title: '11 September\u060c 2017', text: 'Body.' }]),
    );
    expect(draft).toMatchObject({ title: 'Army restores security', date: '2017-09-11' });
    expect(draft?.warnings).toContain('title and date were stored under each other\u2019s keys; swapped back');
  });

  it('keeps title and date as stated when the date field parses', () => {
    const [draft] = parseJson(json([{ title: 'Army restores security', date: '2017-09-11', text: 'Body.' }]));
    expect(draft).toMatchObject({ title: 'Army restores security', date: '2017-09-11', warnings: [] });
  });

  it('leaves the date null and warns when neither value is a date', () => {
    const [draft] = parseJson(json([{ title: 'Headline', date: 'sometime soon', text: 'Body.' }]));
    expect(draft?.date).toBeNull();
    expect(draft?.warnings).toEqual(['date not recognised: "sometime soon"']);
  });
});

describe('parseJson: SANA-style bodies', () => {
  it('splits paragraphs glued at a sentence end followed by a capital', () => {
    const [draft] = parseJson(
      json([{ title: 'T', text: 'The talks ended in it.The army advanced.\u201cWe won,\u201d he said.' }]),
    );
    expect(draft?.paragraphs).toEqual(['The talks ended in it.', 'The army advanced.', '\u201cWe won,\u201d he said.']);
  });

  it('does not split after an abbreviation or an initial', () => {
    const [draft] = parseJson(json([{ title: 'T', text: 'Members of the U.S.Congress met Dr.Kamal on Monday.' }]));
    expect(draft?.paragraphs).toEqual(['Members of the U.S.Congress met Dr.Kamal on Monday.']);
  });

  it('joins a line broken in mid-sentence and keeps sentence-final line breaks', () => {
    const [draft] = parseJson(json([{ title: 'T', text: 'The ministry said in a\nstatement.\nTASS reported it.' }]));
    expect(draft?.paragraphs).toEqual(['The ministry said in a statement.', 'TASS reported it.']);
  });

  it('lifts a leading dateline into place and agency', () => {
    const [draft] = parseJson(json([{ title: 'T', text: 'Damascus, SANA \u2013 The army restored security.' }]));
    expect(draft).toMatchObject({ place: 'Damascus', agency: 'SANA', paragraphs: ['The army restored security.'] });
  });

  it('lifts an editor signature glued to the last sentence', () => {
    const [draft] = parseJson(
      json([{ title: 'T', text: 'Talks ended.The army stressed its commitment to it.H. Zain/ Ghossoun' }]),
    );
    expect(draft?.signature).toBe('H. Zain/ Ghossoun');
    expect(draft?.paragraphs).toEqual(['Talks ended.', 'The army stressed its commitment to it.']);
  });

  it('lifts a lone name on the last line as the signature', () => {
    const [draft] = parseJson(json([{ title: 'T', text: 'He wished him success in his new post.\nBarry' }]));
    expect(draft).toMatchObject({ signature: 'Barry', paragraphs: ['He wished him success in his new post.'] });
  });
});

describe('parseJson: errors', () => {
  it('rejects a file cut off mid-value as truncated JSON, naming the byte', () => {
    const err = formatError('[{"title": "A", "text": "cut o');
    expect(err.code).toBe('truncated-json');
    expect(err.message).toBe('truncated JSON: unexpected end of input at byte 30');
  });

  it('counts the truncation byte in UTF-8 bytes, not characters', () => {
    expect(formatError('[{"title": "دمشق').message).toBe('truncated JSON: unexpected end of input at byte 20');
  });

  it('rejects other syntax errors as invalid JSON with line and column', () => {
    const err = formatError('[\n  {"title": "A" "text": "B"}\n]');
    expect(err.code).toBe('invalid-json');
    expect(err.message).toMatch(/^invalid JSON at line 2, column 17 \(byte 18\): /);
  });

  it('rejects an array whose items are not dispatch objects as no-records', () => {
    expect(formatError(json([1, 'two', { id: 3 }])).code).toBe('no-records');
  });
});
