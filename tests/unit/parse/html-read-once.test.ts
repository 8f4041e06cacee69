// The shortcuts that read a page's text once (issue 20): each must give what reading it anew
// gives, and must not outlive the code that may rely on it.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  blockParagraphs,
  blocksHoldingBlocks,
  linkDensity,
  withBlockMemo,
} from '../../../src-main/core/parse/html-blocks';
import { describedLead } from '../../../src-main/core/parse/html-described-lead';
import { visibleDateLines } from '../../../src-main/core/parse/html-visible-date';

const page = (body: string, head = ''): Document =>
  parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document;

describe('withBlockMemo', () => {
  it('gives the same paragraphs and link density as reading the block anew', () => {
    const document = page('<p>One\u00AD two  <a href="/x">three</a><br>four</p>');
    const block = document.querySelector('p')!;
    const fresh = [...blockParagraphs(block)];
    const density = linkDensity(block, fresh.join(' '));
    const remembered = withBlockMemo(() => {
      const first = blockParagraphs(block);
      expect(blockParagraphs(block)).toBe(first);
      return { paragraphs: [...first], density: linkDensity(block, first.join(' ')) };
    });
    expect(remembered).toEqual({ paragraphs: ['One two three', 'four'], density });
    expect(density).toBeGreaterThan(0);
  });

  it('forgets the text once it returns, so a block changed afterwards is read anew', () => {
    const document = page('<p>Before the change</p>');
    const block = document.querySelector('p')!;
    withBlockMemo(() => blockParagraphs(block));
    block.textContent = 'After the change';
    expect(blockParagraphs(block)).toEqual(['After the change']);
  });

  it('does not take a density worked out for other text', () => {
    const document = page('<p>plain words <a href="/x">linked</a></p>');
    const block = document.querySelector('p')!;
    withBlockMemo(() => {
      expect(linkDensity(block, 'plain words linked')).toBeCloseTo(6 / 16);
      expect(linkDensity(block, 'linked')).toBe(1);
    });
  });
});

describe('blocksHoldingBlocks', () => {
  it('marks exactly the blocks that hold another block', () => {
    const document = page('<ul><li><p>inner</p></li><li>bare</li></ul><blockquote><p>q</p></blockquote><p>alone</p>');
    const all = Array.from(document.body.querySelectorAll('p, li, blockquote'));
    const holding = blocksHoldingBlocks(all, document.body);
    for (const el of all) expect(holding.has(el)).toBe(el.querySelector('p, li, blockquote') !== null);
    expect(holding.size).toBe(2);
  });

  it('lets describedLead skip a box holding the standfirst and read the standfirst itself', () => {
    const lead = 'A standfirst long enough to be the page description, repeated under the headline of the story.';
    const document = page(
      `<h1>Headline</h1><blockquote><p>${lead}</p></blockquote><p>Body text.</p>`,
      `<meta name="description" content="${lead}">`,
    );
    expect(describedLead(document)).toEqual([lead]);
  });
});

describe('visibleDateLines', () => {
  it('finds a date line after the headline however much space opens it', () => {
    const space = ' \n\t'.repeat(400);
    const document = page(`<h1>Headline of the story</h1><div>${space}12. März 2021 ${'words '.repeat(200)}</div>`);
    const line = visibleDateLines(document).find((text) => text.startsWith('12. März 2021'));
    expect(line).toBe(`12. März 2021 ${'words '.repeat(200)}`.slice(0, 80).trim());
  });

  it('collapses a line announcing the publication however its words are spaced', () => {
    const document = page(
      '<article><h1>Headline</h1><p>Body.</p><span>Published\n\n   3 March   2021</span></article>',
    );
    expect(visibleDateLines(document)).toContain('Published 3 March 2021');
  });

  it('finds the announced line of a fragment whose later elements sit beside its first', () => {
    const { document } = parseHTML('<p>First line</p><span>Posted on 3 March 2021</span>');
    expect(visibleDateLines(document)).toContain('Posted on 3 March 2021');
  });

  it('finds no announced line on a page that names no publication word', () => {
    const document = page('<article><h1>Headline</h1><span>Updated 3 March 2021</span></article>');
    expect(visibleDateLines(document).some((line) => line.includes('3 March'))).toBe(false);
  });
});
