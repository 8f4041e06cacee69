import { describe, expect, it } from 'vitest';
import { bestMatch, textSimilarity } from '../../../src-main/core/annotations/similarity';

const ARTICLE = [
  'Aid convoys carrying food and medicine reached the northern city on Monday after waiting a week at the border crossing.',
  'The United Nations said forty trucks had crossed, the largest delivery since the fighting began in the spring.',
  'Local officials told reporters that bakeries had been closed for days because flour had run out across the district.',
  'Doctors at the main hospital described operating by torchlight when the generators failed during the night shelling.',
  'A spokesman for the foreign ministry said talks on a ceasefire would resume in Geneva at the end of the month.',
  'Diplomats cautioned that previous rounds had collapsed over the question of who would monitor the front lines.',
  'Residents queued for hours outside distribution points, many of them women carrying children on their backs.',
  'Engineers began repairing the water station that had supplied most of the eastern neighbourhoods before the siege.',
  'Aid agencies warned that winter would bring new hardship unless fuel deliveries were allowed through as well.',
  'The convoy is expected to return to the border on Thursday to collect a second load of supplies and blankets.',
];
const UNRELATED =
  'The central bank raised interest rates by a quarter point on Wednesday, citing persistent inflation in housing and services, and signalled that further increases were possible before the end of the year.';
// From the seed, seeds/000_068abd54a537aef4.txt (SANA, Russian).
const RU =
  'Пресс-секретарь главы российского государства Дмитрий Песков подтвердил, что в РФ готовы к координации совместных усилий с США в борьбе с терроризмом в Сирии, отметив, что Москва и Вашингтон осуществляют обмен информацией, однако договоренности по прямому сотрудничеству в борьбе с терроризмом по-прежнему не достигнуты. Он подчеркнул, что Россия выступает за продолжение переговоров в Женеве, поскольку только путем продолжения Женевского процесса возможен выход на политическое урегулирование в Сирии.';
const AR =
  'أعلنت وزارة الخارجية يوم الاثنين أن المحادثات بين الجانبين ستستأنف في جنيف الأسبوع المقبل. وقال المتحدث باسم الوزارة إن الوفدين اتفقا على جدول أعمال يشمل وقف إطلاق النار وإيصال المساعدات الإنسانية إلى المناطق المحاصرة.';

const article = ARTICLE.join('\n\n');

describe('textSimilarity', () => {
  it('scores identical texts 1', () => {
    expect(textSimilarity(article, article)).toBe(1);
  });

  it('ignores case, punctuation and spacing', () => {
    expect(
      textSimilarity('Aid convoys reached the city, officials said.', 'aid  convoys reached the city — officials said'),
    ).toBe(1);
  });

  it('scores unrelated stories near 0', () => {
    expect(textSimilarity(article, UNRELATED)).toBeLessThan(0.05);
  });

  it('scores an article with one of ten paragraphs rewritten high', () => {
    const edited = [...ARTICLE];
    edited[4] =
      'A foreign ministry official said on Tuesday that ceasefire negotiations would restart in Vienna next month.';
    expect(textSimilarity(article, edited.join('\n\n'))).toBeGreaterThan(0.75);
  });

  it('compares texts of fewer than three words as word sets', () => {
    expect(textSimilarity('Breaking news', 'NEWS, breaking')).toBe(1);
    expect(textSimilarity('Breaking news', 'Aid convoys reached the city')).toBe(0);
  });

  it('scores 0 when a text has no words at all', () => {
    expect(textSimilarity('', '')).toBe(0);
    expect(textSimilarity('— …', article)).toBe(0);
  });

  it('compares Russian text regardless of case', () => {
    expect(textSimilarity(RU, RU.toUpperCase())).toBe(1);
    expect(textSimilarity(RU, RU.replace('обмен информацией', 'обмен данными'))).toBeGreaterThan(0.8);
  });

  it('compares Arabic text', () => {
    expect(textSimilarity(AR, AR.replace('الأسبوع المقبل', 'الشهر المقبل'))).toBeGreaterThan(0.8);
  });

  it('counts a vowelled Arabic word as one word, not as letters cut apart by its vowel signs', () => {
    // Two words against one: the word sets share one of two words.
    expect(textSimilarity('قَالَ', 'قَالَ المُتَحَدِّثُ')).toBe(0.5);
  });
});

describe('bestMatch', () => {
  const edited = article.replace('Geneva', 'Vienna');

  it('picks the candidate that is the same story', () => {
    const found = bestMatch(article, [
      { id: 'bank', text: UNRELATED },
      { id: 'convoy', text: edited },
      { id: 'ru', text: RU },
    ]);
    expect(found?.id).toBe('convoy');
    expect(found?.score).toBeGreaterThan(0.9);
  });

  it('returns null when no candidate reaches the threshold', () => {
    expect(bestMatch(article, [{ id: 'bank', text: UNRELATED }])).toBeNull();
    expect(bestMatch(article, [{ id: 'convoy', text: edited }], 0.99)).toBeNull();
  });

  it('returns null when two candidates are equally good, rather than guess', () => {
    expect(
      bestMatch(article, [
        { id: 'a', text: edited },
        { id: 'b', text: edited.replace('Monday', 'Tuesday') },
      ]),
    ).toBeNull();
  });

  it('returns null when there are no candidates', () => {
    expect(bestMatch(article, [])).toBeNull();
  });

  it('matches Russian and Arabic articles among each other', () => {
    const candidates = [
      { id: 'ru', text: RU.replace('в Женеве', 'в Вене') },
      { id: 'ar', text: AR.replace('في جنيف', 'في فيينا') },
      { id: 'en', text: article },
    ];
    expect(bestMatch(RU, candidates)?.id).toBe('ru');
    expect(bestMatch(AR, candidates)?.id).toBe('ar');
  });
});
