// A forum thread is its posts, all of them: Readability settles on one post's container
// (webdev: katzen-forum.net, a XenForo thread read as its third post; foren.myoos.de, a phpBB
// thread read as its first). When the longest block of the body sits in an element named
// for a post (`article.message`, `div.post`, `li.postbit`) that has siblings of the same
// name, the body is the same part (`div.bbWrapper`, `div.content`) of every such sibling,
// in page order. A story page has one post element, so nothing changes there.
import { BLOCK_SELECTOR, blockText, leafBlocks, linkDensity } from './html-blocks';
import { blocksText } from './html-body';
import { nameWords } from './html-prune';

/** Words naming one post of a thread in the forum software of the dev set and its kin. */
const POST_WORDS = new Set(['post', 'message', 'postbit', 'postcontainer', 'cpost', 'reply', 'beitrag']);
/** Posts side by side that make a thread; fewer may be a post and its quoted reply. */
const MIN_POSTS = 3;
/** A heading that links elsewhere: the title of an entry with a page of its own. */
const TITLE_LINK = 'h1 a[href], h2 a[href], h3 a[href], a[href] h1, a[href] h2, a[href] h3';
/** A block mostly of links inside a post is its signature or its share bar. */
const MAX_LINK_DENSITY = 0.6;

/** `blocks`, or the posts of the thread they were read from when that holds more text. */
export function withThreadPosts(blocks: Element[], document: Document): Element[] {
  const root = document.querySelector('body');
  const longest = longestText(blocks);
  if (!root || !longest) return blocks;
  // Readability splits a block at its double <br>s: the page's block holds the text rather than equals it.
  const start = leafBlocks(root).find((block) => blockText(block).includes(longest));
  for (let post = start?.parentElement; start && post && post !== root; post = post.parentElement) {
    const posts = samePostSiblings(post);
    if (posts.length < MIN_POSTS) continue;
    const part = partClass(start, post);
    const thread = posts.flatMap((each) => threadBlocks(each, part));
    return blocksText(thread) > blocksText(blocks) ? thread : blocks;
  }
  return blocks;
}

function longestText(blocks: Element[]): string | null {
  let best: string | null = null;
  for (const block of blocks) {
    const text = blockText(block);
    if (text.length > (best?.length ?? 0)) best = text;
  }
  return best;
}

/** The siblings of `el` (itself included) with its tag and class, when its class names a post. */
function samePostSiblings(el: Element): Element[] {
  const names = el.getAttribute('class') ?? '';
  if (!el.parentElement || !nameWords(names).some((word) => POST_WORDS.has(word))) return [];
  const key = signature(el);
  const posts = Array.from(el.parentElement.children).filter((sibling) => signature(sibling) === key);
  // Entries headed by a link to their own page are a blog's list of posts, each a teaser of
  // a story elsewhere (webdev: echte-demokratie-jetzt.de's front page), not a thread.
  return posts.some((post) => post.querySelector(TITLE_LINK)) ? [] : posts;
}

/** Tag and class tokens without numbers (`post-6331411`, `bg2` differ from post to post). */
function signature(el: Element): string {
  const tokens = (el.getAttribute('class') ?? '').split(/\s+/).filter((t) => t && !/\d/.test(t));
  return `${el.tagName} ${tokens.sort().join(' ')}`;
}

/** The first class of the nearest element between the block and the post that has one: the post's text part. */
function partClass(block: Element, post: Element): string | null {
  for (let el = block.parentElement; el && el !== post; el = el.parentElement) {
    const first = (el.getAttribute('class') ?? '').split(/\s+/).find((t) => /^[\w-]+$/.test(t));
    if (first) return first;
  }
  return null;
}

function threadBlocks(post: Element, part: string | null): Element[] {
  const parts = part ? Array.from(post.querySelectorAll(`[class~="${part}"]`)) : [post];
  return parts.flatMap(blocksOf).filter((block) => {
    const text = blockText(block);
    return text.length > 0 && linkDensity(block, text) < MAX_LINK_DENSITY;
  });
}

/** The blocks inside `el`, or `el` itself when it is a block with none inside (`blockquote.postcontent`). */
function blocksOf(el: Element): Element[] {
  const inner = leafBlocks(el);
  return inner.length > 0 || !el.matches(BLOCK_SELECTOR) ? inner : [el];
}
