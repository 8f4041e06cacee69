// Where a date sits on the page (html-date-place.ts) and the choice rules added with it
// (html-date-choice.ts), each on a small page made up here: the site header's date of the
// day, a logo <h1>, an "Updated:" label, a `time` box, a meta date every <time> contradicts,
// and a UTC instant whose day a date line confirms.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src-main/core/parse/index';
import { isLogoHeading, labelledAsUpdate, outsideArticle } from '../../../src-main/core/parse/html-date-place';

const BODY =
  '<p>The ministry said on Monday that the new bridge over the river would open to traffic next month, two years later than planned.</p>' +
  '<p>Engineers blamed the delay on flooding in the spring and on a shortage of steel, which pushed the cost up by a third.</p>';
const SAVED = Date.UTC(2024, 5, 1);

const page = (head: string, body: string, title = 'Bridge to open'): string =>
  `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"/><title>${title}</title>${head}</head><body>${body}</body></html>`;

async function dateOf(html: string): Promise<string | null> {
  const outcome = await parseFile({
    path: '/archive/page.html',
    bytes: new TextEncoder().encode(html),
    mtimeMs: SAVED,
  });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.records[0]!.date;
}

const first = (html: string, selector: string): Element =>
  parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document.querySelector(selector)!;

describe('dates the page shows that are not the article’s', () => {
  it('skips the date of the day in the site header, and takes the article’s own <time>', async () => {
    const header =
      '<header><nav><time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></nav></header>';
    expect(await dateOf(page('', `${header}<article><h1>Bridge to open</h1>${BODY}</article>`))).toBeNull();
    const own = '<article><header><h1>Bridge to open</h1><time datetime="2023-10-31">31.10.2023</time></header>';
    expect(await dateOf(page('', `${header}${own}${BODY}</article>`))).toBe('2023-10-31');
  });

  it('does not take the line after a logo <h1> as the date line when the page has a headline', async () => {
    // The title names the site, as the logo does, and not the headline.
    const logo = '<h1><a href="/" class="logo">Radio Deutschland</a></h1><span>Mittwoch, 26.02.2020</span>';
    const body = `${logo}<main><h1>Bridge to open</h1>${BODY}</main>`;
    const html = page('<meta name="date" content="2017-05-01"/>', body, 'Radio Deutschland - Kultur');
    expect(await dateOf(html)).toBe('2017-05-01');
  });

  it('still reads the line after a logo <h1> when the page has no other heading', async () => {
    const html = page(
      '',
      `<h1><a href="https://blog.example.de">blog</a></h1><div>Leo 3. August 2015 · privat</div>${BODY}`,
    );
    expect(await dateOf(html)).toBe('2015-08-03');
  });

  it('tells a logo heading from a headline that links to its own page', () => {
    expect(isLogoHeading(first('<h1><a href="/">Radio</a></h1>', 'h1'))).toBe(true);
    expect(isLogoHeading(first('<h1><a href="https://x.de/index.html">X</a></h1>', 'h1'))).toBe(true);
    expect(isLogoHeading(first('<h1 class="site-logo">X</h1>', 'h1'))).toBe(true);
    expect(isLogoHeading(first('<h1><a href="/2020/02/bridge">Bridge to open</a></h1>', 'h1'))).toBe(false);
    expect(isLogoHeading(first('<h1>Bridge to open</h1>', 'h1'))).toBe(false);
  });

  it('skips a date element that is the value of an "Updated:" or "last edited:" label', async () => {
    const info =
      '<div id="page-info">page revision: 8, last edited: <span class="odate">17 Jun 2018 15:15</span></div>';
    expect(await dateOf(page('', `<main><h1>Bridge to open</h1>${BODY}${info}</main>`))).toBeNull();
    expect(labelledAsUpdate(first('<p>Aktualisiert am <time>3.5.2020</time></p>', 'time'))).toBe(true);
    expect(labelledAsUpdate(first('<p>Veröffentlicht am <time>3.5.2020</time></p>', 'time'))).toBe(false);
  });

  it('counts the site header as outside the article, an article’s own header as inside', () => {
    expect(
      outsideArticle(first('<header><span class="date">1.1.2020</span></header><main><h1>A</h1></main>', '.date')),
    ).toBe(true);
    expect(outsideArticle(first('<header><h1>Bridge</h1><span class="date">1.1.2020</span></header>', '.date'))).toBe(
      false,
    );
    expect(
      outsideArticle(first('<article><header><span class="date">1.1.2020</span></header></article>', '.date')),
    ).toBe(false);
  });

  it('reads the date line of a box named for the time of the news item', async () => {
    const html = page(
      '<meta name="date" content="2020-02-12"/>',
      `<div class="news-single-item"><div class="news-single-timedata">05.02.2020 <span>- Redaktion</span></div><div><a href="https://facebook.com/share">Teilen</a></div><h1>Bridge to open</h1>${BODY}</div>`,
    );
    expect(await dateOf(html)).toBe('2020-02-05');
  });
});

describe('a page whose sources contradict each other', () => {
  const meta = '<meta property="og:article:published_time" content="2022-01-15"/>';

  it('gives no date when every <time> of the page names another day and nothing visible backs the meta', async () => {
    const html = page(
      meta,
      `<article><h1>Bridge to open</h1><time datetime="2022-01-25">25.01.2022</time>${BODY}</article>`,
    );
    expect(await dateOf(html)).toBeNull();
  });

  it('keeps the meta date when a date line backs it, whatever the <time>s of teasers say', async () => {
    const body = `<article><h1>Bridge to open</h1><p class="date">Veröffentlicht am 15. Januar 2022</p>${BODY}</article><time datetime="2021-12-01">1.12.2021</time>`;
    expect(await dateOf(page(meta, body))).toBe('2022-01-15');
  });

  it('keeps the meta date when a <time> of the page names the same day', async () => {
    const html = page(
      meta,
      `<article><h1>Bridge to open</h1><time datetime="2022-01-15T09:00">15.01.2022</time>${BODY}</article>`,
    );
    expect(await dateOf(html)).toBe('2022-01-15');
  });

  it('keeps the UTC day of a JSON-LD instant when the date line names it, though a meta says the evening before', async () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', datePublished: '2019-10-19T03:00:00.000Z' })}</script>`;
    const head = `${ld}<meta property="article:published_time" content="2019-10-18"/>`;
    const body = `<article><h1>Bridge to open</h1><p class="date">19.10.2019, 05:00 Uhr</p>${BODY}</article>`;
    expect(await dateOf(page(head, body))).toBe('2019-10-19');
    // Without the date line, the local meta a day before gives the page's offset, as before.
    expect(await dateOf(page(head, `<article><h1>Bridge to open</h1>${BODY}</article>`))).toBe('2019-10-18');
  });

  it('reads a slashed date line the other way round when the markup confirms that reading', async () => {
    const head = '<meta property="article:published_time" content="2021-11-01T04:00:14Z"/>';
    const lines = '<p class="date">Stand: 11/01/2021, 05:00</p><p class="dateline">Zweirad 11/01/2021</p>';
    const html = page(head, `<article><h1>Bridge to open</h1>${lines}${BODY}</article>`).replace(
      'lang="de"',
      'lang="de-AT"',
    );
    expect(await dateOf(html)).toBe('2021-11-01');
  });
});
