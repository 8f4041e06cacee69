import { describe, expect, it } from 'vitest';
import type { Range } from '../../../src-main/contract/search';
import { compileQuery } from '../../../src-main/core/search/compile-query';
import { articleHighlights, highlightRanges, snippetAroundFirstHit } from '../../../src-main/core/search/highlight';
import { parseQuery } from '../../../src-main/core/search/query';

function terms(query: string) {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return compileQuery(parsed.node).highlight;
}

const marked = (text: string, ranges: Range[]): string[] => ranges.map(([s, e]) => text.slice(s, e));

describe('highlightRanges', () => {
  it('marks every form of a query word', () => {
    const text = 'Москва заявила, что в Москве и под Москвой спокойно.';
    expect(marked(text, highlightRanges(text, terms('Москвы')))).toEqual(['Москва', 'Москве', 'Москвой']);
  });

  it('marks a phrase as one hit, and not its words elsewhere', () => {
    const text = 'The trade deficit widened; trade rose, the deficit too.';
    expect(marked(text, highlightRanges(text, terms('"trade deficit"')))).toEqual(['trade deficit']);
  });

  it('marks words that start with a prefix', () => {
    const text = 'Московский мэр и москвичи';
    expect(marked(text, highlightRanges(text, terms('моск*')))).toEqual(['Московский', 'москвичи']);
  });

  it('does not mark negated words or field filters', () => {
    const text = 'Путин и Украина, агентство САНА';
    expect(marked(text, highlightRanges(text, terms('Путин -Украина agency:САНА')))).toEqual(['Путин']);
  });

  it('marks Arabic words with the article and diacritics from a bare query', () => {
    const text = 'وقال الرَّئِيسُ إن الرئيس';
    expect(marked(text, highlightRanges(text, terms('رئيس')))).toEqual(['الرَّئِيسُ', 'الرئيس']);
  });

  it('marks nothing without query words', () => {
    expect(highlightRanges('Anything at all', terms('lang:en'))).toEqual([]);
  });
});

describe('articleHighlights', () => {
  it('gives ranges for the title, each paragraph and each related item', () => {
    const hl = articleHighlights(
      'Syria talks',
      { paragraphs: ['No hit here.', 'Syrian forces.'], related: [{ title: 'In Syria', excerpt: 'none' }] },
      terms('Syria'),
    );
    expect(hl).toEqual({ title: [[0, 5]], paragraphs: [[], [[0, 6]]], related: [{ title: [[3, 8]], excerpt: [] }] });
  });
});

describe('snippetAroundFirstHit', () => {
  const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(6);

  it('cuts about 220 characters around the first body hit, with its ranges', () => {
    const snippet = snippetAroundFirstHit([filler, `${filler}The Syrian army advanced. ${filler}`], terms('Syria'))!;
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(222);
    expect(marked(snippet.text, snippet.ranges)).toEqual(['Syrian']);
  });

  it('starts at the beginning without an ellipsis when the hit is early', () => {
    const snippet = snippetAroundFirstHit(['Syria said so.'], terms('Syria'))!;
    expect(snippet).toEqual({ text: 'Syria said so.', ranges: [[0, 5]] });
  });

  it('starts at a phrase that begins before a single-word hit inside it', () => {
    const text = `${'xxxx '.repeat(20)}the long and costly trade deficit widened`;
    const snippet = snippetAroundFirstHit([text], terms('long "the long and costly trade deficit"'))!;
    // 28 characters of lead before "the", cut at a word: five x-words (four before "long").
    expect(snippet.text.startsWith(`…${'xxxx '.repeat(5)}the long`)).toBe(true);
    expect(marked(snippet.text, snippet.ranges)).toEqual(['the long and costly trade deficit']);
  });

  it('is null when the body has no hit', () => {
    expect(snippetAroundFirstHit(['Nothing to see.'], terms('Syria'))).toBeNull();
  });
});
