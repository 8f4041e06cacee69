// Text a page writes straight into a container, beside the container's blocks or with no
// block at all: forum software puts each post in `<div class="bbWrapper">text<br>text…`
// with the pictures in `<div>`s between its lines (webdev: XenForo and vBulletin threads,
// anglerboard.de's review). The body is read block by block (html-blocks.ts), so such text
// was read only where Readability happened to turn its `<div>` into a `<p>`, and never by
// the fallback or the recovery of the article's blocks. Each run of it is put in a `<p>` of
// its own first, in place, as Readability does in its own copy of the page.

/** Elements that break the flow of text: a run of inline content ends at each of them. */
const BLOCK_TAGS = new Set(
  'address article aside blockquote center details dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/** Elements whose own text is already a block the body reads. */
const READ_AS_BLOCK = new Set('p h1 h2 h3 h4 h5 h6 pre'.split(' '));
/** Lists and tables: text right inside them, outside their items and cells, is stray markup (a PHP warning), not prose. */
const NO_TEXT_OF_THEIR_OWN = new Set('table tbody thead tfoot tr ul ol dl'.split(' '));

/**
 * Containers whose whole content is inline text: read as one block when they are one of
 * these (a `<span>` or `<a>` of text stays inline, part of the run around it).
 */
const WRAPPED_WHOLE = new Set(['div', 'section', 'article', 'main', 'center']);

/**
 * A run shorter than this stays as it is: a label or a date line (`Rezept drucken`,
 * `03.04.2020`, `Weiterführende Informationen`), which the page sets in a `<div>` of its own
 * and which is no more the story than before (webdev: such lines were half the snippets a
 * first version without it let in).
 */
const MIN_RUN_CHARS = 50;

/** Wraps each run of text written outside any block into a `<p>`; returns how many were made. */
export function wrapBareText(document: Document): number {
  const root = document.querySelector('body');
  if (!root) return 0;
  const holding = elementsHoldingBlocks(root);
  let made = 0;
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    const tag = el.tagName.toLowerCase();
    if (NO_TEXT_OF_THEIR_OWN.has(tag)) continue;
    // A heading or paragraph holding blocks is one left open by a mismatched end tag
    // (webdev: thelocal.se's standfirst `<h2>…</h3>` holds the whole story): its runs are text too.
    if (holding.has(el)) made += wrapRuns(el, holding, document);
    else if (READ_AS_BLOCK.has(tag)) continue;
    else if (WRAPPED_WHOLE.has(tag) && hasOwnText(el)) made += wrapRun(Array.from(el.childNodes), null, el, document);
  }
  return made;
}

/** Every element with a block element somewhere below it. */
function elementsHoldingBlocks(root: Element): Set<Node> {
  const holding = new Set<Node>();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!BLOCK_TAGS.has(el.tagName.toLowerCase())) continue;
    for (let up = el.parentNode; up && !holding.has(up); up = up.parentNode) holding.add(up);
  }
  return holding;
}

/** Wraps each run of inline children of `el` between its block children. */
function wrapRuns(el: Element, holding: Set<Node>, document: Document): number {
  let made = 0;
  let run: ChildNode[] = [];
  for (const child of Array.from(el.childNodes)) {
    if (isBlockChild(child, holding)) {
      made += wrapRun(run, child, el, document);
      run = [];
    } else run.push(child);
  }
  return made + wrapRun(run, null, el, document);
}

function isBlockChild(node: ChildNode, holding: Set<Node>): boolean {
  return node.nodeType === 1 && (BLOCK_TAGS.has((node as Element).tagName.toLowerCase()) || holding.has(node));
}

/** Puts `run` in a new `<p>` before `before` (at the end when null), when it holds text. */
function wrapRun(run: ChildNode[], before: ChildNode | null, parent: Element, document: Document): number {
  if (run.reduce((sum, node) => sum + (node.textContent ?? '').trim().length, 0) < MIN_RUN_CHARS) return 0;
  const p = document.createElement('p');
  parent.insertBefore(p, before);
  for (const node of run) p.appendChild(node);
  return 1;
}

/** Whether a text node right under `el` holds more than whitespace. */
function hasOwnText(el: Element): boolean {
  for (const child of Array.from(el.childNodes))
    if (child.nodeType === 3 && (child.textContent ?? '').trim()) return true;
  return false;
}
