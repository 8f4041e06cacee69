import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src-main/core/parse/index';
import type { DispatchRecord } from '../../../src-main/contract/records';

const BODY =
  '<p>The ministry said on Monday that the new bridge over the river would open to traffic next month, two years later than planned.</p>' +
  '<p>Engineers blamed the delay on flooding in the spring and on a shortage of steel, which pushed the cost up by a third.</p>';
/** The file was saved on 1 June 2024; dates after that are impossible. */
const SAVED = Date.UTC(2024, 5, 1);

function page(head: string, article = '', lang = 'en'): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"/><title>Bridge to open</title>${head}</head>
    <body><article><h1>Bridge to open</h1>${article}${BODY}</article></body></html>`;
}

async function record(html: string, mtimeMs = SAVED): Promise<DispatchRecord> {
  const outcome = await parseFile({ path: '/archive/page.html', bytes: new TextEncoder().encode(html), mtimeMs });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.records[0]!;
}

const ld = (object: object): string => `<script type="application/ld+json">${JSON.stringify(object)}</script>`;

describe('the publication date of a saved page', () => {
  it('is read from a JSON-LD NewsArticle', async () => {
    const r = await record(page(ld({ '@type': 'NewsArticle', datePublished: '2019-08-02T10:15:00+02:00' })));
    expect(r.date).toBe('2019-08-02');
    expect(r.dateTime).toBe('2019-08-02T10:15:00+02:00');
  });

  it('is read from an article inside a JSON-LD @graph', async () => {
    const graph = {
      '@graph': [
        { '@type': 'WebSite', name: 'x' },
        { '@type': ['BlogPosting'], datePublished: '2018-03-04' },
      ],
    };
    expect((await record(page(ld(graph)))).date).toBe('2018-03-04');
  });

  it('takes the published date, never the modified one, whatever their order', async () => {
    const object = {
      '@type': 'NewsArticle',
      dateModified: '2021-01-09T08:00:00Z',
      datePublished: '2020-12-01T08:00:00Z',
    };
    const head = `${ld(object)}<meta property="article:modified_time" content="2021-01-09T08:00:00Z"/>`;
    expect((await record(page(head))).date).toBe('2020-12-01');
  });

  it('trusts JSON-LD over a meta tag and a meta tag over <time>', async () => {
    const head = `<meta property="article:published_time" content="2017-05-06"/>`;
    // A day apart at most: a meta that every <time> contradicts by days, with nothing visible
    // to back it, gives no date (tests/unit/parse/html-date-place.test.ts).
    const time = '<time datetime="2017-05-05"></time>';
    expect((await record(page(head, time))).date).toBe('2017-05-06');
    // A day apart at most: days apart, the two contradict each other and the page gets none.
    const both = head + ld({ '@type': 'Article', datePublished: '2017-05-07T08:00:00+02:00' });
    expect((await record(page(both, '<time datetime="2017-05-06"></time>'))).date).toBe('2017-05-07');
  });

  it.each([
    ['itemprop microdata', '<meta itemprop="datePublished" content="2019-02-03"/>', ''],
    ['Dublin Core', '<meta name="DC.date.issued" content="2019-02-03"/>', ''],
    ['a publisher meta name', '<meta name="sailthru.date" content="2019-02-03 11:00:00"/>', ''],
    ['parsely-pub-date', '<meta name="parsely-pub-date" content="2019-02-03T11:00:00Z"/>', ''],
    ['<time> in the article', '', '<time datetime="2019-02-03T09:00:00+01:00">3 Feb</time>'],
    ['a date path in the canonical URL', '<link rel="canonical" href="https://example.org/2019/02/03/bridge/"/>', ''],
    ['a compact date in og:url', '<meta property="og:url" content="https://example.org/news/20190203-bridge"/>', ''],
    ['the visible date line', '', '<div class="post-date">Posted on February 3, 2019</div>'],
  ])('is read from %s', async (_name, head, article) => {
    expect((await record(page(head, article))).date).toBe('2019-02-03');
  });

  it('reads a German date line with the month written out', async () => {
    const line = '<p class="meta-date">Veröffentlicht am 22. Januar 2020</p>';
    expect((await record(page('', line, 'de'))).date).toBe('2020-01-22');
  });

  it('reads a line anywhere that announces the publication date', async () => {
    const html = page('', '').replace('<body>', '<body><div><span>Veröffentlicht: 3. März 2021</span></div>');
    expect((await record(html)).date).toBe('2021-03-03');
  });

  it('reads a date with the clock between day and year', async () => {
    expect((await record(page('<meta name="DC.date" content="Mon Oct 11 14:57:21 CEST 2021"/>'))).date).toBe(
      '2021-10-11',
    );
  });

  it("keeps the offset in dateTime and takes the calendar day in the page's own offset", async () => {
    const head = `<meta property="article:published_time" content="2020-01-08T23:30:00-05:00"/>`;
    const r = await record(page(head));
    expect(r.date).toBe('2020-01-08');
    expect(r.dateTime).toBe('2020-01-08T23:30:00-05:00');
  });

  it("takes the page's own day over a UTC meta date when the URL says the day before", async () => {
    const head =
      '<meta property="article:published_time" content="2020-02-25T02:25:54Z"/>' +
      '<link rel="canonical" href="https://example.com/2020/02/24/bridge/"/>';
    const r = await record(page(head));
    expect(r.date).toBe('2020-02-24');
    expect(r.dateTime).toBe('2020-02-25T02:25:54Z');
  });

  it('converts a Solar Hijri date on a Persian page to Gregorian', async () => {
    const head = '<meta property="article:published_time" content="1399-02-21"/>';
    expect((await record(page(head, '', 'fa'))).date).toBe('2020-05-10');
  });

  it('converts a Solar Hijri date written in Persian digits and month name', async () => {
    const line = '<span class="date">۲۱ اردیبهشت ۱۳۹۹</span>';
    expect((await record(page('', line, 'fa'))).date).toBe('2020-05-10');
  });

  it('converts a Hijri date on an Arabic page to Gregorian', async () => {
    // 17 Ramadan 1441 AH is 10 May 2020 in the Umm al-Qura calendar.
    const head = '<meta name="pubdate" content="1441-09-17"/>';
    expect((await record(page(head, '', 'ar'))).date).toBe('2020-05-10');
  });

  it('never stores a year before 1900, even where no calendar explains it', async () => {
    const r = await record(page('<meta property="article:published_time" content="1399-02-21"/>', '', 'en'));
    expect(r.date).toBeNull();
  });

  it('drops a date after the file was saved, with a warning', async () => {
    const r = await record(page('<meta property="article:published_time" content="2024-07-01T10:00:00Z"/>'));
    expect(r.date).toBeNull();
    expect(r.dateTime).toBeUndefined();
    expect(r.warnings.join(' ')).toContain('2024-07-01 was dropped');
  });

  it('keeps a date on the day the file was saved', async () => {
    const r = await record(page('<meta property="article:published_time" content="2024-06-01T10:00:00Z"/>'));
    expect(r.date).toBe('2024-06-01');
  });
});

describe('the byline of a saved page', () => {
  it('is the JSON-LD author names', async () => {
    const object = { '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Jane Doe' }, { name: 'Ali Reza' }] };
    expect((await record(page(ld(object)))).byline).toBe('Jane Doe, Ali Reza');
  });

  it('is meta[name=author] when JSON-LD names none', async () => {
    expect((await record(page('<meta name="author" content="Max Muster"/>'))).byline).toBe('Max Muster');
  });

  it('is the rel=author link', async () => {
    expect((await record(page('', '<a rel="author" href="/jane">Jane Doe</a>'))).byline).toBe('Jane Doe');
  });

  it('is the visible "By …" line under the headline', async () => {
    expect((await record(page('', '<div class="byline">By Sam Smith and Lee Wong</div>'))).byline).toBe(
      'Sam Smith and Lee Wong',
    );
  });

  it("drops the template's words around an author link's name", async () => {
    const link = '<a rel="author" href="/author/dl">View all posts by Daniel Lemire</a>';
    expect((await record(page('', link))).byline).toBe('Daniel Lemire');
    const meta = '<meta name="author" content="By Betty Crocker Kitchens"/>';
    expect((await record(page(meta))).byline).toBe('Betty Crocker Kitchens');
  });

  it('takes a visible "Par …" line out of the body once it is the byline', async () => {
    const r = await record(page('', '<p class="byline">Par Claire Martin</p>', 'fr'));
    expect(r.byline).toBe('Claire Martin');
    expect(r.paragraphs.join('\n')).not.toContain('Claire Martin');
  });

  it('keeps a line that says more than the byline in the body', async () => {
    const r = await record(page('', '<p class="byline">By Sam Smith, who reported from the bridge for ten years.</p>'));
    expect(r.byline).toBe('Sam Smith');
    expect(r.paragraphs.join('\n')).toContain('ten years');
  });

  it('reads the Russian "Автор" and the Arabic "بقلم" lines', async () => {
    expect((await record(page('', '<div class="author">Автор: Иван Петров</div>', 'ru'))).byline).toBe('Иван Петров');
    expect((await record(page('', '<div class="byline">بقلم أحمد علي</div>', 'ar'))).byline).toBe('أحمد علي');
  });

  it('is absent when the page names no author', async () => {
    expect((await record(page(''))).byline).toBeUndefined();
  });
});

describe('a page whose date sources disagree', () => {
  const published = (content: string): string => `<meta property="article:published_time" content="${content}"/>`;
  const canonical = (href: string): string => `<link rel="canonical" href="${href}"/>`;

  it('takes the date in its URL over a meta date days away from it', async () => {
    const head = published('2019-06-17T18:28:00+02:00') + canonical('https://example.com/home/2017/7/12/montauk');
    expect((await record(page(head))).date).toBe('2017-07-12');
  });

  it('reads a day-first date in the URL slug', async () => {
    const r = await record(page(canonical('https://example.de/meldungen/29-10-2021'), '', 'de'));
    expect(r.date).toBe('2021-10-29');
    expect((await record(page(canonical('https://example.com/bericht_vom_22.04.2020_x'), '', 'de'))).date).toBe(
      '2020-04-22',
    );
  });

  it('has no date when JSON-LD and the published meta tag are days apart', async () => {
    const head = ld({ '@type': 'NewsArticle', datePublished: '2022-01-04T07:29:00Z' }) + published('2022-01-06');
    expect((await record(page(head))).date).toBeNull();
  });

  it('takes the published meta tag over JSON-LD days away when a source of another kind states its day', async () => {
    const head = ld({ '@type': 'NewsArticle', datePublished: '2022-01-04T07:29:00Z' }) + published('2022-01-06');
    expect((await record(page(head + '<meta name="date" content="2022-01-06"/>'))).date).toBe('2022-01-06');
    expect((await record(page(head, '<p class="date">6 January 2022</p>'))).date).toBe('2022-01-06');
  });

  it('lets the date line overrule a bare meta `date`, but not a published meta tag alone', async () => {
    const line = '<p class="date">28.04.2020</p>';
    expect((await record(page('<meta name="date" content="2020-04-29T11:52:23"/>', line, 'de'))).date).toBe(
      '2020-04-28',
    );
    expect((await record(page(published('2020-04-29'), line, 'de'))).date).toBe('2020-04-29');
  });

  it('has no date when two date lines state another day than an unbacked published meta tag', async () => {
    const lines = '<p class="date">28.04.2020</p><p class="byline">Veröffentlicht am 28. April 2020</p>';
    expect((await record(page(published('2020-04-25'), lines, 'de'))).date).toBeNull();
    expect((await record(page(published('2020-04-28'), lines, 'de'))).date).toBe('2020-04-28');
  });

  it('takes the date line over JSON-LD when a meta tag states the same day', async () => {
    const head = ld({ '@type': 'NewsArticle', datePublished: '2023-11-06T18:19:00+01:00' });
    const meta = '<meta name="date" content="2023-11-07T07:30:00+01:00"/>';
    const line = '<p class="date">7 November 2023</p>';
    expect((await record(page(head + meta, line))).date).toBe('2023-11-07');
    // Without the meta tag's backing, the line alone does not overrule the JSON-LD.
    expect((await record(page(head, line))).date).toBe('2023-11-06');
  });

  it("lets a bare meta `date` yield to the article's <time> days away, but not one within a day", async () => {
    const time = (d: string): string => `<time itemprop="datePublished" datetime="${d}">x</time>`;
    const meta = '<meta name="DCTERMS.date" content="2022-01-21T15:38:44+01:00"/>';
    expect((await record(page(meta, time('2022-01-27')))).date).toBe('2022-01-27');
    expect((await record(page(meta, time('2022-01-20T20:35:00+01:00')))).date).toBe('2022-01-21');
  });

  it('reads a slashed meta date both ways and keeps the reading the date line confirms', async () => {
    const html = page('<meta name="pubdate" content="11/01/2023 12:43:42"/>', '<p class="date">01.11.2023</p>', 'de');
    expect((await record(html)).date).toBe('2023-11-01');
  });

  it("reads an unconfirmed slashed date in the page's order, and not at all when it has none", async () => {
    const meta = '<meta name="pubdate" content="03/04/2020"/>';
    expect((await record(page(meta, '', 'en-US'))).date).toBe('2020-03-04');
    expect((await record(page(meta, '', 'en-GB'))).date).toBe('2020-04-03');
    expect((await record(page(meta, '', 'en'))).date).toBeNull();
    expect((await record(page('<meta name="pubdate" content="25/04/2020"/>', '', 'en'))).date).toBe('2020-04-25');
  });
});

describe('the visible date line', () => {
  it('is read only up to the words that announce an update', async () => {
    const line = (text: string): string => `<p class="post-date">${text}</p>`;
    expect((await record(page('', line('Updated Mar 12, 2020')))).date).toBeNull();
    expect((await record(page('', line('Letzte Änderung: 31.10.2023'), 'de'))).date).toBeNull();
    expect((await record(page('', line('Published 2 May 2020 | Updated 3 May 2020')))).date).toBe('2020-05-02');
  });

  it("is not a comment's date nor a teaser's beside a linked headline", async () => {
    // At the end of the article, past the lines just under the headline.
    const after = (html: string): string => page('', '').replace('</article>', `${BODY}${html}</article>`);
    const comment = '<div class="comment-meta"><abbr class="date">Le 11 septembre 2018 à 12:57</abbr></div>';
    expect((await record(after(comment))).date).toBeNull();
    const teaser = '<div><h2><a href="/other">Other story</a></h2><p class="date">2023-11-03</p></div>';
    expect((await record(after(teaser))).date).toBeNull();
    // Without the comment's or the teaser's marks, the same line is the page's date.
    expect((await record(after('<div><p class="date">2023-11-03</p></div>'))).date).toBe('2023-11-03');
  });

  it('reads a Russian month in the form written beside a day', async () => {
    expect((await record(page('', '<p class="date">15 августа 2016, 13:43</p>', 'ru'))).date).toBe('2016-08-15');
  });

  it("is found after the story's headline, past hidden headings and the boxes around it", async () => {
    const html = `<!DOCTYPE html><html lang="de"><head><title>Amt - Neue Karte für Radon</title></head><body>
      <h1 class="aural">Navigation und Service</h1><nav><a href="/">Start</a></nav>
      <div><div><div><h1>Neue Karte für Radon</h1></div></div><p class="docData">Datum 25.01.2022</p>${BODY}</div></body></html>`;
    expect((await record(html)).date).toBe('2022-01-25');
  });

  it('is read beside a label that names it, a line above the headline, and an aside in the article', async () => {
    const labelled =
      '<div class="docData"><span class="label">Datum:</span> <span class="value">18.10.2021</span></div>';
    expect((await record(page('', labelled, 'de'))).date).toBe('2021-10-18');
    const kicker = page('', '', 'de').replace('<h1>', '<h3>21.01.2022</h3><h1>');
    expect((await record(kicker)).date).toBe('2022-01-21');
    const aside = '<aside><ul><li class="meta__date">26.02.2020</li></ul></aside>';
    expect((await record(page('', aside, 'de'))).date).toBe('2020-02-26');
    // The same list in the page's own aside, outside the article, dates something else.
    const outside = page('', '', 'de').replace('<body>', `<body>${aside}`);
    expect((await record(outside)).date).toBeNull();
  });

  it('reads the publication after an update in the same line, and no date deep in the lead', async () => {
    const footer = '<p class="info">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p>';
    expect((await record(page('', footer, 'de'))).date).toBe('2023-11-01');
    const lead =
      '<p>Die Handballclubs dürfen sich wieder auf mehr Zuschauer in ihren Arenen freuen. Laut der am 28.01.2022 erlassenen Verordnung gilt das sofort.</p>';
    expect((await record(page('', lead, 'de'))).date).toBeNull();
  });

  it('takes dots followed by spaces, but no version number, for a date', async () => {
    expect((await record(page('', '<p class="date">Von DTB 4. 2. 2022.</p>', 'de'))).date).toBe('2022-02-04');
    const version = '<p class="post-meta">WordPress 4.8.12 · Beiträge (RSS)</p>';
    expect((await record(page('', version, 'de'))).date).toBeNull();
  });
});
