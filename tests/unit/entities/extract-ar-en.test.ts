// The Arabic and English rules on sentences written for them: Arabic proclitics, titles and
// organisation kinds; English titles, organisation words and places.
import { describe, expect, it } from 'vitest';
import { withoutProclitics } from '../../../src-main/core/entities/arabic';
import { extractEntities } from '../../../src-main/core/entities/extract';

const found = (text: string, language: string): [string, string, string][] =>
  extractEntities(text, language).map((s) => [s.type, text.slice(s.start, s.end), s.name]);

describe('Arabic entities', () => {
  it('takes the name after a title, without the title or a portfolio', () => {
    expect(found('قال الرئيس بشار الأسد إن', 'ar')).toContainEqual(['person', 'بشار الأسد', 'بشار الأسد']);
    expect(found('والتقى وزير الخارجية سيرغي لافروف أمس', 'ar')).toContainEqual([
      'person',
      'سيرغي لافروف',
      'سيرغي لافروف',
    ]);
    expect(found('وصرح رئيس الوزراء نجيب ميقاتي', 'ar')).toContainEqual(['person', 'نجيب ميقاتي', 'نجيب ميقاتي']);
  });

  it('finds a lone surname, proclitic and all, once the person was named after a title', () => {
    const text = 'قال وزير الخارجية البريطاني بوريس جونسون أمس. وشدد جونسون على الحل';
    expect(found(text, 'ar')).toContainEqual(['person', 'جونسون', 'جونسون']);
    expect(found('وأكد لجونسون', 'ar')).toEqual([]);
  });

  it('takes an organisation after its kind, with a proclitic left out of the span', () => {
    expect(found('وأعلنت وزارة الخارجية في بيان', 'ar')).toContainEqual(['org', 'وزارة الخارجية', 'وزارة الخارجية']);
    expect(found('وقال مسؤول في حزب الله', 'ar')).toContainEqual(['org', 'حزب الله', 'حزب الله']);
    expect(found('واجتمع ومجلس الأمن', 'ar')).toContainEqual(['org', 'مجلس الأمن', 'مجلس الأمن']);
  });

  it('strips the proclitics و ب ل ال before looking up a place', () => {
    expect(found('وصل إلى دمشق', 'ar')).toContainEqual(['place', 'دمشق', 'دمشق']);
    expect(found('وبدمشق', 'ar')).toContainEqual(['place', 'دمشق', 'دمشق']);
    expect(found('زيارة للقاهرة', 'ar')).toContainEqual(['place', 'لقاهرة', 'القاهرة']);
    expect(found('في الولايات المتحدة', 'ar')).toContainEqual(['place', 'الولايات المتحدة', 'الولايات المتحدة']);
    expect(withoutProclitics('وبدمشق').map((r) => r.text)).toContain('دمشق');
  });
});

describe('English entities', () => {
  it('reads people after a title and full names mid-sentence', () => {
    expect(found('On Monday President Bashar al-Assad spoke.', 'en')).toContainEqual([
      'person',
      'Bashar al-Assad',
      'Bashar al-Assad',
    ]);
    expect(found('The talks with Prime Minister David Cameron ended.', 'en')).toContainEqual([
      'person',
      'David Cameron',
      'David Cameron',
    ]);
  });

  it('leaves the title words out of a name and reads parties as organisations', () => {
    const spans = found(
      'Maternity pay, said Trade and Industry Secretary Patricia Hewitt, while the Liberal Democrats objected.',
      'en',
    );
    expect(spans).toContainEqual(['person', 'Patricia Hewitt', 'Patricia Hewitt']);
    expect(spans).toContainEqual(['org', 'Liberal Democrats', 'Liberal Democrats']);
    expect(found('The Shadow Secretary of State spoke.', 'en').filter(([type]) => type === 'person')).toEqual([]);
  });

  it('reads organisations by their words and places by the seam or a preposition', () => {
    const spans = found('The Ministry of Defence said troops in Homs and London were safe, Reuters reported.', 'en');
    expect(spans).toContainEqual(['org', 'Ministry of Defence', 'Ministry of Defence']);
    expect(spans).toContainEqual(['place', 'Homs', 'Homs']);
    expect(spans).toContainEqual(['place', 'London', 'London']);
  });
});

describe('English names the first rules misread', () => {
  const TEXT =
    'Russian Foreign Minister Sergei Lavrov met officials of the United Nations on Monday. Lavrov told reporters that the Russian Foreign Ministry would publish the plan.';

  it('reads a title word inside an organisation’s name as part of it', () => {
    expect(found(TEXT, 'en')).toContainEqual(['org', 'Russian Foreign Ministry', 'Russian Foreign Ministry']);
    expect(found(TEXT, 'en')).toContainEqual(['person', 'Sergei Lavrov', 'Sergei Lavrov']);
  });

  it('reads the United Nations as an organisation, though a dateline may file from it', () => {
    expect(found(TEXT, 'en')).toContainEqual(['org', 'United Nations', 'United Nations']);
  });

  it('reads a lone surname as the person once the text named him in full', () => {
    expect(found(TEXT, 'en')).toContainEqual(['person', 'Lavrov', 'Lavrov']);
  });
});
