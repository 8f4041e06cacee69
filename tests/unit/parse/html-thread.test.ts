// A forum thread read as all of its posts (issue 18), on small pages made up here.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { wrapBareText } from '../../../src-main/core/parse/html-bare-text';
import { blockParagraphs } from '../../../src-main/core/parse/html-blocks';
import { withThreadPosts } from '../../../src-main/core/parse/html-thread';
import { page, STORY } from './bridge-story';

const REPLIES = [
  'Has the council said anything about the tolls on the new bridge yet? Nobody here seems to know.',
  'Not yet, but the minutes of the last meeting say the question goes to a vote in the autumn.',
  'Thanks. I will ask at the next public meeting and post here whatever answer they give me.',
];

/** A thread of posts in XenForo's shape: the poster's cell, then the text in `div.bbWrapper`. */
const thread = (texts: string[], postClass = 'message message--post'): string =>
  texts
    .map(
      (text, i) =>
        `<article class="${postClass}" id="post-${i}"><div class="message-cell message-cell--user"><h4 class="message-name">Member ${i}</h4><dl><dt>Posts</dt><dd>${100 + i}</dd></dl></div>` +
        `<div class="message-cell message-cell--main"><div class="message-body"><div class="bbWrapper">${text}</div></div></div></article>`,
    )
    .join('');

/** The page's blocks of its first post's text, as Readability returns them when it settles on that post. */
function firstPost(html: string): { document: Document; blocks: Element[] } {
  const { document } = parseHTML(html);
  wrapBareText(document);
  return { document, blocks: Array.from(document.querySelectorAll('#post-0 .bbWrapper p')) };
}

const texts = (blocks: Element[]): string[] => blocks.flatMap(blockParagraphs);

describe('forum threads', () => {
  it('reads every post of a thread, in order, without the posters’ cells', () => {
    const { document, blocks } = firstPost(
      page(`<div class="block-body">${thread([STORY.join('<br>'), ...REPLIES])}</div>`),
    );
    expect(texts(blocks)).toEqual(STORY);
    const lines = texts(withThreadPosts(blocks, document));
    expect(lines).toEqual([...STORY, ...REPLIES]);
  });

  it('leaves the blocks alone when their container is not named for a post', () => {
    const { document, blocks } = firstPost(
      page(`<div class="list">${thread([STORY.join('<br>'), ...REPLIES], 'card')}</div>`),
    );
    expect(withThreadPosts(blocks, document)).toEqual(blocks);
  });

  it('leaves a blog’s list of posts alone: each entry is headed by a link to its own page', () => {
    const entries = [STORY.join('<br>'), ...REPLIES].map(
      (text, i) => `<h2><a href="/post-${i}">Entry ${i}</a></h2>${text}`,
    );
    const { document, blocks } = firstPost(page(`<div class="block-body">${thread(entries)}</div>`));
    expect(withThreadPosts(blocks, document)).toEqual(blocks);
  });

  it('leaves a post and a single reply alone: a thread has three posts at least', () => {
    const { document, blocks } = firstPost(
      page(`<div class="block-body">${thread([STORY.join('<br>'), REPLIES[0]!])}</div>`),
    );
    expect(withThreadPosts(blocks, document)).toEqual(blocks);
  });
});
