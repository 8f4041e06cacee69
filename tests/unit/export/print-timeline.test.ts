import { describe, expect, it } from 'vitest';
import type { ExportScope } from '../../../src-main/contract/export';
import { describeScope } from '../../../src-main/core/export/export-document';
import { coverTimelineHtml } from '../../../src-main/core/export/print/print-timeline';
import { buildPrintHtml } from '../../../src-main/core/export/print/print-html';
import { datedArticles, dossierDoc, makeArticle } from '../../fixtures/export/articles';

const rects = (html: string): RegExpMatchArray[] => [...html.matchAll(/<rect [^>]*height="([\d.]+)"/g)];

describe('the dossier cover timeline', () => {
  it('draws a bar per day of a short span, the busiest day the tallest', () => {
    const articles = [...datedArticles(5), makeArticle({ id: 'x1', date: '2016-03-03' })];
    const html = coverTimelineHtml(articles, 'en');
    const bars = rects(html);
    expect(bars).toHaveLength(5);
    const heights = bars.map((m) => Number(m[1]));
    expect(heights.indexOf(Math.max(...heights))).toBe(2); // 3 March holds two articles
    expect(html).toContain('<title>2016-03-03: 2</title>');
    expect(html).toContain('Articles by day');
    expect(html).toContain('March 1, 2016');
    expect(html).toContain('March 5, 2016');
  });

  it('counts undated articles in its caption, in the export locale', () => {
    const articles = [...datedArticles(2), makeArticle({ id: 'u1', date: null })];
    expect(coverTimelineHtml(articles, 'ru')).toContain('Статьи по дням · без даты: 1');
  });

  it('draws weeks over a span of months', () => {
    const articles = [makeArticle({ id: 'a', date: '2016-01-04' }), makeArticle({ id: 'b', date: '2016-12-25' })];
    const html = coverTimelineHtml(articles, 'en');
    expect(html).toContain('Articles by week');
    expect(rects(html)).toHaveLength(51); // Monday 4 January to Sunday 25 December
  });

  it('is left off a cover whose articles have no date', () => {
    expect(coverTimelineHtml([makeArticle({ id: 'u', date: null })], 'en')).toBe('');
    expect(buildPrintHtml(dossierDoc([makeArticle({ id: 'u', date: null })]))).not.toContain('cover-timeline"');
  });

  it('sits on the cover of a dossier and not on a single article', () => {
    const html = buildPrintHtml(dossierDoc(datedArticles(3)));
    const cover = html.slice(html.indexOf('<section class="cover">'), html.indexOf('</section>'));
    expect(cover).toContain('<figure class="cover-timeline">');
    expect(buildPrintHtml({ ...dossierDoc(datedArticles(1)), kind: 'article' })).not.toContain('<figure');
  });

  it('names the brushed range in the cover’s filter line, after the query and facets', () => {
    const scope: ExportScope = {
      kind: 'search',
      query: 'gas',
      filters: { agency: ['SANA'], date: '2016-07-01..2016-07-31' },
    };
    expect(describeScope(scope, 'en')).toBe('search: gas · agency: SANA · date: 2016-07-01..2016-07-31');
  });
});
