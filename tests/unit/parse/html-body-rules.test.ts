// The body rules added for the webdev set (issue 18), each on a small page made up here.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src-main/core/parse/html';
import { recoverArticleBlocks } from '../../../src-main/core/parse/html-body';
import { boilerplateKind, removeNonContent } from '../../../src-main/core/parse/html-prune';
import { bodyOf, element, page, paragraphs, STORY } from './bridge-story';

describe('pruning by name: boxes inside the story container', () => {
  it('prunes the author box, star ratings, post metadata and disclaimers inside the article', () => {
    const text = bodyOf(
      page(
        `<article><div class="entry-content">${paragraphs}` +
          `<div class="entry-author-info"><p>Jane Doe writes about roads and bridges for the paper.</p></div>` +
          `<span class="post-ratings">(No ratings yet)</span>` +
          `<div class="postmetadata">This entry was posted on Monday in Transport.</div>` +
          `<p class="ad-disclosure">Advertising disclosure: we may receive compensation for links.</p></div></article>`,
      ),
    );
    expect(text).toContain(STORY[3]);
    expect(text).not.toMatch(/Jane Doe|ratings yet|This entry was posted|compensation/);
  });

  it('lets a content word protect a name only when no widget word is in the same name', () => {
    expect(boilerplateKind(element('<div class="entry-content no-share"></div>'))).toBeNull();
    expect(boilerplateKind(element('<div class="entry-author-info"></div>'))).toBe('widget');
    expect(boilerplateKind(element('<p class="wp-caption-text"></p>'))).toBe('caption');
    expect(boilerplateKind(element('<section class="kommentare"></section>'))).toBe('comments');
    expect(boilerplateKind(element('<div class="dida"></div>'))).toBe('caption');
    expect(boilerplateKind(element('<p class="bildunterschrift"></p>'))).toBe('caption');
  });

  it('prunes a caption line set outside a <figcaption>, but keeps a long slide text', () => {
    const slide = STORY.join(' ') + ' ' + STORY.join(' ');
    const text = bodyOf(
      page(
        `<article>${paragraphs}<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">The bridge in May</p></div>` +
          `<p class="image-caption">${slide}</p></article>`,
      ),
    );
    expect(text).not.toContain('The bridge in May');
    expect(text).toContain(STORY[1]);
  });
});

describe('removeNonContent: forms', () => {
  it('keeps a form that wraps the whole page (ASP.NET) but removes a search form', () => {
    const { document } = parseHTML(
      page(
        `<form id="aspnetForm"><form class="search"><p>Search the site for other stories</p></form>` +
          `<article>${paragraphs}</article></form>`,
      ),
    );
    removeNonContent(document);
    expect(document.body.textContent).toContain(STORY[0]);
    expect(document.body.textContent).not.toContain('Search the site');
  });

  it('reads the story of a page held in one form', () => {
    expect(bodyOf(page(`<form id="aspnetForm"><article>${paragraphs}</article></form>`))).toContain(STORY[2]);
  });
});

describe('link-dense blocks', () => {
  it('drops a paragraph that is only a link to another story, and keeps prose with a link in it', () => {
    const text = bodyOf(
      page(
        `<article>${paragraphs}<p><a href="/other">Flood defences approved for the whole valley</a></p>` +
          `<p>The council <a href="/c">approved</a> the plan on Tuesday after a long debate about the cost of the work.</p></article>`,
      ),
    );
    expect(text).not.toContain('Flood defences approved');
    expect(text).toContain('after a long debate about the cost');
  });
});

describe('recoverArticleBlocks', () => {
  const standfirst = 'A crossing two years late and a third over budget';

  it('puts back the sub-head Readability leaves outside its container, in its place', () => {
    const html = page(
      `<article><h2>${standfirst}</h2><div class="story-body">${paragraphs}</div></article><div class="sidebar-box"><p>Weather: rain</p></div>`,
    );
    const draft = parseHtml(html)[0]!;
    expect(draft.paragraphs[0]).toBe(standfirst);
    expect(draft.paragraphs).toContain(STORY[3]);
  });

  it('leaves out teaser cards, links and widgets inside the article', () => {
    const html = page(
      `<article><h2>${standfirst}</h2><div class="story-body">${paragraphs}</div>` +
        `<div class="teaser"><h3>Ferry service to resume in May, the operator says</h3></div>` +
        `<a href="/x"><h3>New tram line opens along the river next year</h3></a>` +
        `<article class="card"><h3>Council approves the budget for next year at last</h3></article></article>`,
    );
    const text = bodyOf(html);
    expect(text).toContain(standfirst);
    expect(text).not.toMatch(/Ferry service|New tram line|Council approves/);
  });

  it('changes nothing when the page has no article element holding Readability’s text', () => {
    const { document } = parseHTML(page(`<div><h2>${standfirst}</h2><div>${paragraphs}</div></div>`));
    const blocks = Array.from(document.querySelectorAll('div > div > p'));
    expect(recoverArticleBlocks(blocks, document)).toEqual(blocks);
  });
});

describe('withoutBareHeadings', () => {
  it('drops a sub-head left heading nothing, and keeps one with text or a sub-section under it', () => {
    const text = bodyOf(
      page(
        `<article><h2>How the money was spent</h2><h3>The steel</h3>${paragraphs}` +
          `<h3>More on this topic</h3><p><a href="/a">Ferry service to resume in May</a></p><h3>Sources:</h3></article>`,
      ),
    );
    expect(text).toContain('How the money was spent');
    expect(text).toContain('The steel');
    expect(text).not.toMatch(/More on this topic|Sources:/);
  });
});
