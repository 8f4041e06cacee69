import { describe, expect, it } from 'vitest';
import { parseDateWithOrder, splitLeadingDate, type DateOrder } from '../../../src-main/core/parse/date';
import { detectLanguage, detectLanguageOfParts } from '../../../src-main/core/parse/language';

// splitLeadingDate splits only the leading words now, and dates are remembered (issue 20):
// the answers must be those of splitting the whole text, as it did before.
function splitWholeText(text: string, order: DateOrder): { date: string; rest: string } | null {
  const parts = text.trimStart().split(/(\s+)/);
  for (let n = Math.min(6, Math.ceil(parts.length / 2)); n >= 1; n--) {
    const date = parseDateWithOrder(parts.slice(0, 2 * n - 1).join(''), order);
    if (date)
      return {
        date,
        rest: parts
          .slice(2 * n)
          .join('')
          .trimStart(),
      };
  }
  return null;
}

describe('splitLeadingDate', () => {
  const body = 'Casualties mount as the siege goes on.\n\nMore   text\tafter it. '.repeat(50);
  it.each([
    `12 February 2015 ${body}`,
    `  Wednesday 07 December 2016   ${body}`,
    `Fri 07 Apr 2017 at 0914 ${body}`,
    `24.08.2013 Syrian state media ${body}`,
    '4/18/17 short',
    '4/18/17',
    '12 February 2015 ',
    'a b c d e f ',
    '21.08.2013Get the rest',
    `No date here ${body}`,
    '',
  ])('answers for %j as splitting the whole text did', (text) => {
    for (const order of ['dmy', 'mdy'] as const)
      expect(splitLeadingDate(text, order)).toEqual(splitWholeText(text, order));
  });
});

describe('parseDateWithOrder remembered', () => {
  it('gives each order its own answer for the same text', () => {
    expect(parseDateWithOrder('4/5/17', 'dmy')).toBe('2017-05-04');
    expect(parseDateWithOrder('4/5/17', 'mdy')).toBe('2017-04-05');
    expect(parseDateWithOrder('4/5/17', 'dmy')).toBe('2017-05-04');
  });
});

describe('detectLanguageOfParts', () => {
  const english = 'The minister said talks with the rebels would resume in Geneva next week.';
  it.each([
    [['Headline', english]],
    [['', english.repeat(40), 'Второй абзац']],
    [['Заголовок', 'Министр заявил, что переговоры возобновятся на следующей неделе.'.repeat(30)]],
    [[]],
    [['short']],
  ])('detects as the joined text would (%#)', (parts) => {
    expect(detectLanguageOfParts(parts)).toBe(detectLanguage(parts.join('\n')));
  });
});
