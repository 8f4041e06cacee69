// The story's text from the page's JSON-LD `articleBody`, for a page that writes its story
// into a script and shows little of it in the HTML (webdev: a tenth of the missed snippets
// lived only in scripts). Used only when it holds far more text than the HTML gave: the
// HTML, where it has the story, keeps its paragraphs, sub-heads and lists.
import { parseHTML } from './linkedom-selector-cache';
import { blockParagraphs, leafBlocks, visibleText } from './html-blocks';

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
  return articleBody.split(/\n+/).map(visibleText).filter(Boolean);
}

type LdObject = Record<string, unknown>;

/** The schema.org types whose text is the page's story when it is a recipe or a how-to. */
const STEPS_TYPE = /^(?:Recipe|HowTo)$/i;

/**
 * The text of the page's Recipe or HowTo object as HTML paragraphs: its description,
 * ingredients and steps (sections flattened), for a recipe or how-to page that writes its
 * steps only into a script (webdev: a how-to page whose HTML held a browser notice and the
 * steps only in JSON-LD). Null when the page states no such object or it holds no text.
 */
export function ldStepsBody(objects: LdObject[]): string | null {
  const object = objects.find((o) => [o['@type']].flat().some((t) => typeof t === 'string' && STEPS_TYPE.test(t)));
  if (!object) return null;
  const pieces = [object.description, object.recipeIngredient, object.recipeInstructions ?? object.step]
    .flatMap((value) => stepTexts(value, 0))
    .map((text) => (/<\/?(?:p|div|br|li)\b/i.test(text) ? `<div>${text}</div>` : `<p>${escapeText(text)}</p>`));
  return pieces.length > 0 ? pieces.join('\n') : null;
}

/** The texts of a string, a HowToStep (`text`), a HowToSection (`itemListElement`) or a list of them. */
function stepTexts(value: unknown, depth: number): string[] {
  if (depth > 4 || value === null || value === undefined) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap((item) => stepTexts(item, depth + 1));
  if (typeof value !== 'object') return [];
  const step = value as LdObject;
  return [...stepTexts(step.text, depth + 1), ...stepTexts(step.itemListElement, depth + 1)];
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
