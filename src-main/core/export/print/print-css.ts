// The print stylesheet and the page margins. Fonts are named, never loaded (the page's
// CSP allows no fetch): Noto covers Latin, Cyrillic and Arabic where fonts-noto is
// installed, and Chromium embeds the faces it used, so the PDF extracts with pdftotext.
// The later names are the macOS and Windows faces with the same coverage.

/**
 * Page margins, given to both engines (Chromium's footer template is drawn inside the
 * bottom margin, so the engines must know it; CSS @page margins would hide it from them).
 */
export const PAGE_MARGINS_MM = { top: 16, right: 18, bottom: 18, left: 18 } as const;

const SERIF = `'Noto Serif', 'PT Serif', Charter, Georgia, Cambria, 'Noto Naskh Arabic', serif`;
// Arabic falls back to Noto Naskh Arabic even in the sans-serif stack: Chromium's PDFs map
// Noto Sans Arabic's lam-alef ligature back to text in the wrong order (الأوضاع extracts as
// األوضاع with pdftotext), while Naskh's extracts as typed. Noto Sans Arabic stays as a last resort.
const SANS = `'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, 'Noto Naskh Arabic', 'Noto Sans Arabic', sans-serif`;
const ARABIC = `'Noto Naskh Arabic', 'Geeza Pro', 'Traditional Arabic', 'Segoe UI', 'Noto Sans Arabic', serif`;
const MONO = `'Noto Sans Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace`;

/** The highlight colours of the reader's light theme (src-renderer/src/app.css), light enough to read through. */
const HIGHLIGHTS = {
  yellow: '#fbeb8e',
  green: '#bfe8b4',
  blue: '#bcd8f7',
  pink: '#f7c6dc',
  purple: '#dccbf5',
} as const;

export const FOOTER_FONT = SANS;

const highlightRules = Object.entries(HIGHLIGHTS)
  .map(([name, colour]) => `.hl-${name} { background: ${colour}; }`)
  .join('\n');

export const PRINT_CSS = `
html { color: #1d1d1b; background: #fff; font-family: ${SERIF}; font-size: 10.5pt; line-height: 1.5;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
:lang(ar), :lang(fa), :lang(ur) { font-family: ${ARABIC}; }
:lang(ar) .body, :lang(fa) .body, :lang(ur) .body { font-size: 11.5pt; line-height: 1.7; }
a { color: inherit; }
/* Chromium quotes every language the English way; Russian text quotes with guillemets. */
q:lang(ru) { quotes: '«' '»' '„' '“'; }

.dossier .article { break-before: page; }
/* Chromium titles each PDF outline entry with every run of text it painted for the heading,
   end to end. So headings keep the font's own line height: with a tighter one, the glyphs of
   a headline at the top of a page overflow its line box upwards, are painted on the previous
   page too (clipped), and the entry reads twice. And they keep the space at a line wrap
   (pre-wrap), which is otherwise not painted: the entry would read "совместныхусилий". */
.headline { font-size: 19pt; line-height: normal; font-weight: 700; margin: 0 0 8pt; white-space: pre-wrap; }

.meta { font-family: ${SANS}; font-size: 8.5pt; line-height: 1.4; color: #3b3b38; display: grid;
  grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 0 0 12pt; padding: 6pt 0;
  border-block: 0.5pt solid #b9b8b2; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.sources { list-style: none; margin: 0; padding: 0; }
.sources li + li { margin-top: 3pt; }
.path, .sha { font-family: ${MONO}; font-size: 7.5pt; overflow-wrap: anywhere; }
.sha { color: #6b6a66; }
.missing { margin: 2pt 0 0; color: #8a1c1c; }
.withdrawn { font-family: ${SANS}; font-weight: 700; color: #8a1c1c; border: 1.5pt solid #8a1c1c; padding: 4pt 8pt; margin: 0 0 8pt; }
.tag { display: inline-block; padding: 0 4pt; border: 0.5pt solid #b9b8b2; border-radius: 3pt; background: #f1f0eb; }

.article-note { font-family: ${SANS}; font-size: 9.5pt; margin: 0 0 12pt; padding: 4pt 10pt;
  background: #f4f3ee; border-inline-start: 2pt solid #8d8c86; break-inside: avoid; }
.article-note .section-title { margin-top: 2pt; }
.note-body p, .note-body ul, .note-body ol, .note-body pre, .note-body blockquote { margin: 0 0 4pt; }
.note-heading { font-weight: 700; }

.body p { margin: 0 0 7pt; orphans: 2; widows: 2; }
.body h3 { white-space: pre-wrap; font-size: 11.5pt; line-height: normal; margin: 12pt 0 5pt; break-after: avoid; }
mark.hl { color: inherit; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
${highlightRules}
.marker { font-family: ${SANS}; font-size: 7pt; font-weight: 700; line-height: 0; margin-inline-start: 1pt; }
.marker a { color: #8a1c1c; text-decoration: none; }

.section-title { font-family: ${SANS}; font-size: 8.5pt; font-weight: 700; letter-spacing: 0.06em;
  text-transform: uppercase; color: #56554f; margin: 0 0 4pt; break-after: avoid; }
.footnotes, .unplaced, .related { font-size: 9pt; line-height: 1.45; margin-top: 14pt; padding-top: 6pt;
  border-top: 0.5pt solid #b9b8b2; }
.footnotes ol, .unplaced ul, .related ul { margin: 0; padding-inline-start: 1.8em; }
.footnotes li, .unplaced li, .related li { margin-bottom: 5pt; break-inside: avoid; }
.footnotes li::marker { font-family: ${SANS}; font-weight: 700; color: #8a1c1c; }
.note-text { font-family: ${SANS}; white-space: pre-line; margin-top: 1pt; }
.explain { font-family: ${SANS}; font-size: 8.5pt; color: #56554f; margin: 0 0 4pt; }
.related-title { font-weight: 600; }
.related-excerpt { color: #56554f; }

.cover { padding-top: 32%; }
.cover-title { font-size: 28pt; line-height: 1.2; font-weight: 700; margin: 0 0 10pt; }
.cover-count { font-family: ${SANS}; font-size: 13pt; margin: 0 0 18pt; color: #3b3b38; }
.cover-facts { font-size: 10pt; border: none; }
.cover-timeline { margin: 22pt 0 0; break-inside: avoid; }
.cover-timeline svg { display: block; height: auto; fill: #3b3b38; }
.cover-timeline .axis { stroke: #8a8984; stroke-width: 0.75; }
.cover-timeline-axis { display: flex; justify-content: space-between; font-family: ${SANS}; font-size: 8pt; color: #6b6a66; margin-top: 3pt; }
.cover-timeline figcaption { font-family: ${SANS}; font-size: 9pt; color: #3b3b38; margin-top: 4pt; }
.toc { break-before: page; }
.toc-title { font-size: 16pt; font-weight: 700; margin: 0 0 10pt; }
.toc ol { margin: 0; padding-inline-start: 2.2em; }
.toc li { margin-bottom: 5pt; break-inside: avoid; }
.toc li::marker { font-family: ${SANS}; color: #56554f; }
.toc a { display: flex; gap: 12pt; justify-content: space-between; align-items: baseline; text-decoration: none; }
.toc-date { font-family: ${SANS}; font-size: 8.5pt; color: #56554f; white-space: nowrap; }
`;
