import { describe, expect, it } from 'vitest';
import { compileQuery, type HighlightTerms } from '../../../src-main/core/search/compile-query';
import { highlightRanges, snippetAroundFirstHit, SNIPPET_LENGTH } from '../../../src-main/core/search/highlight';
import { parseQuery } from '../../../src-main/core/search/query';
import { seededRandom } from './seeded-random';

function terms(query: string): HighlightTerms {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return compileQuery(parsed.node).highlight;
}

// The cut as it was made before only a span of the paragraph was collapsed (issue 20):
// the whole paragraph collapsed, the following ones joined on, then the snippet cut.
const LEAD = 28;
const collapse = (t: string): string => t.replace(/\s+/g, ' ').trim();

function wholeParagraphSnippet(paragraphs: string[], hl: HighlightTerms): { text: string; ranges: unknown } | null {
  for (let k = 0; k < paragraphs.length; k++) {
    const raw = paragraphs[k]!;
    const at = highlightRanges(raw, hl)[0]?.[0];
    if (at === undefined) continue;
    const first = raw.slice(0, at).replace(/\s+/g, ' ').trimStart().length;
    let text = collapse(raw);
    const parts: string[] = [];
    for (let j = k + 1, n = text.length; j < Math.min(k + 4, paragraphs.length) && n <= first + SNIPPET_LENGTH; j++) {
      parts.push(collapse(paragraphs[j]!));
      n += 1 + parts.at(-1)!.length;
    }
    if (parts.join(' ')) text = `${text} ${parts.join(' ')}`;
    let start = Math.max(0, first - LEAD);
    if (start > 0) {
      const space = text.indexOf(' ', start - 1);
      start = space < 0 || space > start + 20 ? start : space + 1;
    }
    let end = Math.min(text.length, start + SNIPPET_LENGTH - 2);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      end = space <= first ? end : space;
    }
    const cut = `${start > 0 || k > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
    return { text: cut, ranges: highlightRanges(cut, hl) };
  }
  return null;
}

const WORDS = ['the', 'army', 'said', 'on', 'Monday', 'advanced', 'north', 'of', 'a', 'ceasefire', 'Syria'];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\t ', '\u00a0', ' \u3000', '\r\n\r\n'];

function randomParagraph(random: () => number): string {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const words = Math.floor(random() * random() * 600);
  let text = random() < 0.3 ? pick(SPACES) : '';
  for (let i = 0; i < words; i++)
    text += (i ? pick(SPACES) : '') + (random() < 0.02 ? 'Syria' : pick(WORDS.slice(0, -1)));
  return text + (random() < 0.3 ? pick(SPACES) : '');
}

describe('snippetAroundFirstHit, collapsing only the span it cuts', () => {
  it('cuts the same snippet as collapsing the whole paragraph, on random paragraphs and whitespace', () => {
    const random = seededRandom(20);
    const hl = terms('Syria');
    let found = 0;
    for (let n = 0; n < 600; n++) {
      const paragraphs = Array.from({ length: 1 + Math.floor(random() * 5) }, () => randomParagraph(random));
      const expected = wholeParagraphSnippet(paragraphs, hl);
      if (expected) found++;
      expect(snippetAroundFirstHit(paragraphs, hl)).toEqual(expected);
    }
    // Both kinds of case came up: with a hit, and with none.
    expect(found).toBeGreaterThan(100);
    expect(found).toBeLessThan(600);
  });
});
