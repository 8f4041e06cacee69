// How the body's text is read (issue 18): text outside any block, invisible marks, ruby
// readings and the standfirst's pieces, each on a small page made up here.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { wrapBareText } from '../../../src-main/core/parse/html-bare-text';
import { blockParagraphs } from '../../../src-main/core/parse/html-blocks';
import { densestBlocks, leadParagraph, recoverArticleBlocks } from '../../../src-main/core/parse/html-body';
import { describedLead } from '../../../src-main/core/parse/html-described-lead';
import { bodyOf, page, paragraphs, STORY } from './bridge-story';

describe('text written outside any block', () => {
  it('reads the lines of a forum post written straight into a div between its pictures', () => {
    const post =
      `<div class="bbWrapper">${STORY[0]}<br>${STORY[1]}<div class="bbImageWrapper"><img src="a.jpg"></div>` +
      `${STORY[2]}<br><br>${STORY[3]}</div>`;
    const text = bodyOf(page(`<article><h1>Bridge</h1>${post}</article>`));
    for (const line of STORY) expect(text).toContain(line);
  });

  it('lets the densest-container fallback find a post written as bare text', () => {
    const { document } = parseHTML(
      page(`<div class="post">${STORY[0]}<br>${STORY[1]}<div><img src="a.jpg"></div>${STORY[2]}</div><p>Share</p>`),
    );
    const found = (): string => densestBlocks(document.body).flatMap(blockParagraphs).join('\n');
    expect(found()).not.toContain(STORY[1]);
    wrapBareText(document);
    expect(found()).toContain(STORY[1]);
    expect(found()).toContain(STORY[2]);
  });

  it('puts each run in a paragraph of its own, in place, and leaves short label lines alone', () => {
    const { document } = parseHTML(
      page(`<div id="post">${STORY[0]}<div><img src="a.jpg"></div>${STORY[1]}<div class="date">Print this</div></div>`),
    );
    expect(wrapBareText(document)).toBe(2);
    const post = document.querySelector('#post')!;
    expect(Array.from(post.children, (el) => el.tagName)).toEqual(['P', 'DIV', 'P', 'DIV']);
    expect(post.children[2]!.textContent).toBe(STORY[1]);
    expect(document.querySelector('.date')!.firstElementChild).toBeNull();
  });
});

describe('links and stray text', () => {
  it('recovers the blocks of an element whose itemprop list names it the articleBody', () => {
    const { document } = parseHTML(
      page(
        `<div itemprop="description articleBody"><h2>${'How the money was spent'}</h2><div>${paragraphs}</div></div>`,
      ),
    );
    const readable = Array.from(document.querySelectorAll('div > div > p'));
    expect(recoverArticleBlocks(readable, document).map((b) => b.textContent)).toContain('How the money was spent');
  });

  it('does not count a named anchor without href as a link', () => {
    const question = 'One question our listeners ask most often: what does the professor say about it?';
    const text = bodyOf(page(`<article>${paragraphs}<p><a name="q1">${question}</a></p><p>${STORY[0]}</p></article>`));
    expect(text).toContain(question);
  });

  it('reads the story inside a heading left open by a mismatched end tag', () => {
    const { document } = parseHTML(
      page(`<main><h2 class="excerpt">${STORY[3]}</h3><div>${paragraphs}</div></h2></main>`),
    );
    wrapBareText(document);
    expect(document.querySelector('h2 > p')?.textContent?.trim()).toBe(STORY[3]);
  });

  it('leaves text written right inside a list, outside its items, unwrapped', () => {
    const warning = 'Warning: Use of undefined constant comments - assumed comments in /htdocs/plugin.php on line 12';
    const { document } = parseHTML(page(`<ul><br>${warning}<li><a href="/a">A comment</a></li></ul>`));
    expect(wrapBareText(document)).toBe(0);
  });
});

describe('marks the reader never sees', () => {
  it('drops soft hyphens and zero-width spaces from words', () => {
    const hyphenated = STORY[0]!.replace('ministry', 'min\u00ADis\u00ADtry').replace('bridge', 'bri\u200Bdge');
    const rest = STORY.slice(1)
      .map((p) => `<p>${p}</p>`)
      .join('');
    const text = bodyOf(page(`<article><p>${hyphenated}</p>${rest}</article>`));
    expect(text).toContain(STORY[0]);
  });

  it('composes letters written as a base and a combining mark (NFC)', () => {
    const decomposed = 'Cafe\u0301 owners said the bridge would bring them customers from both banks of the river.';
    const text = bodyOf(page(`<article><p>${decomposed}</p>${paragraphs}</article>`));
    expect(text).toContain('Caf\u00E9 owners');
    expect(text).not.toContain('e\u0301');
  });

  it('leaves out the readings set over ruby text', () => {
    const ruby =
      '<ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための法律ができました。';
    const text = bodyOf(page(`<article><p>${ruby}</p>${paragraphs}</article>`));
    expect(text).toContain('子どもへの虐待をなくすための法律ができました。');
  });
});

describe('the standfirst', () => {
  it('takes the block under the headline that repeats the page description, even in the page header', () => {
    const description = 'Two years late, the river crossing opens to traffic next month, the ministry says.';
    const html = page(
      `<header><h1>Bridge to open next month</h1><p class="font-brand">${description}</p></header><article>${paragraphs}</article>`,
      `<meta name="description" content="${description}">`,
    );
    expect(bodyOf(html).split('\n')[0]).toBe(description);
  });

  it('does not take a site slogan set before the headline for the standfirst', () => {
    const slogan = 'News and views from the river valley, every day since nineteen twenty.';
    const html = page(
      `<div class="brand"><p>${slogan}</p></div><h1>Bridge to open next month</h1><article>${paragraphs}</article>`,
      `<meta name="description" content="${slogan}">`,
    );
    const { document } = parseHTML(html);
    expect(describedLead(document)).toBeNull();
  });

  it('takes the few short lines under the headline that together make the description', () => {
    const lines = ['“I know I am drunk and should not say this…”', '– “Then do not say it”', '– “Ok.”'];
    const html = page(
      `<h1>Gnaur</h1><div class="post"><p>${lines.join('</p><p>')}</p></div><ul class="tweets"><li>${STORY[0]}</li></ul>`,
      `<meta property="og:description" content="${lines.join(' ')}">`,
    );
    expect(bodyOf(html).split('\n').slice(0, 3)).toEqual(lines);
  });

  it('takes a box named `perex` as the standfirst', () => {
    const { document } = parseHTML(
      page(`<article><div class="field-perex"><p>${STORY[3]}</p></div>${paragraphs}</article>`),
    );
    expect(leadParagraph(document)).toBe(STORY[3]);
  });
});
