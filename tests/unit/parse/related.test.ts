import { describe, expect, it } from 'vitest';
import { isRelatedMarker, splitRelated } from '../../../src-main/core/parse/related';

describe('isRelatedMarker', () => {
  it.each([
    'Check Also',
    'CHECK ALSO',
    'check also',
    'Read more',
    'Read More:',
    'Читайте также',
    'Читайте также:',
    'شاهد أيضاً',
    'شاهد أيضا',
    'شاهد ايضا',
    'اقرأ أيضاً',
    'اقرأ أيضا',
    'اقرا ايضا',
    'إقرأ أيضاً',
    '  Check Also  ',
  ])('recognises %j', (line) => {
    expect(isRelatedMarker(line)).toBe(true);
  });

  it('does not take a sentence that mentions reading more', () => {
    expect(isRelatedMarker('Read more here about the talks.')).toBe(false);
  });

  it('does not take a Russian read-more teaser sentence', () => {
    expect(isRelatedMarker('О работе электричек читайте в статье «Частного корреспондента»')).toBe(false);
  });
});

describe('splitRelated', () => {
  it('keeps everything as body when there is no marker', () => {
    expect(splitRelated(['a', '', 'b'])).toEqual({ main: ['a', '', 'b'], related: [] });
  });

  it('splits the body from the lines after the marker', () => {
    const { main, related } = splitRelated(['Body.', '', 'Check Also', '', 'Title', '', 'Excerpt …']);
    expect(main).toEqual(['Body.', '']);
    expect(related).toEqual([{ title: 'Title', excerpt: 'Excerpt …' }]);
  });

  it('reads several items when teasers end in an ellipsis', () => {
    const { related } = splitRelated(['Check Also', 'First', 'Teaser one …', 'Second', 'Teaser two...']);
    expect(related).toEqual([
      { title: 'First', excerpt: 'Teaser one …' },
      { title: 'Second', excerpt: 'Teaser two...' },
    ]);
  });

  it('starts a new item at a headline-like line after a finished sentence', () => {
    const { related } = splitRelated(['Read more', 'First', 'It happened.', 'Second', 'It also happened.']);
    expect(related.map((r) => r.title)).toEqual(['First', 'Second']);
  });

  it('joins an excerpt spread over several lines', () => {
    const { related } = splitRelated(['Read more', 'First', 'It happened in the', 'morning …']);
    expect(related).toEqual([{ title: 'First', excerpt: 'It happened in the morning …' }]);
  });

  it('gives an item with no excerpt an empty excerpt', () => {
    expect(splitRelated(['Check Also', 'Only a title']).related).toEqual([{ title: 'Only a title', excerpt: '' }]);
  });
});

describe('isRelatedMarker: long lines', () => {
  it('knows a marker padded with spaces, dots and Arabic marks past any marker length', () => {
    expect(isRelatedMarker('   Read     more  . . . . . . . . . :::  ')).toBe(true);
    expect(isRelatedMarker('شَاهَدْ أَيْضًا ...........')).toBe(true);
  });

  it('does not take a paragraph that opens with a marker for one', () => {
    expect(isRelatedMarker('Read more about the talks in Geneva')).toBe(false);
  });
});
