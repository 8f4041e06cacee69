// The story's text from the page's JSON-LD `articleBody`, for a page that writes its story
// into a script and shows little of it in the HTML (webdev: a tenth of the missed snippets
// lived only in scripts). Used only when it holds far more text than the HTML gave: the
// HTML, where it has the story, keeps its paragraphs, sub-heads and lists.
import { parseHTML } from 'linkedom';
import { blockParagraphs, collapseSpaces, leafBlocks } from './html-blocks';

/** How many times more text `articleBody` must hold than the body read from the HTML to replace it. */
const LD_BODY_MARGIN = 2;
/** Below this, `articleBody` is a teaser line, not a story. */
const MIN_LD_BODY_CHARS = 250;

/** `paragraphs`, or the paragraphs of `articleBody` when it holds far more text. */
export function withLdBody(paragraphs: string[], articleBody: string | null): string[] {
  if (!articleBody) return paragraphs;
  const ld = ldParagraphs(articleBody);
  const ldChars = ld.join(' ').length;
  const htmlChars = paragraphs.join(' ').length;
  return ldChars >= MIN_LD_BODY_CHARS && ldChars > LD_BODY_MARGIN * htmlChars ? ld : paragraphs;
}

/** Paragraphs of `articleBody`: its blocks when it is HTML, else its lines. */
export function ldParagraphs(articleBody: string): string[] {
  if (/<\/?(?:p|div|br|h[1-6]|li)\b/i.test(articleBody)) {
    const { document } = parseHTML(`<!doctype html><html><body>${articleBody}</body></html>`);
    const body = document.querySelector('body');
    return body ? leafBlocks(body).flatMap(blockParagraphs) : [];
  }
  return articleBody.split(/\n+/).map(collapseSpaces).filter(Boolean);
}
