// The one print template: both PDF engines (Electron's printToPDF in the app, Chromium
// through playwright-core for the CLI and tests) render exactly this HTML. It is a pure
// function of the ExportDocument, self-contained, with a CSP that lets nothing load or
// run: no script anywhere, styles inline, images and fonts only as data: URLs.
import { escapeUTF8 as esc } from 'entities';
import type { ExportDocument } from '../export-document';
import { articleHtml } from './print-article';
import { FOOTER_FONT, PAGE_MARGINS_MM, PRINT_CSS } from './print-css';
import { coverHtml, tocHtml } from './print-dossier';
import { formatExportTime, printLabels } from './print-labels';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** The whole print document as one self-contained HTML string; every piece of article text escaped. */
export function buildPrintHtml(doc: ExportDocument): string {
  const options = { locale: doc.locale, includeRelated: doc.includeRelated };
  const articles = doc.articles.map((article) => articleHtml(article, options));
  const front = doc.kind === 'dossier' ? [coverHtml(doc), tocHtml(doc)] : [];
  return [
    '<!doctype html>',
    `<html lang="${doc.locale}" dir="ltr">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>${esc(doc.title)}</title>`,
    `<style>${PRINT_CSS}</style>`,
    '</head>',
    `<body class="${doc.kind}">`,
    ...front,
    ...articles,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Chromium's footerTemplate: the title, page number of total, and the export time.
 * The footer is a separate little document drawn in the bottom margin: it sees none of
 * the page's styles and defaults to a near-invisible font size, so it styles itself
 * inline; Chromium fills the pageNumber and totalPages spans.
 */
export function printFooterTemplate(doc: ExportDocument): string {
  const l = printLabels(doc.locale);
  const [before, between, after] = l.page;
  const box = [
    `font-family: ${FOOTER_FONT}`,
    'font-size: 7.5pt',
    'color: #6b6a66',
    'width: 100%',
    'box-sizing: border-box',
    `padding: 0 ${PAGE_MARGINS_MM.right}mm 0 ${PAGE_MARGINS_MM.left}mm`,
    'display: flex',
    'justify-content: space-between',
    'gap: 12pt',
  ].join('; ');
  const title = 'overflow: hidden; white-space: nowrap; text-overflow: ellipsis';
  return [
    `<div style="${esc(box)}">`,
    `<span style="${title}" dir="auto">${esc(doc.title)}</span>`,
    '<span style="white-space: nowrap">',
    `${esc(before)}<span class="pageNumber"></span>${esc(between)}<span class="totalPages"></span>${esc(after)}`,
    ` · ${esc(l.exported)} ${esc(formatExportTime(doc.exportedAt, doc.locale))}`,
    '</span>',
    '</div>',
  ].join('');
}
