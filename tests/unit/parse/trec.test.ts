import { describe, expect, it } from 'vitest';
import type { FormatError } from '../../../src-main/core/parse/draft';
import { parseTrec } from '../../../src-main/core/parse/trec';

interface DocFields {
  src?: string;
  title?: string;
  time?: string;
  author?: string | null;
  abstract?: string;
  text?: string[];
}

function doc(f: DocFields = {}): string {
  const author = f.author === null ? '' : `<AUTHOR>${f.author ?? ''}</AUTHOR>\n`;
  return [
    '<DOC>',
    '<DOCNO>SK-middleEast-1-20180225</DOCNO>',
    '<URL>https://example.org/1</URL>',
    `<SRC>${f.src ?? 'skynews'}</SRC>`,
    '<CAT>middleEast</CAT>',
    `<TITLE>${f.title ?? 'عنوان الخبر'}</TITLE>`,
    `<TIME>${f.time ?? 'Sun, 25 Feb 2018 10:11:12 GMT'}</TIME>`,
    `${author}<ABSTRACT>\n${f.abstract ?? ''}\n</ABSTRACT>`,
    `<TEXT>\n${(f.text ?? ['الفقرة الأولى من الخبر.']).join('\n')}\n</TEXT>`,
    '</DOC>',
  ].join('\n');
}

const only = (text: string) => {
  const drafts = parseTrec(text);
  expect(drafts).toHaveLength(1);
  return drafts[0]!;
};

describe('parseTrec: fields', () => {
  it('takes the title from TITLE', () => {
    expect(only(doc({ title: 'قوات تصل عفرين' })).title).toBe('قوات تصل عفرين');
  });

  it.each([
    ['an RFC 822 time', 'Tue, 20 Feb 2018 15:29:56 +0000', '2018-02-20'],
    ['an ISO 8601 time', '2017-03-31T19:54:00+01:00', '2017-03-31'],
    ['a day-first dd/mm/yyyy date', '05/06/2017', '2017-06-05'],
  ])('reads the date from %s in TIME', (_label, time, iso) => {
    expect(only(doc({ time })).date).toBe(iso);
  });

  it('takes one paragraph per line of TEXT', () => {
    expect(only(doc({ text: ['الأولى.', '', 'الثانية.'] })).paragraphs).toEqual(['الأولى.', 'الثانية.']);
  });

  it('returns one draft per <DOC> in a file', () => {
    expect(parseTrec(`${doc({ title: 'أ' })}\n${doc({ title: 'ب' })}`).map((d) => d.title)).toEqual(['أ', 'ب']);
  });

  it('rejects a file without any <DOC> as malformed', () => {
    expect(() => parseTrec('no documents here')).toThrow(expect.objectContaining({ code: 'malformed' }) as FormatError);
  });
});

describe('parseTrec: place and agency', () => {
  it('reads place and outlet from an AUTHOR dateline naming the outlet itself', () => {
    expect(only(doc({ author: 'أبوظبي - سكاي نيوز عربية' }))).toMatchObject({
      place: 'أبوظبي',
      agency: 'Sky News Arabia',
    });
  });

  it('reads a wire agency named in an AUTHOR dateline', () => {
    expect(only(doc({ src: 'alarabia', author: 'الرياض - واس' }))).toMatchObject({ place: 'الرياض', agency: 'واس' });
  });

  it('keeps the place but not a reporter as agency, falling back to the SRC outlet', () => {
    expect(only(doc({ src: 'alarabia', author: 'القاهرة - أحمد الريدي' }))).toMatchObject({
      place: 'القاهرة',
      agency: 'Al Arabiya',
    });
  });

  it('takes an AUTHOR that is only the outlet name as the agency', () => {
    expect(only(doc({ src: 'france24', author: 'فرانس 24' }))).toMatchObject({ place: null, agency: 'France 24' });
  });

  it('uses SRC as the agency when AUTHOR is missing', () => {
    expect(only(doc({ src: 'Jawhara FM', author: null }))).toMatchObject({ place: null, agency: 'Jawhara FM' });
  });

  it('lifts a CNN Arabic dateline from the start of the text', () => {
    const draft = only(doc({ src: 'CNN', text: ['دبي، الإمارات العربية المتحدة (CNN)-- وصلت قوات إلى المنطقة.'] }));
    expect(draft).toMatchObject({ place: 'دبي، الإمارات العربية المتحدة', agency: 'CNN Arabic' });
    expect(draft.paragraphs).toEqual(['وصلت قوات إلى المنطقة.']);
  });

  it('never sets a signature', () => {
    expect(only(doc({ author: 'علاوة مزياني' })).signature).toBeNull();
  });
});

describe('parseTrec: body furniture', () => {
  it('drops the BBC Arabic app-promotion footer', () => {
    const footer =
      'يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.';
    expect(only(doc({ src: 'BBC', text: ['نص الخبر.', footer] })).paragraphs).toEqual(['نص الخبر.']);
  });

  it('turns CNN "للمزيد:" lines into related items', () => {
    const draft = only(doc({ src: 'CNN', text: ['نص الخبر.', 'للمزيد: رونالدو يفوز بالكرة الذهبية'] }));
    expect(draft.related).toEqual([{ title: 'رونالدو يفوز بالكرة الذهبية', excerpt: '' }]);
    expect(draft.paragraphs).toEqual(['نص الخبر.']);
  });

  it('keeps "للمزيد" inside a sentence as text', () => {
    const line = 'كانت تتمثل في طلب السماح للمزيد منهم بتضمين فواصل.';
    expect(only(doc({ text: [line] }))).toMatchObject({ paragraphs: [line], related: [] });
  });

  it('does not repeat an ABSTRACT that is the lead paragraph', () => {
    const lead = 'وصلت قوات موالية للنظام السوري، الثلاثاء، إلى منطقة عفرين.';
    expect(only(doc({ abstract: lead, text: [lead, 'فقرة ثانية.'] })).paragraphs).toEqual([lead, 'فقرة ثانية.']);
  });

  it('does not repeat an ABSTRACT that rewords the lead', () => {
    const draft = only(
      doc({
        abstract: 'الجيش السوري يقول إنه استعاد 4 قرى شرقي نهر الفرات',
        text: ['قال الجيش السوري إنه استعاد 4 قرى شرقي نهر الفرات من التحالف.'],
      }),
    );
    expect(draft.paragraphs).toHaveLength(1);
  });

  it('keeps an ABSTRACT that says something new as the first paragraph', () => {
    const abstract = 'كتاب غير مسبوق يؤرخ للممثلين اليهود في مصر.';
    const draft = only(doc({ abstract, text: ['ليست هذه المرة الأولى التي يتحدى فيها الكاتب الأفكار الراسخة.'] }));
    expect(draft.paragraphs[0]).toBe(abstract);
  });
});
