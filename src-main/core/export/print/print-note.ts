// The article note in print: Markdown through marked, then sanitize-html with a strict
// allow-list. The note is the user's own text but may be pasted from anywhere, so it is
// treated like article text: nothing in it may run, load a resource, or restyle the page.
import { escapeUTF8 } from 'entities';
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

// Heading levels inside a note would become entries of the PDF outline (Chromium builds
// it from h1–h6) and compete with the headlines, so they print as bold paragraphs.
const asNoteHeading: sanitizeHtml.Transformer = () => ({ tagName: 'p', attribs: { class: 'note-heading' } });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    ...['p', 'br', 'hr', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote'],
    ...['ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  ],
  allowedAttributes: { a: ['href'], ol: ['start'], p: ['class'] },
  allowedClasses: { p: ['note-heading'] },
  // A link is something to click in the PDF, not something the page loads; only web and
  // mail links, so no javascript:, data: or file: target survives.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: Object.fromEntries(HEADINGS.map((tag) => [tag, asNoteHeading])),
  // Text of dropped tags is kept (a stray <span> loses only its tag), but never the body of these.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object'],
};

const markdown = new Marked({
  gfm: true,
  // Notes are typed like messages: a single line break is meant as one.
  breaks: true,
  renderer: {
    // HTML typed into a note prints as the text it is, rather than being half-kept by the sanitiser.
    html: ({ text }) => escapeUTF8(text),
    // Images would load from somewhere; their alt text stands in for them.
    image: ({ text }) => escapeUTF8(text),
    checkbox: ({ checked }) => (checked ? '☑ ' : '☐ '),
  },
});

/** The note as sanitised HTML; plain text comes out as paragraphs. */
export function renderNoteHtml(source: string): string {
  return sanitizeHtml(markdown.parse(source, { async: false }), SANITIZE);
}
