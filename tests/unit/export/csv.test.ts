// The CSV export: what a spreadsheet app needs to open it right, read back with papaparse.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, buildCsv } from '../../../src-main/core/export/csv';
import { dossierDoc, highlightOf, makeArticle } from '../../fixtures/export/articles';

function rowsOf(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/u, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/**
 * A line as Excel with a semicolon list separator (Russian, German locales) reads it:
 * a `;` outside double quotes starts a new cell; commas are just text.
 */
function splitOnSemicolons(line: string): string[] {
  const cells = [''];
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ';' && !quoted) cells.push('');
    else cells[cells.length - 1] += ch;
  }
  return cells;
}

describe('buildCsv', () => {
  it('starts with a UTF-8 byte-order mark and the header, and ends every row with CRLF', () => {
    const csv = buildCsv(dossierDoc([makeArticle({ id: 'a1' }), makeArticle({ id: 'b2' })]));
    expect(csv.startsWith('\uFEFF"id","date","title",')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv.replace(/\r\n/gu, '')).not.toContain('\n');
  });

  it('writes one row per article with its tags, annotation count and whether it has a note', () => {
    const paragraphs = ['The convoy reached Aleppo.'];
    const article = makeArticle({
      id: 'a1',
      paragraphs,
      userData: {
        tags: ['syria/aleppo', 'convoys'],
        note: 'Follow up',
        annotations: [highlightOf(paragraphs, 'convoy'), highlightOf(paragraphs, 'Aleppo')],
      },
    });
    const [header, row] = rowsOf(buildCsv(dossierDoc([article])));
    expect(Object.fromEntries(header!.map((name, i) => [name, row![i]]))).toEqual({
      id: 'a1',
      date: '2016-07-15',
      title: 'Headline a1',
      place: 'Damascus',
      agency: 'SANA',
      language: 'en',
      signature: '',
      // A plain-text article states none of the agency fields.
      byline: '',
      date_time: '',
      status: '',
      subjects: '',
      urgency: '',
      slugline: '',
      guid: '',
      version: '',
      tags: 'syria/aleppo; convoys',
      annotations: '2',
      has_note: 'yes',
      source_path: '/wires/a1.txt',
      sha256: 'a'.repeat(64),
      format: 'text',
      encoding: 'utf-8',
      // No names were found in it (issue 19).
      people: '',
      organisations: '',
      places_mentioned: '',
    });
  });

  it('quotes commas, quotes and newlines so the values read back unchanged', () => {
    const title = 'Talks, "at last",\nin Geneva';
    const rows = rowsOf(buildCsv(dossierDoc([makeArticle({ id: 'a1', title, place: 'Homs, Syria' })])));
    expect(rows[1]![CSV_COLUMNS.indexOf('title')]).toBe(title);
    expect(rows[1]![CSV_COLUMNS.indexOf('place')]).toBe('Homs, Syria');
  });

  it('keeps Cyrillic and Arabic text intact', () => {
    const csv = buildCsv(
      dossierDoc([
        makeArticle({ id: 'a1', title: 'Песков: РФ готова' }),
        makeArticle({ id: 'b2', title: 'وزير الخارجية يبحث', place: 'دمشق' }),
      ]),
    );
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = rowsOf(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
    expect(rows.map((r) => r[CSV_COLUMNS.indexOf('title')])).toEqual([
      'title',
      'Песков: РФ готова',
      'وزير الخارجية يبحث',
    ]);
    expect(rows[2]![CSV_COLUMNS.indexOf('place')]).toBe('دمشق');
  });

  it('prefixes a cell a spreadsheet would run as a formula with an apostrophe', () => {
    const titles = [
      '=HYPERLINK("http://x.test","click")',
      '+1',
      '-2 dead',
      '@SUM(A1)',
      '\tTabbed',
      '=1+1\nsecond line',
    ];
    const rows = rowsOf(buildCsv(dossierDoc(titles.map((title, i) => makeArticle({ id: `a${i}`, title })))));
    expect(rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('title')])).toEqual(titles.map((t) => `'${t}`));
  });

  it('quotes every field, the header and numbers included', () => {
    const csv = buildCsv(dossierDoc([makeArticle({ id: 'a1', title: 'Plain title' })]));
    const [header, line] = csv.replace(/^\uFEFF/u, '').split('\r\n');
    expect(header).toBe(CSV_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(line).toMatch(/^"a1","2016-07-15","Plain title",.*,"0","no",/u);
  });

  it('keeps a formula after a semicolon inside its cell for a spreadsheet that splits on semicolons', () => {
    const csv = buildCsv(
      dossierDoc([
        makeArticle({
          id: 'a1',
          title: 'Talks;=HYPERLINK(1)',
          userData: { tags: ['syria', '@SUM(A1)'], note: '', annotations: [] },
        }),
      ]),
    );
    const cells = splitOnSemicolons(csv.split('\r\n')[1]!);
    expect(cells.filter((c) => /^\s*[=+\-@]/u.test(c))).toEqual([]);
  });

  it('leaves ordinary text, dates and hyphens inside a cell alone', () => {
    const rows = rowsOf(
      buildCsv(dossierDoc([makeArticle({ id: 'a1', title: 'Cease-fire holds = calm', date: '2016-07-15' })])),
    );
    expect(rows[1]!.slice(1, 3)).toEqual(['2016-07-15', 'Cease-fire holds = calm']);
  });
});
