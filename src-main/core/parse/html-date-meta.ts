// Where a page states its publication date in markup, after JSON-LD: the head's meta tags,
// microdata, <time> elements and the canonical URL. Each returns raw strings in the order
// they should be tried; html-date.ts reads them and keeps the first that is a date.
import { collapseSpaces } from './html-blocks';
import { labelledAsUpdate, outsideArticle } from './html-date-place';

// Open Graph / `article:`, microdata and Dublin Core: standards that name the publication
// date as such (never the modified one).
const STANDARD_NAMES = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'prism.publicationdate',
  'citation_publication_date',
  'citation_online_date',
  'citation_date',
  'bepress_citation_date',
];

// The names publishers and their CMSs use (the lists of htmldate and newspaper agree on these).
const PUBLISHER_NAMES = [
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'pub_date',
  'published_time',
  'og:release_date',
  'shareaholic:article_published_time',
  'vr:published-time',
  'published-date',
  'published_date',
  'publication_date',
  'publication-date',
  'date_published',
  'date-published',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'sailthru.date',
  'parsely-pub-date',
  'cxenseparse:recs:publishtime',
  'dc.created',
  'created',
];

// Names that give a date without saying which: Dublin Core's `date` is any event in the
// page's life, and a CMS's `date` is as often the last edit. They rank after the article's
// own <time> (martinruetter.com: `DCTERMS.date` a week before its `itemprop=datePublished`;
// alpin.de, umweltbundesamt.de alike).
const GENERIC_NAMES = ['dc.date', 'dcterms.date', 'date', 'displaydate'];

/** `content` of meta tags named (name, property or itemprop, any case) as the standards name the publication date. */
export function standardMetaDates(tags: MetaTags): string[] {
  return metaValues(tags, STANDARD_NAMES);
}

/** Meta tags with a publisher's own name for the publication date, and the `parsely-page` JSON. */
export function publisherMetaDates(tags: MetaTags): string[] {
  const values = metaValues(tags, PUBLISHER_NAMES);
  const parsely = metaValues(tags, ['parsely-page'])[0];
  if (parsely) {
    try {
      const pub = (JSON.parse(parsely) as { pub_date?: unknown }).pub_date;
      if (typeof pub === 'string') values.push(pub);
    } catch {
      // Not JSON: the other tags still count.
    }
  }
  return values;
}

/** Meta tags named `date` and the like, that do not say whether they mean publication. */
export function genericMetaDates(tags: MetaTags): string[] {
  return metaValues(tags, GENERIC_NAMES);
}

/** The page's meta tags' values by lowercased name, read once for all the date sources above. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

function metaValues(tags: MetaTags, names: readonly string[]): string[] {
  return names.flatMap((name) => tags.get(name) ?? []);
}

/** `content` of the page's meta tags by name, property or itemprop (lowercased), in page order. */
export function metaTags(document: Document): MetaTags {
  const byName = new Map<string, string[]>();
  for (const meta of Array.from(document.querySelectorAll('meta[content]'))) {
    // `DC:date` and `dcterms:created` are the same names as `DC.date` and `dcterms.created`.
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase()
      .replace(/^(dc|dcterms):/, '$1.');
    const value = collapseSpaces(meta.getAttribute('content') ?? '');
    if (key && value) byName.set(key, [...(byName.get(key) ?? []), value]);
  }
  return byName;
}

// A <time> or element in the comments, or one marked as the update, dates something else.
const NOT_PUBLICATION = /comment|update|modif|edited|revised|reply/i;

/** Microdata and <time> in the body: `itemprop=datePublished`, hAtom `.published`, then <time> in the article, then any. */
export function timeElementDates(document: Document): string[] {
  const selectors = [
    '[itemprop="datePublished"]',
    'time[pubdate]',
    'abbr.published[title], .published[datetime], .entry-date[datetime]',
    'article time, main time',
    'time',
  ];
  const values: string[] = [];
  for (const selector of selectors) {
    for (const el of Array.from(document.querySelectorAll(selector))) {
      if (isElsewhere(el)) continue;
      const value =
        el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title') ?? el.textContent;
      const text = collapseSpaces(value ?? '');
      if (text) values.push(text);
    }
  }
  return values;
}

function isElsewhere(el: Element): boolean {
  if (outsideArticle(el) || labelledAsUpdate(el)) return true;
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    const marks = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''} ${node.getAttribute('itemprop') ?? ''}`;
    if (NOT_PUBLICATION.test(marks)) return true;
  }
  return false;
}

// Two-digit month and day, or one digit between slashes (Squarespace: befifty.de `/2017/7/12/`).
const URL_DAY =
  /\/((?:19|20)\d{2})(?:[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])|\/([1-9]|1[0-2])\/([1-9]|[12]\d|3[01]))(?:[/_.-]|$)/;

// Day first, as German and Italian CMSs write it into the slug: mluk.brandenburg.de
// `/detail/~02-01-2022-land-…`, weisser-ring.de `/meldungen/29-10-2021`, achgut.com `_vom_22.04.2020_`.
const URL_DAY_FIRST = /[/_~-]((?:0[1-9]|[12]\d|3[01])([.-])(?:0[1-9]|1[0-2])\2(?:19|20)\d{2})(?=[/_.-]|$)/;

/** A day in the canonical or `og:url` URL: `/2019/08/02/`, `/2019-08-02`, `/20190802`, `/2017/7/12/`. */
export function urlDates(document: Document): string[] {
  const urls = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"], meta[name="og:url"]')?.getAttribute('content'),
  ];
  const values: string[] = [];
  for (const url of urls) {
    const m = url ? URL_DAY.exec(url) : null;
    if (m) values.push(`${m[1]}-${(m[2] ?? m[4]!).padStart(2, '0')}-${(m[3] ?? m[5]!).padStart(2, '0')}`);
    // Kept as written: html-date.ts reads `29-10-2021` in the page's order, `22.04.2020` day-first.
    const dayFirst = url && !m ? URL_DAY_FIRST.exec(url) : null;
    if (dayFirst) values.push(dayFirst[1]!);
  }
  return values;
}
