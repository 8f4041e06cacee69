// Plain text out of DOM blocks. Only text nodes are read, so no markup, attribute
// (`onerror=`), or URL (`javascript:`) can reach a record.

/** Elements whose text is body copy. Headings other than h1 are kept as their own paragraphs (standfirsts, subheads). */
export const BLOCK_SELECTOR = 'p, h2, h3, h4, h5, h6, blockquote, li, pre';

/** Elements never read as article text, whatever Readability makes of them. */
export const NON_CONTENT_SELECTOR =
  'script, style, noscript, template, nav, header, footer, aside, form, button, select, textarea, input, iframe, svg, canvas, object, embed, dialog, menu';

// Private-use character standing for a <br> while whitespace is collapsed.
const BREAK = '\uE000';

/**
 * The innermost blocks in document order: a <blockquote> holding <p>s yields the <p>s,
 * a bare <blockquote> yields itself.
 */
export function leafBlocks(root: Element): Element[] {
  const all = Array.from(root.querySelectorAll(BLOCK_SELECTOR));
  return all.filter((el) => !el.querySelector(BLOCK_SELECTOR));
}

/**
 * The text of one block, split where it has <br>s: al-akhbar and El Periódico pages separate
 * whole paragraphs with <br> inside a single <p>.
 */
export function blockParagraphs(block: Element): string[] {
  return textWithBreaks(block)
    .split(BREAK)
    .map(collapseSpaces)
    .filter((p) => p.length > 0);
}

function textWithBreaks(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (el.tagName.toLowerCase() === 'br') return BREAK;
  if (el.matches(NON_CONTENT_SELECTOR)) return '';
  return Array.from(el.childNodes, textWithBreaks).join('');
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * An element's own text without the text of <a> elements nested in it. linkedom does not
 * close an open <a> when the next one starts, so the self-closing `<a href=…/>` runs of
 * tgnews `<related>` blocks arrive nested inside each other.
 */
export function ownLinkText(anchor: Element): string {
  const parts = Array.from(anchor.childNodes, (child) => {
    if (child.nodeType === 3) return child.textContent ?? '';
    if (child.nodeType === 1 && (child as Element).tagName.toLowerCase() !== 'a') return textWithBreaks(child);
    return '';
  });
  return collapseSpaces(parts.join(' '));
}

/** Share of a block's text that sits inside links: near 1 for a list of related headlines. */
export function linkDensity(block: Element, text: string): number {
  if (!text) return 0;
  const linked = Array.from(block.querySelectorAll('a'), (a) => (a.textContent ?? '').replace(/\s/g, '')).join('');
  const all = text.replace(/\s/g, '');
  return all ? Math.min(1, linked.length / all.length) : 0;
}
