// The dossier cover's timeline (issue 19): the same histogram the reading room draws
// above the list, from the same bucketing and bar geometry (contract/timeline.ts), as
// inline SVG. The print CSP lets nothing load, and SVG inline is markup, not an image.
import { escapeUTF8 as esc } from 'entities';
import type { Article, UiLocale } from '../../../contract/archive';
import { bucketTimeline, timelineBars, timelineOf } from '../../../contract/timeline';
import { formatArticleDate, printLabels } from './print-labels';

const WIDTH = 480;
const HEIGHT = 90;

/** The cover's chart of the articles by day, week or month; '' when none has a date. */
export function coverTimelineHtml(articles: readonly Pick<Article, 'date'>[], locale: UiLocale): string {
  const { unit, buckets, undated } = bucketTimeline(timelineOf(articles.map((a) => a.date)));
  if (buckets.length === 0) return '';
  const l = printLabels(locale);
  const caption = undated ? `${l.articlesBy[unit]} · ${l.undated}: ${undated}` : l.articlesBy[unit];
  const bars = timelineBars(buckets, WIDTH, HEIGHT).map((bar, i) => {
    const b = buckets[i]!;
    const title = `${b.from === b.to ? b.from : `${b.from} – ${b.to}`}: ${b.count}`;
    return `<rect x="${fixed(bar.x)}" y="${fixed(bar.y)}" width="${fixed(bar.width)}" height="${fixed(bar.height)}"><title>${esc(title)}</title></rect>`;
  });
  const first = formatArticleDate(buckets[0]!.from, locale);
  const last = formatArticleDate(buckets.at(-1)!.to, locale);
  return [
    '<figure class="cover-timeline">',
    `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-label="${esc(`${caption}: ${first} – ${last}`)}">`,
    `<line x1="0" y1="${HEIGHT}" x2="${WIDTH}" y2="${HEIGHT}" class="axis"/>`,
    ...bars,
    '</svg>',
    `<div class="cover-timeline-axis"><span>${esc(first)}</span><span>${esc(last)}</span></div>`,
    `<figcaption>${esc(caption)}</figcaption>`,
    '</figure>',
  ].join('\n');
}

/** Two decimals: enough for print, and the markup stays small over hundreds of bars. */
function fixed(n: number): string {
  return String(Math.round(n * 100) / 100);
}
