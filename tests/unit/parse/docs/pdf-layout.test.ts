import { describe, expect, it } from 'vitest';
import { pdfDateTime } from '../../../../src-main/core/parse/docs/pdf-date';
import { linesOfPage, type PdfLine } from '../../../../src-main/core/parse/docs/pdf-lines';
import { paragraphsOf } from '../../../../src-main/core/parse/docs/pdf-paragraphs';
import { dropRunningLines } from '../../../../src-main/core/parse/docs/pdf-running';

const line = (text: string, y: number, extra: Partial<PdfLine> = {}): PdfLine => ({
  text,
  x: 72,
  y,
  right: 72 + text.length * 6,
  size: 12,
  page: 1,
  ...extra,
});

describe('linesOfPage', () => {
  it('puts runs on one baseline into one line, left to right, with a space where there is a gap', () => {
    const lines = linesOfPage(
      [
        { text: 'world', x: 106, y: 700.5, width: 30, size: 12 },
        { text: 'Hello', x: 72, y: 700, width: 30, size: 12 },
        { text: 'Next', x: 72, y: 684, width: 24, size: 12 },
      ],
      1,
    );
    expect(lines.map((l) => l.text)).toEqual(['Hello world', 'Next']);
  });
});

describe('linesOfPage in columns', () => {
  it('reads two columns one after the other, not across the gutter', () => {
    const run = (text: string, x: number, y: number) => ({ text, x, y, width: 150, size: 10 });
    const runs = [
      run('Left one', 50, 700),
      run('Right one', 320, 700),
      run('Left two', 50, 688),
      run('Right two', 320, 688),
      run('Left three', 50, 676),
      run('Right three', 320, 676),
    ];
    expect(linesOfPage(runs, 1).map((l) => l.text)).toEqual([
      'Left one',
      'Left two',
      'Left three',
      'Right one',
      'Right two',
      'Right three',
    ]);
  });

  it('keeps a headline that spans the columns first', () => {
    const runs = [
      { text: 'A headline across both columns of the page', x: 50, y: 740, width: 420, size: 10 },
      ...[700, 688, 676].flatMap((y) => [
        { text: `left ${y}`, x: 50, y, width: 150, size: 10 },
        { text: `right ${y}`, x: 320, y, width: 150, size: 10 },
      ]),
    ];
    const texts = linesOfPage(runs, 1).map((l) => l.text);
    expect(texts[0]).toBe('A headline across both columns of the page');
    expect(texts.slice(1)).toEqual(['left 700', 'left 688', 'left 676', 'right 700', 'right 688', 'right 676']);
  });
});

describe('paragraphsOf', () => {
  it('starts a paragraph at a taller gap and joins the lines between', () => {
    const paragraphs = paragraphsOf([
      line('First line of one', 700),
      line('paragraph ends.', 686),
      line('A second one', 660),
      line('follows here.', 646),
    ]);
    expect(paragraphs).toEqual(['First line of one paragraph ends.', 'A second one follows here.']);
  });

  it('starts a paragraph at a first-line indent even without a gap', () => {
    const paragraphs = paragraphsOf([
      line('One paragraph', 700),
      line('ends here.', 686),
      line('Another starts', 672, { x: 96 }),
      line('and goes on.', 658),
    ]);
    expect(paragraphs).toEqual(['One paragraph ends here.', 'Another starts and goes on.']);
  });

  it('joins a word hyphenated over two lines', () => {
    expect(paragraphsOf([line('The negoti-', 700), line('ators met.', 686)])).toEqual(['The negotiators met.']);
  });
});

describe('dropRunningLines', () => {
  it('drops a line repeated at one height on most pages and bare page numbers at the edges', () => {
    const page = (n: number): PdfLine[] => [
      line('The Daily Courier', 780, { page: n }),
      line(`Story text ${'pqr'.slice(0, n)} is here and long.`, 700, { page: n }),
      line(`Reports say ${'abc'.slice(0, n)} things.`, 650, { page: n }),
      line(`Other words ${'xyz'.slice(0, n)} differ.`, 600, { page: n }),
      line(`${n}`, 40, { page: n }),
    ];
    const { lines, dropped } = dropRunningLines([page(1), page(2), page(3)]);
    expect(lines.map((l) => l.text)).not.toContain('The Daily Courier');
    expect(lines.some((l) => /^\d+$/.test(l.text))).toBe(false);
    expect(lines).toHaveLength(9);
    expect(dropped).toBe(6);
  });

  it('keeps a heading that appears on one page only', () => {
    const { lines } = dropRunningLines([
      [line('Only once', 780), line('Body', 700)],
      [line('Body two', 700, { page: 2 })],
    ]);
    expect(lines.map((l) => l.text)).toContain('Only once');
  });
});

describe('pdfDateTime', () => {
  it('keeps the offset a PDF date states', () => {
    expect(pdfDateTime("D:20240314093000+03'30'")).toBe('2024-03-14T09:30:00+03:30');
    expect(pdfDateTime('D:20240314093000Z')).toBe('2024-03-14T09:30:00Z');
  });

  it('fills the parts a short PDF date leaves out and refuses what is not one', () => {
    expect(pdfDateTime('D:2024')).toBe('2024-01-01T00:00:00Z');
    expect(pdfDateTime('D:20241399')).toBeNull();
    expect(pdfDateTime('yesterday')).toBeNull();
    expect(pdfDateTime(undefined)).toBeNull();
  });
});
