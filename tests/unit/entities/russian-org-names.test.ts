// Russian organisation names in the nominative (issue 19, part 2 follow-up): one
// organisation is one name whatever case the sentence put it in.
import { describe, expect, it } from 'vitest';
import { extractEntities, summariseMentions } from '../../../src-main/core/entities/extract';
import {
  joinOrgForms,
  nominativeCandidates,
  orgHeadNominative,
} from '../../../src-main/core/entities/russian-org-names';

describe('orgHeadNominative', () => {
  it('puts a known head noun in the nominative from every oblique case, keeping the genitive tail', () => {
    for (const form of [
      'Министерства обороны',
      'Министерству обороны',
      'Министерством обороны',
      'Министерстве обороны',
    ])
      expect(orgHeadNominative(form)).toBe('Министерство обороны');
    expect(orgHeadNominative('Министерству иностранных дел РФ')).toBe('Министерство иностранных дел РФ');
    expect(orgHeadNominative('Партии регионов')).toBe('Партия регионов');
    expect(orgHeadNominative('Управления делами')).toBe('Управление делами');
    expect(orgHeadNominative('Кремля')).toBe('Кремль');
  });

  it('makes the adjectives before the head agree with it in gender', () => {
    expect(orgHeadNominative('Государственной думы')).toBe('Государственная дума');
    expect(orgHeadNominative('Верховного суда России')).toBe('Верховный суд России');
    expect(orgHeadNominative('Федерального агентства')).toBe('Федеральное агентство');
    expect(orgHeadNominative('Верхней палаты')).toBe('Верхняя палата');
    expect(orgHeadNominative('Большому театру')).toBe('Большой театр');
    expect(orgHeadNominative('Следственного комитета')).toBe('Следственный комитет');
  });

  it('leaves a nominative, a name it has no head noun for, and capitals as they are meant', () => {
    expect(orgHeadNominative('Министерство обороны')).toBe('Министерство обороны');
    expect(orgHeadNominative('Совет Федерации')).toBe('Совет Федерации');
    expect(orgHeadNominative('Газпрома')).toBe('Газпрома');
    expect(orgHeadNominative('Мосгордума')).toBe('Мосгордума');
    expect(orgHeadNominative('ГОСДУМЫ')).toBe('ГОСДУМА');
  });
});

describe('joinOrgForms', () => {
  const key = (s: string): string => s.toLowerCase();

  it('joins a case of a name to its nominative when both are seen, in any capitals', () => {
    const joined = joinOrgForms(['Газпром', 'Газпрома', 'ГАЗПРОМУ', 'Единой России', 'Единая Россия'], key);
    expect(Object.fromEntries(joined)).toEqual({
      Газпрома: 'Газпром',
      ГАЗПРОМУ: 'Газпром',
      'Единой России': 'Единая Россия',
    });
  });

  it('does not guess a nominative that is not seen, nor join names of other scripts', () => {
    expect(joinOrgForms(['Газпрома', 'Правда', 'Лукойла', 'Reuters'], key).size).toBe(0);
    expect(nominativeCandidates('Reuters')).toEqual([]);
    expect(nominativeCandidates('Роснефти')).toContain('роснефть');
  });
});

describe('Russian organisations as an article keeps them', () => {
  it('counts «Газпрома» with «Газпром» and every case of the ministry under one name', () => {
    const text =
      'Компания «Газпром» подписала договор. Акции «Газпрома» выросли. ' +
      'Представитель Министерства обороны заявил, что Министерство обороны готово.';
    const orgs = summariseMentions(extractEntities(text, 'ru')).filter((m) => m.type === 'org');
    expect(orgs).toEqual([
      { type: 'org', name: 'Газпром', count: 2 },
      { type: 'org', name: 'Министерство обороны', count: 2 },
    ]);
  });
});
