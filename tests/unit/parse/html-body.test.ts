import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src-main/core/parse/html';
import { parseHTML } from 'linkedom';
import { FormatError } from '../../../src-main/core/parse/draft';
import { densestBlocks, proseChars } from '../../../src-main/core/parse/html-body';
import { pruneBoilerplate } from '../../../src-main/core/parse/html-prune';

const STORY = [
  'The ministry said on Monday that the new bridge over the river would open to traffic next month, two years late.',
  'Engineers blamed the delay on flooding in the spring and on a shortage of steel, which pushed the cost up by a third.',
  'Residents have waited a decade for the crossing, which will cut the drive to the regional hospital by an hour.',
];
const paragraphs = STORY.map((p) => `<p>${p}</p>`).join('');

function page(body: string): string {
  return `<!DOCTYPE html><html><head><title>Bridge to open next month</title></head><body>${body}</body></html>`;
}

function bodyOf(html: string): string {
  const [draft] = parseHtml(html);
  return draft!.paragraphs.join('\n');
}

describe('parseHtml: boilerplate pruning', () => {
  it('gives a blog post, not the readers’ comments below it', () => {
    const comments = Array.from(
      { length: 8 },
      (_, i) =>
        `<li class="comment"><p>Reader ${i} wrote a long reply about something else entirely, at length, with many words in it to outweigh the post.</p></li>`,
    ).join('');
    const text = bodyOf(
      page(`<article>${paragraphs}</article><div id="comments"><ol class="comment-list">${comments}</ol></div>`),
    );
    expect(text).toContain(STORY[2]);
    expect(text).not.toContain('Reader 3 wrote');
  });

  it('leaves out share bars, newsletter boxes and cookie notices inside the article', () => {
    const text = bodyOf(
      page(
        `<article>${paragraphs}<div class="share-bar"><p>Share this article on Facebook</p></div>` +
          `<div class="newsletter-box"><p>Sign up for our morning briefing</p></div>` +
          `<div id="cookieNotice"><p>We use cookies to improve your experience</p></div></article>`,
      ),
    );
    expect(text).toContain(STORY[0]);
    expect(text).not.toMatch(/Share this|morning briefing|cookies/);
  });

  it('prunes what the reader never saw: hidden and display:none boxes', () => {
    const { document } = parseHTML(
      page(
        `<article>${paragraphs}<div style="display: none"><p>Log in now to write articles yourself</p></div>` +
          `<div hidden><p>Print edition: subscribe today</p></div></article>`,
      ),
    );
    expect(pruneBoilerplate(document)).toBe(2);
    expect(document.querySelector('article')!.textContent).not.toMatch(/Log in now|Print edition/);
  });

  it('leaves out a related-stories list named as such', () => {
    const text = bodyOf(
      page(
        `<article>${paragraphs}<ul class="related-articles"><li>Flood defences approved for the valley</li></ul></article>`,
      ),
    );
    expect(text).not.toContain('Flood defences');
  });

  it('leaves out a photo caption but keeps the story around the picture', () => {
    const text = bodyOf(
      page(
        `<article>${paragraphs}<figure><img src="a.jpg"><figcaption><p>The bridge under construction last spring</p></figcaption></figure></article>`,
      ),
    );
    expect(text).toContain(STORY[1]);
    expect(text).not.toContain('under construction');
  });

  it('keeps a container named for a widget when it holds the whole story', () => {
    const long = STORY.map((p) => `<p>${p} ${p}</p>`).join('');
    const text = bodyOf(page(`<div class="entry share-enabled">${long}</div>`));
    expect(text).toContain(STORY[1]);
  });

  it('keeps the lists and quotes of the story', () => {
    const text = bodyOf(
      page(
        `<article>${paragraphs}<ul><li>The east ramp opens first.</li><li>Tolls start in June.</li></ul>` +
          `<blockquote><p>“We are nearly there,” the minister said.</p></blockquote></article>`,
      ),
    );
    expect(text).toContain('Tolls start in June.');
    expect(text).toContain('We are nearly there');
  });

  it('keeps the standfirst in the article’s own header, but not the page header', () => {
    const text = bodyOf(
      page(
        `<header><p>Example Times: news since 1900, in print and online, every day of the year</p></header>` +
          `<article><header><h1>Bridge to open next month</h1><p class="subtitle">The crossing is two years late and a third over budget, the ministry says.</p></header>${paragraphs}</article>`,
      ),
    );
    expect(text).toContain('two years late and a third over budget');
    expect(text).not.toContain('news since 1900');
  });
});

