import { describe, expect, it } from 'vitest';
import type { DraftRecord } from '../../../src-main/core/parse/draft';
import { parseText } from '../../../src-main/core/parse/text';

function parseOne(text: string): DraftRecord {
  const drafts = parseText(text);
  expect(drafts).toHaveLength(1);
  const [draft] = drafts;
  if (!draft) throw new Error('no draft');
  return draft;
}

const BBC_LIKE = `Ad sales boost Time Warner profit

Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.

The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet connections.
`;

describe('parseText', () => {
  it('takes line 1 as the title and the rest as paragraphs', () => {
    const draft = parseOne(BBC_LIKE);
    expect(draft.title).toBe('Ad sales boost Time Warner profit');
    expect(draft.paragraphs).toEqual([
      'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.',
      'The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet connections.',
    ]);
  });

  it('leaves date, place, agency and signature null when the text states none', () => {
    const draft = parseOne(BBC_LIKE);
    expect([draft.date, draft.place, draft.agency, draft.signature]).toEqual([null, null, null, null]);
    expect(draft.related).toEqual([]);
  });

  it('does not lift a date that only appears in prose', () => {
    const draft = parseOne('Акция протеста\n\n21 мая 2011 года у здания мэрии прошла акция.\n');
    expect(draft.date).toBeNull();
    expect(draft.paragraphs).toEqual(['21 мая 2011 года у здания мэрии прошла акция.']);
  });

  it('takes a long prose first line as the title all the same', () => {
    const prose =
      'В понедельник у здания мэрии Москвы состоялась очередная акция протеста, направленная против политики властей.';
    const draft = parseOne(`${prose}\n\nНачало акции было намечено на 19 часов.\n`);
    expect(draft.title).toBe(prose);
    expect(draft.paragraphs).toEqual(['Начало акции было намечено на 19 часов.']);
  });

  it('reads a one-line file as a title with no paragraphs', () => {
    const draft = parseOne('Only a headline');
    expect(draft.title).toBe('Only a headline');
    expect(draft.paragraphs).toEqual([]);
  });

  it('skips blank lines before the title', () => {
    expect(parseOne('\n\n  \nHeadline\n\nBody.').title).toBe('Headline');
  });

  it('returns no draft for a text with no words', () => {
    expect(parseText(' \n\n ')).toEqual([]);
  });

  it('lifts a dateline and a date line under the title', () => {
    const draft = parseOne('Headline\n\nДамаск – САНА\n\n15-07-2016\n\nТекст новости.');
    expect([draft.place, draft.agency, draft.date]).toEqual(['Дамаск', 'САНА', '2016-07-15']);
    expect(draft.paragraphs).toEqual(['Текст новости.']);
  });

  it('lifts a date line that comes before the dateline', () => {
    const draft = parseOne('Headline\n15-07-2016\nДамаск – САНА\nТекст новости.');
    expect([draft.place, draft.agency, draft.date]).toEqual(['Дамаск', 'САНА', '2016-07-15']);
    expect(draft.paragraphs).toEqual(['Текст новости.']);
  });

  it('lifts a dateline that opens the first paragraph and keeps the rest of it', () => {
    const draft = parseOne('Headline\n\nDamascus, SANA – The army advanced in Hama.\n\nMore text.');
    expect([draft.place, draft.agency]).toEqual(['Damascus', 'SANA']);
    expect(draft.paragraphs).toEqual(['The army advanced in Hama.', 'More text.']);
  });

  it('does not look for a dateline further down the body', () => {
    const draft = parseOne('Headline\n\nFirst paragraph.\n\nDamascus, SANA – Second paragraph.');
    expect(draft.place).toBeNull();
    expect(draft.paragraphs).toHaveLength(2);
  });

  it('does not lift a date line below the first paragraphs', () => {
    const draft = parseOne('Headline\n\nOne.\n\nTwo.\n\nThree.\n\n15-07-2016');
    expect(draft.date).toBeNull();
    expect(draft.paragraphs.at(-1)).toBe('15-07-2016');
  });

  it('takes a signature on its own last line out of the body', () => {
    const draft = parseOne('Headline\n\nText of the dispatch.\n\n*Н.С./М.К.\n\n \n');
    expect(draft.signature).toBe('*Н.С./М.К.');
    expect(draft.paragraphs).toEqual(['Text of the dispatch.']);
  });

  it('takes a signature glued to the last sentence out of the body', () => {
    const draft = parseOne('Headline\n\nThe talks went on in it.H. Zain/ Ghossoun');
    expect(draft.signature).toBe('H. Zain/ Ghossoun');
    expect(draft.paragraphs).toEqual(['The talks went on in it.']);
  });

  it('does not take a last line that is only a name for a signature', () => {
    const draft = parseOne('Headline\n\nThe talks went on.\n\nHazem Sabbagh');
    expect(draft.signature).toBeNull();
    expect(draft.paragraphs.at(-1)).toBe('Hazem Sabbagh');
  });

  it('keeps a sub-headline as a paragraph in order', () => {
    const draft = parseOne('Headline\n\nFirst.\n\nA sub-headline without a full stop\n\nSecond.');
    expect(draft.paragraphs).toEqual(['First.', 'A sub-headline without a full stop', 'Second.']);
  });

  it('ignores lines that hold only spaces or NBSP', () => {
    const draft = parseOne('Headline\n\u00a0\nFirst.\n   \n\u00a0 \nSecond.');
    expect(draft.paragraphs).toEqual(['First.', 'Second.']);
  });

  it('keeps each line of a block as its own paragraph, as in bullet lists', () => {
    const draft = parseOne('Headline\n\nThey must:\n - Spend three years on probation\n - Pay a fine\n');
    expect(draft.paragraphs).toEqual(['They must:', '- Spend three years on probation', '- Pay a fine']);
  });

  it('joins a sentence broken by hard wrapping', () => {
    const draft = parseOne('Headline\n\nThe army advanced on the\ntown at dawn.\nA second sentence.');
    expect(draft.paragraphs).toEqual(['The army advanced on the town at dawn.', 'A second sentence.']);
  });

  it('moves the block after a Check Also marker into related', () => {
    const draft = parseOne('Headline\n\nBody.\n\nCheck Also\n\nOther story\n\nTeaser of the other story …\n');
    expect(draft.paragraphs).toEqual(['Body.']);
    expect(draft.related).toEqual([{ title: 'Other story', excerpt: 'Teaser of the other story …' }]);
  });

  it('finds the signature above a related block', () => {
    const draft = parseOne('Headline\n\nBody.\n\nR.Raslan/Mazen\n\nRead more\n\nOther story\n\nTeaser…');
    expect(draft.signature).toBe('R.Raslan/Mazen');
    expect(draft.paragraphs).toEqual(['Body.']);
  });

  it('adds no warnings to a clean dispatch', () => {
    expect(parseOne(BBC_LIKE).warnings).toEqual([]);
  });
});
