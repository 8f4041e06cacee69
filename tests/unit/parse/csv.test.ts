import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src-main/core/parse/csv';
import { FormatError } from '../../../src-main/core/parse/draft';

// A fa-kes-shaped file: month-first `date`, lower-case `source` and `location`, no commas in the text.
const FAKES_LIKE = [
  'unit_id,article_title,article_content,source,date,location,label',
  '1,Bridge reopens in Homs,Wed 05 Apr 2017 Bridge reopens in Homs. The bridge reopened on Wednesday after repairs.,reuters,4/5/17,homs,0',
  '2,Eight killed in Aleppo,Eight killed in Aleppo 6 October 2016 Aleppo SANA-Terrorists fired shells on the city. Manar/Mazen,sana,10/6/16,aleppo,1',
  '3,Talks resume in Geneva,Delegations met again on Monday in Geneva.,ahram,4/18/17,damascus,1',
].join('\n');

function rows(text: string) {
  return parseCsv(text);
}

describe('parseCsv: columns', () => {
  it('makes one record per row', () => {
    expect(rows(FAKES_LIKE)).toHaveLength(3);
  });

  it('matches column names case-insensitively', () => {
    const [draft] = rows('Headline,Body,Published\nA title,Some text here.,15/07/2016\n');
    expect(draft).toMatchObject({ title: 'A title', paragraphs: ['Some text here.'], date: '2016-07-15' });
  });

  it('takes the agency from the source column and the place from the location column', () => {
    const draft = rows(FAKES_LIKE)[2]!;
    expect(draft.agency).toBe('ahram');
    expect(draft.place).toBe('damascus');
  });

  it('leaves fields null when the file has no such column', () => {
    const [draft] = rows('title,text\nA title,Some text.\n');
    expect(draft).toMatchObject({ date: null, place: null, agency: null, signature: null });
  });

  it('rejects a CSV with neither a title nor a text column', () => {
    expect(() => rows('id,score\n1,2\n')).toThrow(FormatError);
  });
});

describe('parseCsv: quoting', () => {
  it('keeps commas, quotes and newlines inside quoted fields', () => {
    const text = 'title,text\r\n"Talks, again","He said ""no"".\r\nThen he left."\r\n';
    const [draft] = rows(text);
    expect(draft!.title).toBe('Talks, again');
    expect(draft!.paragraphs).toEqual(['He said "no".', 'Then he left.']);
  });

  it('reads a tab-separated file', () => {
    const [draft] = rows('title\ttext\nA title\tSome, text.\n');
    expect(draft).toMatchObject({ title: 'A title', paragraphs: ['Some, text.'] });
  });

  it('warns on a row with too few fields instead of dropping it', () => {
    const drafts = rows('title,text,date\nA,Body one.,1/2/2016\nB\n');
    expect(drafts[1]!.warnings.join(' ')).toMatch(/CSV row 3/);
  });
});

describe('parseCsv: dates', () => {
  it('reads a m/d/yy date column month-first when its values prove it', () => {
    expect(rows(FAKES_LIKE).map((d) => d.date)).toEqual(['2017-04-05', '2016-10-06', '2017-04-18']);
  });

  it('reads an undecided numeric date column day-first', () => {
    const [draft] = rows('title,date\nA,03/04/2016\n');
    expect(draft!.date).toBe('2016-04-03');
  });

  it('warns about a date cell that is not a date and leaves the date null', () => {
    const [draft] = rows('title,date\nA,soon\n');
    expect(draft!.date).toBeNull();
    expect(draft!.warnings).toContain('date column value "soon" is not a date');
  });

  it('warns when the text opens with a different date than the date column', () => {
    const [draft] = rows('title,text,date\nA,12 February 2015 Casualties mount.,2/13/15\n');
    expect(draft!.date).toBe('2015-02-13');
    expect(draft!.warnings).toContain('date column says 2015-02-13 but the text opens with 2015-02-12');
  });
});

describe('parseCsv: lifting what the text repeats', () => {
  it('lifts a leading date and the repeated headline after it', () => {
    expect(rows(FAKES_LIKE)[0]!.paragraphs).toEqual(['The bridge reopened on Wednesday after repairs.']);
  });

  it('lifts a SANA row: headline, date, dateline and glued signature', () => {
    const draft = rows(FAKES_LIKE)[1]!;
    expect(draft).toMatchObject({ place: 'Aleppo', agency: 'SANA', signature: 'Manar/Mazen' });
    expect(draft.paragraphs).toEqual(['Terrorists fired shells on the city.']);
  });

  it('lifts a leading "Published" date as dailysabah writes it', () => {
    const [draft] = rows('title,text\nA,Published February 18 2015 The army captured several villages.\n');
    expect(draft!.paragraphs).toEqual(['The army captured several villages.']);
  });

  it('leaves text alone that repeats nothing', () => {
    expect(rows(FAKES_LIKE)[2]!.paragraphs).toEqual(['Delegations met again on Monday in Geneva.']);
  });

  it('does not cut a headline that runs on into a longer word', () => {
    const [draft] = rows('title,text\nTalks,Talkshow hosts met on Monday.\n');
    expect(draft!.paragraphs).toEqual(['Talkshow hosts met on Monday.']);
  });

  it('keeps a signature-like ending when no dateline was lifted', () => {
    const [draft] = rows('title,text\nA,Delegations met again on Monday. Manar/Mazen\n');
    expect(draft!.signature).toBeNull();
    expect(draft!.paragraphs).toEqual(['Delegations met again on Monday. Manar/Mazen']);
  });
});

describe('parseCsv: agencies named in a column', () => {
  const SIGNED = [
    'article_title,article_content,source,date',
    'Shells hit Aleppo,SANA reporter in Aleppo said that shells hit the city. Qabas / Hazem Sabbagh/Mazen,sana,10/6/16',
    'Shells hit Aleppo again,Shells hit the city for a second day. Qabas / Hazem Sabbagh/Mazen,ahram,10/7/16',
  ].join('\n');

  it('spells a known agency as the gazetteer does', () => {
    expect(rows(SIGNED).map((r) => r.agency)).toEqual(['SANA', 'ahram']);
  });

  it('splits the glued signature of a row from a signing agency even without a dateline', () => {
    const [sana] = rows(SIGNED);
    expect(sana!.signature).toBe('Qabas / Hazem Sabbagh/Mazen');
    expect(sana!.paragraphs.at(-1)).toBe('SANA reporter in Aleppo said that shells hit the city.');
  });

  it('looks for no signature in rows of agencies that do not sign', () => {
    expect(rows(SIGNED)[1]!.signature).toBeNull();
  });
});

describe('parseCsv: the delimiter', () => {
  it('reads a tab-separated file whose text holds commas', () => {
    const [draft] = rows('title\ttext\nA title, with a comma\tSome text, and more.\n');
    expect(draft).toMatchObject({ title: 'A title, with a comma', paragraphs: ['Some text, and more.'] });
  });

  it('reads a semicolon-separated file whose text holds commas and pipes', () => {
    const [draft] = rows('title;text\nA | title;Some text, here.\n');
    expect(draft).toMatchObject({ title: 'A | title', paragraphs: ['Some text, here.'] });
  });

  it('reads a file with no delimiter at all as one column', () => {
    expect(rows('text\nSome text here.\n')[0]!.paragraphs).toEqual(['Some text here.']);
  });
});
