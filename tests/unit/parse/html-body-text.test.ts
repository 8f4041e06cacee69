// How the body's text is read (issue 18): text outside any block, invisible marks, ruby
// readings and the standfirst's pieces, each on a small page made up here.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { wrapBareText } from '../../../src-main/core/parse/html-bare-text';
import { blockParagraphs } from '../../../src-main/core/parse/html-blocks';
import { densestBlocks, leadParagraph } from '../../../src-main/core/parse/html-body';
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
  it('replaces a piece of it read as a paragraph of its own by the whole', () => {
    const intro = `<div class="intro"><div class="date">25 January 2022, from our correspondent in the capital city</div><p>${STORY[3]}</p></div>`;
    const text = bodyOf(
      page(`<article>${intro}<div class="content">${paragraphs.replace(`<p>${STORY[3]}</p>`, '')}</div></article>`),
    );
    const lines = text.split('\n');
    expect(lines[0]).toContain(STORY[3]);
    expect(lines.filter((line) => line.includes('from our correspondent'))).toHaveLength(1);
  });

  it('takes a box named `perex` as the standfirst', () => {
    const { document } = parseHTML(
      page(`<article><div class="field-perex"><p>${STORY[3]}</p></div>${paragraphs}</article>`),
    );
    expect(leadParagraph(document)).toBe(STORY[3]);
  });
});
