import { describe, expect, it } from 'vitest';
import { parseHash, serialiseHash, type UrlState } from '../../../src-renderer/src/lib/url-state';

const START: UrlState = { query: '', filters: {}, sort: null, article: null };

describe('url state', () => {
  it('reads query, filters, sort and article from the hash', () => {
    const state = parseHash(
      '#q=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B5&agency=%D0%A1%D0%90%D0%9D%D0%90&language=ar&period=2016-07&sort=relevance&article=0123456789abcdef',
    );
    expect(state).toEqual({
      query: 'Москве',
      filters: { agency: ['САНА'], language: ['ar'], period: ['2016-07'] },
      sort: 'relevance',
      article: '0123456789abcdef',
    });
  });

  it('reads repeated keys as several values of one facet', () => {
    expect(parseHash('#language=ar&language=ru').filters).toEqual({ language: ['ar', 'ru'] });
  });

  it('gives the start state for an empty hash', () => {
    expect(parseHash('')).toEqual(START);
  });

  it('writes nothing for the start state', () => {
    expect(serialiseHash(START)).toBe('');
  });

  it('survives a round trip with spaces, quotes, ampersands and Arabic', () => {
    const state: UrlState = {
      query: '"وكالة سانا" AND a&b -x',
      filters: { place: ['دمشق', 'Rio de Janeiro'], folder: ['/home/me/wire & more'] },
      sort: 'title',
      article: 'ffffffffffffffff',
    };
    expect(parseHash(serialiseHash(state))).toEqual(state);
  });

  it('ignores an unknown sort', () => {
    expect(parseHash('#sort=random').sort).toBeNull();
  });

  it('ignores an article id that is not 16 hex digits', () => {
    expect(parseHash('#article=../../etc/passwd').article).toBeNull();
  });

  it('ignores keys that are not facets', () => {
    expect(parseHash('#colour=red&agency=AFP').filters).toEqual({ agency: ['AFP'] });
  });

  it('drops empty and repeated facet values', () => {
    expect(parseHash('#agency=&agency=AFP&agency=AFP').filters).toEqual({ agency: ['AFP'] });
  });

  it('writes facets in a fixed order whatever order they were chosen in', () => {
    expect(serialiseHash({ ...START, filters: { period: ['2016'], agency: ['AFP'] } })).toBe('agency=AFP&period=2016');
  });
});
