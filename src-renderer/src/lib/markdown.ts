// The article note as HTML: Markdown through marked, then DOMPurify with a tight
// allow-list. A note is the user's own text, but it may be pasted from anywhere, so it
// is treated like article text: nothing in it may run, load or restyle the app. This is
// the one string the renderer ever inserts as HTML.
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

// Text formatting, lists, quotes, code, tables and links; no images, media, forms,
// frames, styles or attributes beyond these, so nothing loads and nothing can run.
const ALLOWED_TAGS = [
  ...['p', 'br', 'hr', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote'],
  ...['ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ...['table', 'thead', 'tbody', 'tr', 'th', 'td'],
];
const ALLOWED_ATTR = ['href', 'title', 'start'];
// Web and mail links only: a relative or javascript: link would navigate the app's own window.
const ALLOWED_URI_REGEXP = /^(?:https?:|mailto:)/i;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const markdown = new Marked({
  gfm: true,
  // Notes are typed like messages: a single line break is meant as one.
  breaks: true,
  renderer: {
    // HTML typed into a note shows as the text it is, rather than being half-kept by the sanitiser.
    html: ({ text }) => escapeHtml(text),
    // Images would load from anywhere; the alt text stands in for them.
    image: ({ text }) => escapeHtml(text),
    // Task lists without form controls.
    checkbox: ({ checked }) => (checked ? '☑ ' : '☐ '),
  },
});

let purifier: ReturnType<typeof DOMPurify> | undefined;

/** A DOMPurify of our own, so its link hook touches no other caller's output. */
function notePurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    // Links open in the user's browser (the shell's window-open handler), never in the app, and tell no referrer.
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purifier;
}

/** The note as sanitised HTML; plain text comes out as paragraphs. */
export function renderMarkdown(source: string): string {
  const html = markdown.parse(source, { async: false });
  return notePurifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}
