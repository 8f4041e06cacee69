import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src-main/core/parse/index';
import { findSubheadings } from '../../src-main/core/subheadings';

const SEED = path.resolve(import.meta.dirname, '../../seeds/000_068abd54a537aef4.txt');

describe('findSubheadings', () => {
  it('finds exactly the one sub-headline of the seed', async () => {
    const out = await parseFile({ path: SEED, bytes: readFileSync(SEED), mtimeMs: 0 });
    if (!out.ok) throw new Error(out.reason);
    const { paragraphs } = out.records[0]!;
    const found = findSubheadings(paragraphs);
    expect(found.map((i) => paragraphs[i])).toEqual([
      'Путин обозначил взаимные усилия РФ и США в урегулировании конфликтов, в частности в Сирии и на Украине',
    ]);
  });

  it('finds a short unpunctuated line between two paragraphs', () => {
    expect(
      findSubheadings([
        'The talks opened on Monday.',
        'Aid convoys wait at the border',
        'Trucks carrying food have waited for a week, officials said.',
      ]),
    ).toEqual([1]);
  });

  it('finds an Arabic sub-headline, which has no capitals', () => {
    expect(
      findSubheadings([
        'بدأت المحادثات يوم الاثنين.',
        'قوافل المساعدات تنتظر على الحدود',
        'تنتظر الشاحنات المحملة بالغذاء منذ أسبوع، بحسب مسؤولين.',
      ]),
    ).toEqual([1]);
  });

  it('never takes the first or the last paragraph', () => {
    expect(
      findSubheadings([
        'Aid convoys wait at the border',
        'Trucks have waited for a week.',
        'More talks are planned for Friday',
      ]),
    ).toEqual([]);
  });

  it('skips lines that end as sentences, questions included', () => {
    expect(
      findSubheadings([
        'Talks opened.',
        'Will the convoys move at last?',
        'Trucks have waited for a week, officials said.',
      ]),
    ).toEqual([]);
    expect(
      findSubheadings(['بدأت المحادثات.', 'هل تتحرك القوافل أخيرا؟', 'تنتظر الشاحنات منذ أسبوع، بحسب مسؤولين.']),
    ).toEqual([]);
  });

  it('skips runs of unpunctuated lines such as bullet lists', () => {
    expect(
      findSubheadings([
        'Highlights of the day.',
        'Prices rose in March',
        'Exports fell sharply again',
        'Imports held steady overall',
        'The figures were published on Monday.',
      ]),
    ).toEqual([]);
  });

  it('skips lines too short or too long to be a heading', () => {
    expect(findSubheadings(['Talks opened.', 'Aid convoys', 'Trucks have waited for a week, officials said.'])).toEqual(
      [],
    );
    const long =
      'Officials said on Monday that the aid convoys would wait at the border until the talks in Geneva were over and done';
    expect(findSubheadings(['Talks opened.', long, `${long} and more.`])).toEqual([]);
  });

  it('skips links to other stories written as "read also.. headline"', () => {
    expect(
      findSubheadings([
        'بدأت المحادثات.',
        'اقرأ.. ماتيس يحذر من استخدام الأسلحة',
        'تنتظر الشاحنات المحملة بالغذاء منذ أسبوع، بحسب مسؤولين.',
      ]),
    ).toEqual([]);
  });
});
