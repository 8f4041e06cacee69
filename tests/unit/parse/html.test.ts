import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src-main/core/parse/html';
import type { DraftRecord } from '../../../src-main/core/parse/draft';

const BODY_1 =
  'The ministry said on Monday that the new bridge over the river would open to traffic next month, two years later than planned.';
const BODY_2 =
  'Engineers blamed the delay on flooding in the spring and on a shortage of steel, which pushed the cost up by a third.';
const BODY_3 =
  'Residents have waited a decade for the crossing, which will cut the drive to the regional hospital by an hour.';

/** A saved article page; `head` and `article` parts can be swapped per test. */
function page(parts: { head?: string; article?: string; lang?: string; outside?: string } = {}): string {
  const head =
    parts.head ??
    `<meta property="og:site_name" content="Example Times"/>
     <meta property="article:published_time" content="2020-04-27T23:10:00-05:00"/>
     <meta property="og:title" content="Bridge to open next month"/>
     <title>Bridge to open next month | Example Times</title>`;
  const article =
    parts.article ??
    `<h1>Bridge to open next month</h1>
     <h2>The crossing is two years late</h2>
     <address><time datetime="2020-04-27T23:10:00-05:00">27 Apr 2020, 23:10</time> by <a rel="author">Jane Doe</a></address>
     <p>${BODY_1}</p><p>${BODY_2}</p><p>${BODY_3}</p>`;
  const lang = parts.lang ? ` lang="${parts.lang}"` : '';
  return `<!DOCTYPE html><html${lang}><head><meta charset="utf-8"/>${head}</head>
    <body>${parts.outside ?? ''}<article>${article}</article></body></html>`;
}

function only(html: string): DraftRecord {
  const drafts = parseHtml(html);
  expect(drafts).toHaveLength(1);
  return drafts[0]!;
}

describe('parseHtml: metadata', () => {
  it('takes the title from og:title', () => {
    expect(only(page()).title).toBe('Bridge to open next month');
  });

  it('falls back to the article h1 when there is no og:title', () => {
    const draft = only(
      page({ head: '<title>Site | Section</title>', article: `<h1>Real headline</h1><p>${BODY_1}</p>` }),
    );
    expect(draft.title).toBe('Real headline');
  });

  it('falls back to <title> when there is neither og:title nor h1', () => {
    expect(only(page({ head: '<title>Only title</title>', article: `<p>${BODY_1}</p>` })).title).toBe('Only title');
  });

  it('takes the date from article:published_time as written, without shifting the zone', () => {
    expect(only(page()).date).toBe('2020-04-27');
  });

  it('falls back to <time datetime> when the head has no date', () => {
    const article = `<h1>T</h1><time datetime="2019-03-02T01:00:00+03:00">2 Mar</time><p>${BODY_1}</p>`;
    expect(only(page({ head: '', article })).date).toBe('2019-03-02');
  });

  it('leaves the date null and warns when the page states none', () => {
    const draft = only(page({ head: '<title>T</title>', article: `<p>${BODY_1}</p>` }));
    expect(draft.date).toBeNull();
    expect(draft.warnings).toContain('no publication date found in the page');
  });

  it('takes the agency from og:site_name', () => {
    expect(only(page()).agency).toBe('Example Times');
  });

  it('passes <html lang> on as a language hint, primary subtag only', () => {
    expect(only(page({ lang: 'en-GB' })).languageHint).toBe('en');
  });

  it('gives no language hint when <html> has no lang', () => {
    expect(only(page()).languageHint).toBeUndefined();
  });

  it('never invents a signature', () => {
    expect(only(page()).signature).toBeNull();
  });
});

describe('parseHtml: body', () => {
  it('keeps paragraphs in order, with a leading h2 standfirst as the first one', () => {
    expect(only(page()).paragraphs).toEqual(['The crossing is two years late', BODY_1, BODY_2, BODY_3]);
  });

  it('does not repeat the headline or the byline line as body', () => {
    const text = only(page()).paragraphs.join('\n');
    expect(text).not.toContain('Bridge to open next month');
    expect(text).not.toContain('Jane Doe');
  });

  it('splits a paragraph at <br>, as al-akhbar pages separate paragraphs', () => {
    const draft = only(page({ article: `<h1>T</h1><p>${BODY_1}<br/>${BODY_2}<br>${BODY_3}</p>` }));
    expect(draft.paragraphs).toEqual([BODY_1, BODY_2, BODY_3]);
  });

  it('reads blockquotes and list items as paragraphs', () => {
    const article = `<h1>T</h1><p>${BODY_1}</p><blockquote>We will finish it this year.</blockquote>
      <ul><li>Length: 420 metres across the river.</li><li>Cost: 12 million, a third over budget.</li></ul><p>${BODY_2}</p>`;
    const paragraphs = only(page({ article })).paragraphs;
    expect(paragraphs).toContain('We will finish it this year.');
    expect(paragraphs).toContain('Length: 420 metres across the river.');
  });

  it('collapses inline markup and whitespace into plain text', () => {
    const article = `<h1>T</h1><p>The <b>ministry</b>   said\n on <i>Monday</i> that ${BODY_1}</p><p>${BODY_2}</p>`;
    expect(only(page({ article })).paragraphs[0]).toBe(`The ministry said on Monday that ${BODY_1}`);
  });
});

