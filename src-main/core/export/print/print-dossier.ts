// The front of a dossier: a cover saying what is in it and where it came from, and a
// table of contents whose entries link to each article. Chromium cannot print page
// numbers of link targets (no CSS target-counter), and a second pass to find them would
// mean parsing our own PDF; the links work in every PDF reader, so they stand alone.
import { escapeUTF8 as esc } from 'entities';
import type { Article, UiLocale } from '../../../contract/archive';
import type { ExportDocument } from '../export-document';
import { articleAnchor, textAttrs } from './print-article';
import { formatArticleDate, formatExportTime, printLabels } from './print-labels';
import { coverTimelineHtml } from './print-timeline';

/** `15 July 2016 – 2 March 2017`, one date when all agree, the word for undated when none has a date. */
export function dateRange(articles: readonly Pick<Article, 'date'>[], locale: UiLocale): string {
  const dates = articles
    .map((a) => a.date)
    .filter((d): d is string => d !== null)
    .sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return printLabels(locale).undated;
  if (first === last) return formatArticleDate(first, locale);
  return `${formatArticleDate(first, locale)} – ${formatArticleDate(last, locale)}`;
}

export function coverHtml(doc: ExportDocument): string {
  const l = printLabels(doc.locale);
  const rows: [string, string][] = [[l.date, dateRange(doc.articles, doc.locale)]];
  if (doc.filterLabel) rows.push([l.filter, doc.filterLabel]);
  rows.push([l.exported, formatExportTime(doc.exportedAt, doc.locale)]);
  const facts = rows.map(([label, value]) => `<dt>${esc(label)}</dt><dd dir="auto">${esc(value)}</dd>`).join('');
  return [
    '<section class="cover">',
    // Not a heading: Chromium builds the PDF outline from h1–h6, and the outline lists the articles.
    `<p class="cover-title" dir="auto">${esc(doc.title)}</p>`,
    `<p class="cover-count">${esc(l.articles(doc.articles.length))}</p>`,
    `<dl class="meta cover-facts">${facts}</dl>`,
    coverTimelineHtml(doc.articles, doc.locale),
    '</section>',
  ].join('\n');
}

export function tocHtml(doc: ExportDocument): string {
  const l = printLabels(doc.locale);
  const items = doc.articles.map((article) => {
    const date = article.date ? formatArticleDate(article.date, doc.locale) : l.undated;
    return [
      `<li><a href="#${articleAnchor(article.id)}">`,
      `<span class="toc-headline" ${textAttrs(article.language)}>${esc(article.title)}</span>`,
      `<span class="toc-date">${esc(date)}</span>`,
      '</a></li>',
    ].join('');
  });
  return `<nav class="toc"><p class="toc-title">${esc(l.contents)}</p><ol>${items.join('\n')}</ol></nav>`;
}
