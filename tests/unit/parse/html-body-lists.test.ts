// The body rules of this stop (issue 18), each on a small page made up here: lists of other
// stories (named "related", or shaped as teaser cards), closing calls to action, standfirsts
// named `description` or `teaser`, and JSON-LD articleBody for a story written into a script.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src-main/core/parse/html';
import { ldParagraphs, withLdBody } from '../../../src-main/core/parse/html-ld-body';
import { withoutClosingCalls } from '../../../src-main/core/parse/html-tail';
import { paragraphs, STORY } from './bridge-story';

const page = (body: string, head = ''): string =>
  `<!DOCTYPE html><html><head><title>Bridge to open next month</title>${head}</head><body>${body}</body></html>`;

const bodyOf = (html: string): string => parseHtml(html)[0]!.paragraphs.join('\n');

/** An excerpt of another story, long enough that five of them outweigh a short post. */
const excerpt = (n: number): string =>
  `Excerpt ${n}: the council of the neighbouring town debated its own budget for the new school year at length, and the mayor promised more money for the roads, the libraries and the swimming pool before the summer.`;

describe('lists of other stories', () => {
  it('prunes a list named "related" however long it is', () => {
    const related = `<ul class="related_post">${[1, 2, 3, 4, 5].map((n) => `<li><a href="/s${n}">Story ${n}</a><small>${excerpt(n)}</small></li>`).join('')}</ul>`;
    const text = bodyOf(page(`<div class="entry"><h1>Bridge to open next month</h1>${paragraphs}${related}</div>`));
    expect(related.length).toBeGreaterThan(600);
    expect(text).toContain(STORY[3]);
    expect(text).not.toContain('Excerpt 3');
  });

  it('keeps a "read more" box that wraps the story’s own container', () => {
    const text = bodyOf(page(`<div id="read_more"><div class="body-content">${paragraphs}${paragraphs}</div></div>`));
    expect(text).toContain(STORY[2]);
  });

  const card = (n: number, title = `A story about the neighbouring town, part ${n}`): string =>
    `<li class="item"><h3><a href="/t${n}">${title}</a></h3><p>${excerpt(n)}</p></li>`;

  it('prunes three or more teaser cards, whatever the page names them', () => {
    const cards = `<ul class="list-unstyled">${[1, 2, 3].map((n) => card(n)).join('')}</ul>`;
    const text = bodyOf(page(`<main><h1>Bridge to open next month</h1>${paragraphs}${cards}</main>`));
    expect(text).toContain(STORY[0]);
    expect(text).not.toContain('Excerpt 2');
  });

  it('keeps two cards, and posts whose linked heading is only a poster’s name', () => {
    const two = `<ul class="list-unstyled">${[1, 2].map((n) => card(n)).join('')}</ul>`;
    expect(bodyOf(page(`<main><h1>Bridge to open next month</h1>${paragraphs}${two}</main>`))).toContain('Excerpt 2');
    const posts = `<div class="thread">${[1, 2, 3].map((n) => card(n, `user${n}`)).join('')}</div>`;
    expect(bodyOf(page(`<main><h1>Cats and fleas</h1>${posts}</main>`))).toContain('Excerpt 2');
  });
});

describe('closing calls to action', () => {
  it('drops a short call to subscribe, share or write in among the last lines', () => {
    const calls = [
      'If you enjoyed reading this post – would you consider supporting our work?',
      'Möchten Sie den Artikel teilen?',
    ];
    expect(withoutClosingCalls([...STORY, ...calls])).toEqual(STORY);
  });

  it('keeps such words early in the story or in a long paragraph', () => {
    const early = 'Subscribe to the newsletter, the mayor said, was what half the town had done.';
    const long = `${STORY[0]} The town's newsletter had warned of it. ${STORY[1]}`;
    expect(withoutClosingCalls([early, ...STORY, long])).toEqual([early, ...STORY, long]);
  });
});

describe('the standfirst', () => {
  const lead = 'A crossing two years late and a third over budget opens to traffic next month.';

  it('is kept when the page names it `description` or `teaser`', () => {
    for (const name of ['documentDescription', 'teaser-text']) {
      const head = `<div class="head"><div class="${name}">${lead}</div></div>`;
      const html = page(`<main>${head}<div class="story">${paragraphs}</div></main>`);
      expect(parseHtml(html)[0]!.paragraphs[0]).toBe(lead);
    }
  });

  it('is not the blurb of the author box', () => {
    const blurb = 'Freelance writer in Berlin who chairs the local literature society and its readings.';
    const html = page(
      `<main><div class="story">${paragraphs}</div><div class="author-profile"><div class="author-description"><p>${blurb}</p></div></div></main>`,
    );
    expect(bodyOf(html)).not.toContain(blurb);
  });
});

describe('JSON-LD articleBody', () => {
  const articleBody = STORY.join('\n');
  const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Bridge', articleBody })}</script>`;

  it('stands in when the HTML shows only a teaser of the story', () => {
    const draft = parseHtml(page('<main><p>The bridge opens next month.</p></main>', ld))[0]!;
    expect(draft.paragraphs).toEqual(STORY);
  });

  it('leaves the HTML’s own paragraphs when they hold the story', () => {
    expect(withLdBody(['Sub-head', ...STORY], articleBody)).toEqual(['Sub-head', ...STORY]);
  });

  it('reads an articleBody written as HTML into its paragraphs', () => {
    expect(ldParagraphs(`<p>${STORY[0]}</p><p>${STORY[1]}</p>`)).toEqual([STORY[0], STORY[1]]);
  });
});
