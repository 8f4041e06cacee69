// A cap on how deeply a page's elements nest, applied right after parsing and before
// anything walks the tree. A 9 KB page of 3,000 nested <b> overflowed the stack and failed a
// whole import, and 5,000 nested <div> took 5 minutes in Readability (robustness audit,
// finding 2): work per element grows with its depth in Readability, in CSS descendant
// matching and in recursive text extraction. Real pages nest far less (the tgnews pages 8
// deep at most; browsers stop nesting at 512), so below the cap only the text is kept.
// The parser itself is not capped: htmlparser2 keeps its open elements with Array.unshift,
// so n nested tags cost it n^2 moves (100,000 in 10 s; 8,000 in 30 ms). That is in the
// library (an upstream pull request moves it to push/pop); the import's time budget per
// file bounds it meanwhile.

import { NON_CONTENT_TAGS } from './html-blocks';

export const MAX_HTML_DEPTH = 128;

/**
 * Replaces the content of every element at depth `max` (the root is depth 1) by its text,
 * read without script, style and other non-content elements. Iterative, so any depth is
 * safe. Returns whether anything was cut.
 */
export function capDepth(root: Element, max = MAX_HTML_DEPTH): boolean {
  let capped = false;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth < max) {
      for (let child = element.firstElementChild; child; child = child.nextElementSibling)
        stack.push([child, depth + 1]);
    } else if (element.firstElementChild) {
      element.textContent = contentText(element);
      capped = true;
    }
  }
  return capped;
}

// Elements that break a line where they start: their text must not run into the text before.
const LINE_BREAKING = new Set(
  'address article blockquote br dd div dl dt h1 h2 h3 h4 h5 h6 hr li ol p pre section table td th tr ul'.split(' '),
);

/**
 * The text of an element's subtree, skipping non-content elements, with a line break where
 * a block starts; walked without recursion.
 */
export function contentText(root: Element): string {
  const parts: string[] = [];
  let node: Node | null = root.firstChild;
  while (node && node !== root) {
    const tag = node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : '';
    const skip = NON_CONTENT_TAGS.has(tag);
    if (LINE_BREAKING.has(tag)) parts.push('\n');
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    if (!skip && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (node && node !== root) node = node.nextSibling;
  }
  // A word split by inline tags stays one word, as in textContent.
  return parts.join('');
}
