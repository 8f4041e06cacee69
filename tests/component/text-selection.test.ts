import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ArticleReader from '../../src-renderer/src/components/ArticleReader.svelte';
import type { Article } from '../../src-main/contract/archive';
import { bodyRangeOf, selectedBodyRange, trimRange } from '../../src-renderer/src/lib/text-selection';
import { PARAGRAPHS, TEXT, article as seedArticle, highlight, readerState } from './annotation-fixtures';

function article(overrides: Partial<Article> = {}): Article {
  return seedArticle([], '', { related: [{ title: 'Лавров и Керри', excerpt: 'Министры говорили.' }], ...overrides });
}

function renderReader(overrides: Partial<Article> = {}) {
  render(ArticleReader, { ...readerState(), article: article(overrides) });
  return { body: screen.getByTestId('reader-body'), paragraphs: screen.getAllByTestId('paragraph') };
}

/** The first text node under `element` that contains `word`, and the offset of `word` in it. */
function textPoint(element: Element, word: string): [Text, number] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(word);
    if (at >= 0) return [node as Text, at];
  }
  throw new Error(`${word} not found`);
}

function rangeOver(start: [Node, number], end: [Node, number]): Range {
  const range = document.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  return range;
}

function quoteOf(range: { start: number; end: number } | null): string | null {
  return range && TEXT.slice(range.start, range.end);
}

describe('selection offsets', () => {
  it('renders each paragraph’s text exactly, so DOM offsets are text offsets', () => {
    const { paragraphs } = renderReader({
      highlights: { title: [], paragraphs: [[[16, 23]], [], []], related: [{ title: [], excerpt: [] }] },
    });
    expect(paragraphs.map((p) => p.textContent)).toEqual(PARAGRAPHS);
    expect(paragraphs.map((p) => Number(p.dataset.offset))).toEqual([
      0,
      PARAGRAPHS[0]!.length + 2,
      TEXT.indexOf('Москва'),
    ]);
  });

  it('maps a selection of words inside one paragraph to their body offsets', () => {
    const { body, paragraphs } = renderReader();
    const [node, at] = textPoint(paragraphs[0]!, 'Дмитрий');
    const range = rangeOver([node, at], [node, at + 'Дмитрий Песков'.length]);
    expect(quoteOf(bodyRangeOf(range, body, TEXT))).toBe('Дмитрий Песков');
  });

  it('counts from a selection that starts inside a query hit', () => {
    const { body, paragraphs } = renderReader({
      highlights: { title: [], paragraphs: [[[16, 23]], [], []], related: [{ title: [], excerpt: [] }] },
    });
    const [start] = textPoint(paragraphs[0]!.querySelector('mark.hit')!, 'Дмитрий');
    const [end, at] = textPoint(paragraphs[0]!, 'подтвердил');
    const range = rangeOver([start, 3], [end, at + 'подтвердил'.length]);
    expect(quoteOf(bodyRangeOf(range, body, TEXT))).toBe('трий Песков подтвердил');
  });

  it('counts from a selection that starts inside a highlight', () => {
    const { body, paragraphs } = renderReader({
      userData: { tags: [], note: '', annotations: [highlight('Песков подтвердил')] },
    });
    const [start] = textPoint(paragraphs[0]!.querySelector('mark.annotation')!, 'Песков');
    const [end, at] = textPoint(paragraphs[0]!, 'готовность');
    const range = rangeOver([start, 7], [end, at + 'готовность'.length]);
    expect(quoteOf(bodyRangeOf(range, body, TEXT))).toBe('подтвердил готовность');
  });

  it('spans two paragraphs, blank line included', () => {
    const { body, paragraphs } = renderReader();
    const [start, at] = textPoint(paragraphs[0]!, 'координации');
    const [end, endAt] = textPoint(paragraphs[1]!, 'Обмен');
    const range = rangeOver([start, at], [end, endAt + 'Обмен'.length]);
    expect(quoteOf(bodyRangeOf(range, body, TEXT))).toBe('координации.\n\nОбмен');
  });

  it('trims white space from either end of the selection', () => {
    const { body, paragraphs } = renderReader();
    const [node, at] = textPoint(paragraphs[0]!, ' Дмитрий ');
    const range = rangeOver([node, at], [node, at + ' Дмитрий '.length]);
    expect(bodyRangeOf(range, body, TEXT)).toEqual({
      start: TEXT.indexOf('Дмитрий'),
      end: TEXT.indexOf('Дмитрий') + 7,
    });
  });

  it('ends a triple-clicked paragraph, whose selection stops at the start of the next, at the paragraph’s end', () => {
    const { body, paragraphs } = renderReader();
    const range = rangeOver([paragraphs[2]!, 0], [body, body.childNodes.length]);
    expect(quoteOf(bodyRangeOf(rangeOver([paragraphs[0]!, 0], [paragraphs[1]!, 0]), body, TEXT))).toBe(PARAGRAPHS[0]);
    expect(quoteOf(bodyRangeOf(range, body, TEXT))).toBe(PARAGRAPHS[2]);
  });

  it('gives nothing for a selection that includes the headline', () => {
    const { body, paragraphs } = renderReader();
    const [title, at] = textPoint(screen.getByTestId('reader-title'), 'готова');
    const [end, endAt] = textPoint(paragraphs[0]!, 'Дмитрий');
    expect(bodyRangeOf(rangeOver([title, at], [end, endAt]), body, TEXT)).toBeNull();
  });

  it('gives nothing for a selection that runs into the related teasers', () => {
    const { body, paragraphs } = renderReader();
    const [start, at] = textPoint(paragraphs[2]!, 'Вашингтон');
    const [end, endAt] = textPoint(screen.getByTestId('related'), 'Керри');
    expect(bodyRangeOf(rangeOver([start, at], [end, endAt]), body, TEXT)).toBeNull();
  });

  it('gives nothing for a selection of white space only', () => {
    const { body, paragraphs } = renderReader();
    const [node, at] = textPoint(paragraphs[0]!, ' ');
    expect(bodyRangeOf(rangeOver([node, at], [node, at + 1]), body, TEXT)).toBeNull();
  });

  it('reads the document’s selection, and nothing when it is collapsed', () => {
    const { body, paragraphs } = renderReader();
    const [node, at] = textPoint(paragraphs[2]!, 'Москва');
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(rangeOver([node, at], [node, at + 6]));
    expect(quoteOf(selectedBodyRange(selection, body, TEXT))).toBe('Москва');
    selection.collapseToStart();
    expect(selectedBodyRange(selection, body, TEXT)).toBeNull();
  });
});

describe('trimRange', () => {
  it('keeps a range within the text', () => {
    expect(trimRange('abc', -4, 10)).toEqual({ start: 0, end: 3 });
  });
});