describe('parseHtml: fallback and empty articles', () => {
  it('reads a page written in <div>s without any paragraph element', () => {
    const divs = STORY.map((p) => `<div>${p}</div>`).join('');
    const text = bodyOf(page(`<div class="main">${divs}</div>`));
    expect(text).toContain(STORY[0]);
    expect(text).toContain(STORY[2]);
  });

  it('takes the densest text container when Readability finds only a line', () => {
    const menu =
      '<ul>' + Array.from({ length: 5 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('') + '</ul>';
    const text = bodyOf(page(`<div>${menu}</div><div><div>${paragraphs}</div></div>`));
    expect(text).toContain(STORY[1]);
    expect(text).not.toContain('Section 3');
  });

  it('rejects a page whose article has a headline and no text', () => {
    expect(() => parseHtml(page('<article><h1>Bridge to open next month</h1></article>'))).toThrow(FormatError);
    expect(() => parseHtml(page('<article><h1>Bridge</h1></article>'))).toThrow(/no article text/);
  });
});

describe('parseHtml: labels and recommendation boxes', () => {
  it('leaves out picture credits, source lines and ad labels, but keeps prose that begins alike', () => {
    const text = bodyOf(
      page(
        `<article>${paragraphs}<p>Bild: Werk/Christian Houdek</p><p>Advertisement:</p>` +
          `<p>The new span seen from the east bank. (Photo: Agency)</p><p>© 2020 Example Media Inc. All Rights Reserved.</p>` +
          `<p>Source: the ministry, which said the figures would be published in full once the audit of the contractors and of the two banks lending to them was over.</p></article>`,
      ),
    );
    expect(text).toContain(STORY[0]);
    expect(text).not.toMatch(/Houdek|Advertisement|east bank|Rights Reserved/);
    expect(text).toContain('Source: the ministry, which said');
  });

  it('leaves out trailing © credits, numbered figure captions, meta lines and the author box heading', () => {
    const text = bodyOf(
      page(
        `<article>${paragraphs}<p>Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO</p>` +
          `<p>Photograph by Ed Marshall, Redonda Restoration Programme</p><p>Kategorie: News</p>` +
          `<p>Abbildung 4: klassische Schwachschicht. Der Unterschied in der Kornform und der Struktur der Schicht gegenüber der oberen und unteren ist klar ersichtlich.</p>` +
          `<p>Über den Autor</p><p>Abbildung 4 zeigt, wie die Schicht bricht, und © steht hier mitten im Satz, den der Leser braucht.</p></article>`,
      ),
    );
    expect(text).toContain(STORY[0]);
    expect(text).not.toMatch(/BERTORELLO|Ed Marshall|Kategorie|Schwachschicht|Über den Autor/);
    expect(text).toContain('Abbildung 4 zeigt, wie die Schicht bricht');
  });

  it('takes the link list under a German recommendation heading as related items, not body', () => {
    const [draft] = parseHtml(
      page(
        `<article>${paragraphs}<h3>Das könnte Sie auch interessieren!</h3>` +
          `<ul><li><a href="/a">Hochwasserschutz im Tal beschlossen</a></li><li><a href="/b">Neue Fähre ab Mai</a></li></ul></article>`,
      ),
    );
    expect(draft!.paragraphs.join('\n')).not.toMatch(/interessieren|Hochwasserschutz/);
    expect(draft!.related.map((r) => r.title)).toEqual(['Hochwasserschutz im Tal beschlossen', 'Neue Fähre ab Mai']);
  });
});

describe('densestBlocks and proseChars', () => {
  const dom = (html: string): Element => parseHTML(`<html><body>${html}</body></html>`).document.querySelector('body')!;

  it('picks the container holding the most prose, not the longer list of names beside it', () => {
    const names =
      '<ul>' + Array.from({ length: 40 }, (_, i) => `<li>Signatory number ${i}, writer</li>`).join('') + '</ul>';
    const blocks = densestBlocks(dom(`<div class="names">${names}</div><div class="letter">${paragraphs}</div>`));
    expect(blocks.map((b) => b.textContent)).toEqual(STORY);
  });

  it('counts only long blocks with few links as prose', () => {
    const root = dom(`${paragraphs}<p><a href="/x">${STORY[0]}</a></p><p>Short line.</p>`);
    expect(proseChars(Array.from(root.querySelectorAll('p')))).toBe(STORY.join('').length);
  });
});

describe('parseHtml: standfirst', () => {
  it('puts a standfirst set apart from the story container first, once', () => {
    const lead = 'The crossing is two years late and a third over budget, the ministry says.';
    // Readability picks the story's own <div>, which leaves the header and its standfirst out.
    const html = page(
      `<article><header><h1>Bridge</h1><p class="subtitle">${lead}</p></header><div class="entry-content">${paragraphs}</div></article>`,
    );
    const [draft] = parseHtml(html);
    expect(draft!.paragraphs[0]).toBe(lead);
    expect(draft!.paragraphs.filter((p) => p === lead)).toHaveLength(1);
  });
});

describe('parseHtml: tables', () => {
  it('keeps the cells of a table in the story', () => {
    const table = '<table><tr><th>Parser</th><th>Speed</th></tr><tr><td>simdjson</td><td>2.5 GB/s</td></tr></table>';
    expect(bodyOf(page(`<article>${paragraphs}${table}</article>`))).toContain('2.5 GB/s');
  });
});
