// Body rules for text the page keeps out of its plain markup (a <noscript> story, a recipe
// card, JSON-LD steps) and for teaser cards named so, each on a small page made up here.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ldStepsBody } from '../../../src-main/core/parse/html-ld-body';
import { openNoscriptStories } from '../../../src-main/core/parse/html-noscript';
import { boilerplateKind } from '../../../src-main/core/parse/html-prune';
import { bodyOf, element, page, paragraphs, STORY } from './bridge-story';

describe('a story given only inside <noscript>', () => {
  it('reads the paragraphs of a <noscript> box that holds the story', () => {
    const text = bodyOf(
      page(`<div class="post-body"><script>render()</script><noscript>${paragraphs}</noscript></div>`),
    );
    expect(text).toContain(STORY[0]);
    expect(text).toContain(STORY[3]);
  });

  it('leaves a notice or a box the page also shows outside to be dropped', () => {
    const notice = page(
      `<article>${paragraphs}</article><noscript><p>Please enable JavaScript to read this site.</p></noscript>`,
    );
    expect(bodyOf(notice)).not.toContain('enable JavaScript');
    const twice = parseHTML(page(`<article>${paragraphs}</article><noscript>${paragraphs}</noscript>`)).document;
    expect(openNoscriptStories(twice)).toBe(0);
    const once = parseHTML(page(`<div id="app"></div><noscript>${paragraphs}</noscript>`)).document;
    expect(openNoscriptStories(once)).toBe(1);
    expect(once.querySelector('noscript')).toBeNull();
  });
});

describe('teaser cards and recipe cards', () => {
  it('prunes a box named a teaser that links elsewhere, even an <article>, but keeps an unlinked standfirst', () => {
    expect(boilerplateKind(element('<article class="ArticleTeaser_root"><a href="/x">Other story</a></article>'))).toBe(
      'teaser',
    );
    expect(boilerplateKind(element('<div class="c-aside-teaser"><a href="/y">Landslide win</a></div>'))).toBe('teaser');
    expect(boilerplateKind(element('<p class="teaser">The ministry said the bridge opens.</p>'))).toBeNull();
    const text = bodyOf(
      page(
        `<article><div class="article-text">${paragraphs}` +
          `<div class="teaser portlet"><a href="/other">Climate report</a><p>Read the yearly report on the weather of the country.</p></div>` +
          `</div></article>`,
      ),
    );
    expect(text).toContain(STORY[2]);
    expect(text).not.toContain('yearly report');
  });

  it("puts back a recipe card's steps that Readability dropped, but not a linked card's text", () => {
    const steps = (n: number, extra = ''): string =>
      `<ul class="directions-list">${Array.from(
        { length: n },
        (_, i) => `<li>Step ${i + 1}: stir the sauce slowly until it thickens.${extra}<img src="s${i}.jpg"></li>`,
      ).join('')}</ul>`;
    const recipe = page(
      `<article class="post"><div class="entry-content">${paragraphs}<p>${STORY[0]} ${STORY[1]}</p>` +
        `<div class="recipe-card"><h2>Bridge cake</h2><h3>Directions</h3>${steps(4)}</div></div></article>`,
    );
    const text = bodyOf(recipe);
    expect(text).toContain(STORY[1]);
    expect(text).toContain('Step 4: stir the sauce');
    const teaser = page(
      `<article class="post"><div class="entry-content">${paragraphs}<p>${STORY[0]} ${STORY[1]}</p>` +
        `<div class="story-card"><h3><a href="/cake">Bridge cake</a></h3>${steps(4)}</div></div></article>`,
    );
    expect(bodyOf(teaser)).not.toContain('Step 4: stir the sauce');
  });
});

describe('JSON-LD recipe and how-to steps', () => {
  const howTo = {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    description: 'How to sew a round tablecloth for any table, in seven steps that anyone can follow at home.',
    step: [
      { '@type': 'HowToStep', text: '<p>Measure the diameter of the table from edge to edge through its middle.</p>' },
      {
        '@type': 'HowToSection',
        itemListElement: [{ '@type': 'HowToStep', text: 'Add twice the drop & the hem to the diameter.' }],
      },
    ],
  };

  it('gives the description and every step, sections flattened, as HTML paragraphs', () => {
    const body = ldStepsBody([howTo]);
    expect(body).toContain('<p>How to sew a round tablecloth');
    expect(body).toContain('<div><p>Measure the diameter');
    expect(body).toContain('<p>Add twice the drop &amp; the hem');
    expect(ldStepsBody([{ '@type': 'NewsArticle', description: 'A story.' }])).toBeNull();
  });

  it('uses them as the body when the page shows little else', () => {
    const script = `<script type="application/ld+json">${JSON.stringify({ ...howTo, description: STORY.join(' ') })}</script>`;
    const text = bodyOf(page('<div id="app"><p>Your browser is out of date.</p></div>', script));
    expect(text).toContain(STORY[2]);
    expect(text).toContain('Measure the diameter of the table');
    expect(text).toContain('Add twice the drop & the hem');
  });
});

describe('a forum thread whose posts are named comments', () => {
  const post = (text: string): string =>
    `<div class="forum-comment"><div class="comment-author">rider42</div><div class="comment-text">${text}</div></div>`;

  it('keeps the posts when the page has no story outside them', () => {
    const text = bodyOf(page(`<main><h1>Bridge to open next month</h1>${STORY.map(post).join('')}</main>`));
    expect(text).toContain(STORY[0]);
    expect(text).toContain(STORY[3]);
  });

  it('still prunes the comments under a story of its own', () => {
    const comments = `<section class="comments">${post('I drove across the old bridge every day for years and never minded the wait at all.')}</section>`;
    const text = bodyOf(page(`<article>${paragraphs}</article>${comments}`));
    expect(text).toContain(STORY[1]);
    expect(text).not.toContain('never minded the wait');
  });
});
