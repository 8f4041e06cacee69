// One article in print: headline, metadata, the user's note, the body with its
// highlights and footnote markers, the notes, the highlights that could not be placed,
// and (when asked) the related teasers. Every piece of text is escaped here; the note's
// Markdown is the one piece of HTML, and it comes sanitised from print-note.ts.
import { escapeUTF8 as esc } from 'entities';
import type { Article, UiLocale } from '../../../contract/archive';
import type { Annotation } from '../../../contract/userdata';
import { formatArticleDate, languageName, printLabels } from './print-labels';
import { paragraphHtml, planHighlights, type Footnote } from './print-highlights';
import { renderNoteHtml } from './print-note';
import { wireRows } from '../wire-rows';

export interface ArticleOptions {
  locale: UiLocale;
  includeRelated: boolean;
}

// Scripts written right to left; the archive meets Arabic, the rest cost nothing to know.
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** `lang` and `dir` of an article's own text; an undetermined language lets the browser judge by the text. */
export function textAttrs(language: string): string {
  if (!language || language === 'und') return 'dir="auto"';
  return `lang="${esc(language)}" dir="${RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr'}"`;
}

/** The labels' own language and direction, so a label inside an Arabic article still reads left to right. */
function uiAttrs(locale: UiLocale): string {
  return `lang="${locale}" dir="ltr"`;
}

/** The element id of an article, the target of the dossier's contents. Ids are hex; anything else is replaced. */
export function articleAnchor(id: string): string {
  return `article-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function articleHtml(article: Article, options: ArticleOptions): string {
  const anchor = articleAnchor(article.id);
  const plan = planHighlights(article.paragraphs, article.userData.annotations);
  return [
    `<article class="article" id="${anchor}" ${textAttrs(article.language)}>`,
    // Whitespace collapsed here, since the headline keeps its spaces in print (see print-css.ts).
    `<h1 class="headline">${esc(article.title.replace(/\s+/g, ' ').trim())}</h1>`,
    withdrawnHtml(article, options.locale),
    metadataHtml(article, options.locale),
    articleNoteHtml(article.userData.note, options.locale),
    bodyHtml(article, plan.spans, anchor),
    footnotesHtml(plan.footnotes, anchor, article.language, options.locale),
    unplacedHtml(plan.unplaced, article.language, options.locale),
    options.includeRelated ? relatedHtml(article, options.locale) : '',
    '</article>',
  ].join('\n');
}

/** A killed story exported on purpose carries the agency's withdrawal above everything else. */
function withdrawnHtml(article: Article, locale: UiLocale): string {
  if (article.status !== 'canceled') return '';
  return `<p class="withdrawn" ${uiAttrs(locale)}>${esc(printLabels(locale).withdrawn)}</p>`;
}

function metadataHtml(article: Article, locale: UiLocale): string {
  const l = printLabels(locale);
  const rows: [string, string][] = [];
  const text = (value: string): string => `<span dir="auto">${esc(value)}</span>`;
  if (article.date) rows.push([l.date, esc(formatArticleDate(article.date, locale))]);
  if (article.place) rows.push([l.place, text(article.place)]);
  if (article.agency) rows.push([l.agency, text(article.agency)]);
  rows.push([l.language, esc(languageName(article.language, locale))]);
  if (article.signature) rows.push([l.signature, text(article.signature)]);
  for (const [label, value] of wireRows(article, locale)) rows.push([label, text(value)]);
  if (article.userData.tags.length)
    rows.push([l.tags, article.userData.tags.map((t) => `<span class="tag" dir="auto">${esc(t)}</span>`).join(' ')]);
  const sources = article.sources.length ? article.sources : [article.source];
  rows.push([
    sources.length > 1 ? l.sources : l.source,
    sourcesHtml(sources, article.missing ? l.sourceMissing : null),
  ]);
  const items = rows.map(([label, value]) => `<dt>${esc(label)}</dt><dd>${value}</dd>`).join('');
  return `<dl class="meta" ${uiAttrs(locale)}>${items}</dl>`;
}

function sourcesHtml(sources: Article['sources'], missing: string | null): string {
  const items = sources.map((s) => {
    const path = s.recordIndex === undefined ? s.path : `${s.path} #${s.recordIndex}`;
    return `<li><span class="path" dir="ltr">${esc(path)}</span><br><span class="sha">sha256 ${esc(s.sha256)}</span></li>`;
  });
  return `<ul class="sources">${items.join('')}</ul>${missing ? `<p class="missing">${esc(missing)}</p>` : ''}`;
}

function articleNoteHtml(note: string, locale: UiLocale): string {
  if (!note.trim()) return '';
  const title = `<p class="section-title">${esc(printLabels(locale).articleNote)}</p>`;
  return `<section class="article-note" ${uiAttrs(locale)}>${title}<div class="note-body" dir="auto">${renderNoteHtml(note)}</div></section>`;
}

function bodyHtml(article: Article, spans: ReturnType<typeof planHighlights>['spans'], anchor: string): string {
  const subheadings = new Set(article.subheadings);
  const marker = (n: number): string =>
    `<sup class="marker" id="${anchor}-ref-${n}"><a href="#${anchor}-fn-${n}">${n}</a></sup>`;
  const blocks = article.paragraphs.map((text, i) => {
    const tag = subheadings.has(i) ? 'h3' : 'p';
    return `<${tag}>${paragraphHtml(text, spans[i] ?? [], marker)}</${tag}>`;
  });
  return `<div class="body">\n${blocks.join('\n')}\n</div>`;
}

/** The quote an annotation is about, in the article's language and in its highlight colour. */
function quoteHtml(annotation: Annotation, language: string): string {
  return `<mark class="hl hl-${annotation.color}"><q ${textAttrs(language)}>${esc(annotation.anchor.quote)}</q></mark>`;
}

function noteTextHtml(note: string): string {
  return note.trim() ? `<div class="note-text" dir="auto">${esc(note.trim())}</div>` : '';
}

function footnotesHtml(footnotes: readonly Footnote[], anchor: string, language: string, locale: UiLocale): string {
  if (!footnotes.length) return '';
  const items = footnotes.map(
    ({ number, annotation }) =>
      `<li id="${anchor}-fn-${number}" value="${number}">${quoteHtml(annotation, language)}${noteTextHtml(annotation.note)}</li>`,
  );
  return `<section class="footnotes" ${uiAttrs(locale)}><p class="section-title">${esc(printLabels(locale).notes)}</p><ol>${items.join('')}</ol></section>`;
}

function unplacedHtml(annotations: readonly Annotation[], language: string, locale: UiLocale): string {
  if (!annotations.length) return '';
  const l = printLabels(locale);
  const items = annotations.map((a) => `<li>${quoteHtml(a, language)}${noteTextHtml(a.note)}</li>`);
  return [
    `<section class="unplaced" ${uiAttrs(locale)}>`,
    `<p class="section-title">${esc(l.notPlaced)}</p><p class="explain">${esc(l.notPlacedExplain)}</p>`,
    `<ul>${items.join('')}</ul></section>`,
  ].join('');
}

function relatedHtml(article: Article, locale: UiLocale): string {
  if (!article.related.length) return '';
  const items = article.related.map(
    (r) =>
      `<li ${textAttrs(article.language)}><span class="related-title">${esc(r.title)}</span>${r.excerpt ? ` <span class="related-excerpt">${esc(r.excerpt)}</span>` : ''}</li>`,
  );
  return `<section class="related" ${uiAttrs(locale)}><p class="section-title">${esc(printLabels(locale).related)}</p><ul>${items.join('')}</ul></section>`;
}