describe('parseHtml: hostile and non-article markup', () => {
  const hostile = page({
    outside: `<nav><a href="/">Home</a> <a href="/world">World menu</a></nav>
      <header>Site header banner</header>
      <aside>Most read sidebar</aside>
      <footer>Copyright footer text</footer>
      <form><input value="newsletter"/>Subscribe form</form>`,
    article: `<h1>Bridge to open next month</h1>
      <script>window.evil = "script text";</script>
      <style>.x { color: red }</style>
      <p>${BODY_1} <img src="x.png" onerror="alert('onerror fired')"/></p>
      <p>${BODY_2} <a href="javascript:alert('js link')">details</a></p>
      <p>${BODY_3}</p>
      <noscript>Enable JavaScript notice</noscript>`,
  });

  it('keeps the article text', () => {
    expect(only(hostile).paragraphs).toEqual([BODY_1, `${BODY_2} details`, BODY_3]);
  });

  it.each([
    'script text',
    'color: red',
    'onerror',
    'alert',
    'javascript:',
    'World menu',
    'Site header banner',
    'Most read sidebar',
    'Copyright footer text',
    'Subscribe form',
    'Enable JavaScript notice',
    '<',
  ])('lets no %j through anywhere in the record', (needle) => {
    expect(JSON.stringify(only(hostile))).not.toContain(needle);
  });
});

describe('parseHtml: related links', () => {
  it('turns a <related> block into related items, not body', () => {
    const article = `<h1>T</h1><p>${BODY_1}</p><p>${BODY_2}</p>
      <related><h4>Читайте также</h4><a href="https://example.com/one/">First story</a><a href="https://example.com/two/">Second story</a></related>`;
    const draft = only(page({ article }));
    expect(draft.related).toEqual([
      { title: 'First story', excerpt: '' },
      { title: 'Second story', excerpt: '' },
    ]);
    expect(draft.paragraphs.join(' ')).not.toMatch(/Читайте|First story/);
  });

  it('shows a text-less related link as its decoded URL, as tgnews pages have them', () => {
    const article = `<h1>T</h1><p>${BODY_1}</p><related><h4>مقالات ذات صلة</h4><a href="https://al-akhbar.com/Syria/1/%D8%AF%D9%85%D8%B4%D9%82"/></related>`;
    expect(only(page({ article })).related).toEqual([{ title: 'https://al-akhbar.com/Syria/1/دمشق', excerpt: '' }]);
  });

  it('turns a "READ ALSO:" heading with a link into one related item', () => {
    const article = `<h1>T</h1><p>${BODY_1}</p><h3>READ ALSO: <a href="/x">Committee proposes easing of lockdown</a></h3><p>${BODY_2}</p>`;
    const draft = only(page({ article }));
    expect(draft.related).toEqual([{ title: 'Committee proposes easing of lockdown', excerpt: '' }]);
    expect(draft.paragraphs).toEqual([BODY_1, BODY_2]);
  });

  it('takes the link lines under a "Read more" heading as related items', () => {
    const article = `<h1>T</h1><p>${BODY_1}</p><p>${BODY_2}</p><h3>Read more</h3>
      <p><a href="/a">Flood defences approved for the valley</a></p><p><a href="/b">Steel prices rise again</a></p>`;
    const draft = only(page({ article }));
    expect(draft.related.map((r) => r.title)).toEqual([
      'Flood defences approved for the valley',
      'Steel prices rise again',
    ]);
    expect(draft.paragraphs).toEqual([BODY_1, BODY_2]);
  });

  it('takes the links under a plain-text marker such as "Check Also" as related items', () => {
    const article = `<h1>T</h1><p>${BODY_1}</p><p>${BODY_2}</p><h4>Check Also</h4><p><a href="/a">Flood defences approved for the valley</a></p>`;
    const draft = only(page({ article }));
    expect(draft.related.map((r) => r.title)).toEqual(['Flood defences approved for the valley']);
    expect(draft.paragraphs).toEqual([BODY_1, BODY_2]);
  });

  it('keeps a sentence that merely begins with the word Related', () => {
    const sentence = 'Related talks between the two ministries began last week and are due to end on Friday.';
    const draft = only(page({ article: `<h1>T</h1><p>${BODY_1}</p><p>${sentence}</p><p>${BODY_2}</p>` }));
    expect(draft.paragraphs).toContain(sentence);
  });
});
