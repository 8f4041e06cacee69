// From a DOM selection in the reader to the offsets an annotation stores. Every
// paragraph element carries `data-offset`, its start in bodyText; inside it, the
// characters before a boundary are counted over its text nodes, whatever marks (hits,
// highlights) wrap them. Offsets are logical (UTF-16, in reading order), so a
// right-to-left article works the same as any other.

/** A stretch of bodyText: start < end, UTF-16 offsets. */
export interface BodyRange {
  start: number;
  end: number;
}

const PARAGRAPH = '[data-offset]';

/**
 * The body-text range a selection covers, trimmed of surrounding white space; null
 * when nothing is selected or either end lies outside `body` (headline, related
 * teasers, provenance, the panel), so a highlight never reaches past the story.
 */
export function selectedBodyRange(selection: Selection | null, body: Element, text: string): BodyRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return bodyRangeOf(selection.getRangeAt(0), body, text);
}

export function bodyRangeOf(range: AbstractRange, body: Element, text: string): BodyRange | null {
  const start = boundaryOffset(body, range.startContainer, range.startOffset, 'start');
  const end = boundaryOffset(body, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null) return null;
  return trimRange(text, start, end);
}

/** `start`..`end` without white space at either end, within the text; null when nothing is left. */
export function trimRange(text: string, start: number, end: number): BodyRange | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * A boundary point as a body offset. Inside a paragraph it counts exactly; between
 * paragraphs (a triple click ends at the next paragraph, a drag may end in the gap)
 * a start moves to the next paragraph and an end back to the previous one.
 */
function boundaryOffset(body: Element, node: Node, offset: number, side: 'start' | 'end'): number | null {
  if (!body.contains(node)) return null;
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>(PARAGRAPH);
  if (paragraph && body.contains(paragraph))
    return paragraphStart(paragraph) + charactersBefore(paragraph, node, offset);
  const paragraphs = [...body.querySelectorAll<HTMLElement>(PARAGRAPH)];
  if (side === 'start') {
    const next = paragraphs.find((p) => !precedes(p, node, offset));
    return next ? paragraphStart(next) : Number.MAX_SAFE_INTEGER;
  }
  const previous = paragraphs.findLast((p) => precedes(p, node, offset));
  return previous ? paragraphStart(previous) + (previous.textContent ?? '').length : 0;
}

function paragraphStart(paragraph: HTMLElement): number {
  return Number(paragraph.dataset.offset ?? 0);
}

/** Characters of `root`'s text that come before the boundary point (node, offset). */
function charactersBefore(root: Element, node: Node, offset: number): number {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text === node) return count + offset;
    if (!precedes(text, node, offset)) break;
    count += (text as Text).data.length;
  }
  return count;
}

/** Whether all of `target` lies before the boundary point (node, offset); `target` must not contain node. */
function precedes(target: Node, node: Node, offset: number): boolean {
  if (node.nodeType !== Node.TEXT_NODE && node.contains(target)) {
    let child: Node = target;
    while (child.parentNode && child.parentNode !== node) child = child.parentNode;
    return Array.prototype.indexOf.call(node.childNodes, child) < offset;
  }
  return (target.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}
