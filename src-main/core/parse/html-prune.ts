import { blockText, leafBlocks, linkDensity, NON_CONTENT_SELECTOR } from './html-blocks';

// Boilerplate that Readability keeps as article text, taken out of the page before it reads
// it: share bars, "read more" lists, newsletter and cookie boxes, captions and comment
// sections. Readability judges a container by its text and links; a block of readers'
// comments is long text with few links, so on a blog it can win over the post itself
// (webdev: lemire.me, rete-mirabile.net). Like trafilatura's cleaning pass, elements are
// recognised by what the page itself names them (class, id, role), a general rule: the
// same words name the same widgets on most sites, whatever their language.

/** Words in a class or id that name a widget, never a story: whole words between `-`, `_` or case changes. */
const BOILERPLATE_WORDS = new Set(
  [
    // readers' comments (German sites name them `kommentare`)
    'comment comments commentlist respond reply replies disqus discussion kommentar kommentare',
    // share bars and social buttons
    'share shares sharing sharebar shariff social socials sociallinks addthis',
    // newsletter, subscription and promotion boxes
    'newsletter subscribe subscription signup promo',
    // cookie and consent notices
    'cookie cookies consent gdpr',
    // page furniture Readability sometimes keeps
    'breadcrumb breadcrumbs pagination sidebar tags tagcloud',
    // the author box under a post, star ratings, post metadata lines, tables of contents
    // (webdev: `author-bio`, `saboxplugin-wrap`, `post-ratings`, `postmetadata`, `ez-toc-container`)
    'bio authorbio authorbox authorinfo saboxplugin rating ratings postmetadata postmeta entrymeta entryutility metadata toc',
    // notices the publisher adds to every page: affiliate and ad disclaimers, paywall prompts
    'disclaimer disclosure affiliate paywall',
    // fact boxes set beside the story (trafilatura drops `mol-factbox` too)
    'factbox',
    // the consent box standing in for an embedded post until the reader allows it (webdev:
    // amnesty.de's `third-party-services--placeholder`). The embedded posts themselves stay:
    // a tweet quoted in a story was wanted as often as not on the dev pages.
    'placeholder',
    // notices the publisher sets above or under a post (webdev: freitag.de `community-notice`)
    'notice',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Words naming the story's own container: `entry-content no-share`, `article-content
 * sticky-sidebar-relative` and `steady-paywall-container` hold the whole text (webdev).
 */
const CONTENT_WORDS = new Set(['content', 'article', 'entry', 'body', 'main', 'story', 'text']);

/**
 * Words naming lists of other stories ("related", "read more"): pruned whatever their length,
 * since a list of excerpts can outweigh the post itself (webdev: tv-orange.de's
 * `ul.related_post`, five excerpts that Readability took for the article).
 */
const RELATED_WORDS = new Set([
  'related',
  'recommended',
  'recommendations',
  'readmore',
  'readalso',
  'outbrain',
  'taboola',
]);

/** Words naming readers' comments: a comment section is pruned even when longer than the post. */
const COMMENT_WORDS = new Set([
  'comment',
  'comments',
  'commentlist',
  'respond',
  'replies',
  'disqus',
  'kommentar',
  'kommentare',
]);

/**
 * Words naming a picture's caption or credit line outside a <figcaption> (webdev:
 * `wp-caption-text`, `media__caption--source`, `imagedescription`, `image-annotation`, `copyright`).
 */
const CAPTION_WORDS = new Set([
  'caption',
  'imagedescription',
  'imageannotation',
  'credit',
  'credits',
  'copyright',
  // the names of a caption in Italian, German and French (webdev: parcoabruzzo.it `div.dida`)
  'dida',
  'didascalia',
  'bildunterschrift',
  'legende',
]);

/**
 * A widget box longer than this is kept: share bars, newsletter boxes and cookie notices are
 * short, and a name-matched container longer than it held the whole story on a tenth of the
 * webdev pages it matched (`documentContent__sharingContainer`, `layoutTwoColumnsRightSidebar`).
 */
const MAX_WIDGET_CHARS = 600;

/** A caption longer than this is text of its own (a slide show's story), not a line under a picture. */
const MAX_CAPTION_CHARS = 300;

/** ARIA roles of page furniture. */
const BOILERPLATE_ROLES = new Set(['complementary', 'contentinfo', 'navigation', 'banner', 'dialog', 'alertdialog']);

/** Containers a story may sit in, never pruned by their name: `<body class="single comments-open">`. */
const NEVER_PRUNED = new Set(['html', 'body', 'main', 'article']);

/** Removes every boilerplate element of the page, except one holding the headline or a story. */
export function pruneBoilerplate(document: Document): number {
  const root = document.querySelector('body') ?? document.documentElement;
  if (!root) return 0;
  let removed = 0;
  const keepComments = commentsAreThePage(root);
  for (const el of Array.from(root.querySelectorAll('[class], [id], [role], [style], figcaption, [hidden]'))) {
    if (!el.isConnected) continue;
    const kind = boilerplateKind(el);
    if (!kind || (kind === 'comments' && keepComments)) continue;
    // A wrapper named for a widget may still hold the story (`<div class="post-share-wrap">`
    // around everything): one holding a headline or an article is kept, and so is one
    // holding more text than a widget has, unless it is the readers' comments.
    if (el.querySelector('h1, article, [itemprop~="articleBody"]')) continue;
    const chars = textLength(el);
    if (kind === 'caption' && chars > MAX_CAPTION_CHARS) continue;
    if ((kind === 'widget' || kind === 'teaser') && chars > MAX_WIDGET_CHARS) continue;
    // A long "read more" box holding the story's own container is an expander around the
    // story (phillyvoice.com: `div#read_more > div.body-content`), not a list of other stories.
    if (kind === 'related' && chars > MAX_WIDGET_CHARS && holdsStoryContainer(el)) continue;
    el.remove();
    removed++;
  }
  return removed;
}

/** Below this many characters of prose outside the comments, the page has no story of its own. */
const MIN_STORY_CHARS = 250;
/** A block this long, with few links, is prose rather than a menu or form line. */
const MIN_PROSE_CHARS = 60;

/**
 * Whether the readers' posts are the page itself: a forum thread whose posts the software
 * names comments (`MtnComment`, webdev: a forum whose whole thread was pruned, leaving its
 * "Kommentieren" button as the body). So when the page holds almost no prose outside its
 * comment sections, they stay; a story with comments under it (the case the pruning is
 * for) has its own text outside them.
 */
function commentsAreThePage(root: Element): boolean {
  const comments = new Set(
    Array.from(root.querySelectorAll('[class], [id]')).filter((el) => boilerplateKind(el) === 'comments'),
  );
  if (comments.size === 0) return false;
  const inComments = (block: Element): boolean => {
    for (let el: Element | null = block; el && el !== root; el = el.parentElement) if (comments.has(el)) return true;
    return false;
  };
  let outside = 0;
  for (const block of leafBlocks(root)) {
    if (inComments(block)) continue;
    const text = blockText(block);
    if (text.length >= MIN_PROSE_CHARS && linkDensity(block, text) <= 0.3) outside += text.length;
  }
  return outside < MIN_STORY_CHARS;
}

type BoilerplateKind = 'comments' | 'related' | 'caption' | 'widget' | 'teaser';

export function boilerplateKind(el: Element): BoilerplateKind | null {
  const tag = el.tagName.toLowerCase();
  if (isLinkedTeaser(el, tag)) return 'teaser';
  if (NEVER_PRUNED.has(tag)) return null;
  if (tag === 'figcaption') return 'caption';
  // What the reader never saw is not the story: `hidden`, `display:none` (pop-ups, the
  // print-only copies of a box), as trafilatura drops them.
  if (el.hasAttribute('hidden') || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return 'widget';
  const role = el.getAttribute('role')?.toLowerCase().trim();
  if (role && BOILERPLATE_ROLES.has(role)) return 'widget';
  const tokens = nameTokens(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
  // `entry-content` names the story's container, but `entry-author-info`, `wp-caption-text`
  // and `affiliate-text` name a box in it: a content word protects only a name without a widget word.
  if (tokens.some((words) => words.some((w) => CONTENT_WORDS.has(w)) && !words.some(isWidgetWord))) return null;
  const words = tokens.flat();
  if (words.some((word) => COMMENT_WORDS.has(word))) return 'comments';
  if (words.some((word) => RELATED_WORDS.has(word))) return 'related';
  if (words.some((word) => CAPTION_WORDS.has(word))) return 'caption';
  return words.some((word) => BOILERPLATE_WORDS.has(word)) ? 'widget' : null;
}

/**
 * A box the page names a teaser that links elsewhere: the card of another story, even as an
 * `<article>` or under a content word (`ArticleTeaser_root`, `c-aside-teaser`, `teaser
 * portletWrapper`; webdev: on the dev pages such boxes held 182 unwanted snippets against 7
 * wanted ones, all in boxes longer than a widget). A teaser without a link is the story's own
 * standfirst (`p.teaser`), kept for html-body.ts.
 */
function isLinkedTeaser(el: Element, tag: string): boolean {
  if (tag === 'html' || tag === 'body' || tag === 'main') return false;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names.trim() !== '' && nameWords(names).includes('teaser') && el.querySelector('a[href]') !== null;
}

function holdsStoryContainer(el: Element): boolean {
  for (const inner of Array.from(el.querySelectorAll('[class], [id]'))) {
    const tokens = nameTokens(`${inner.getAttribute('class') ?? ''} ${inner.getAttribute('id') ?? ''}`);
    if (tokens.some((words) => words.some((w) => CONTENT_WORDS.has(w)) && !words.some(isWidgetWord))) return true;
  }
  return false;
}

const isWidgetWord = (word: string): boolean =>
  BOILERPLATE_WORDS.has(word) || COMMENT_WORDS.has(word) || RELATED_WORDS.has(word) || CAPTION_WORDS.has(word);

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').length;
}

/** `post-Comments_list shareBar` → post, comments, list, share, bar, and also sharebar. */
export function nameWords(names: string): string[] {
  return nameTokens(names).flat();
}

/**
 * The words of each class or id token: its parts, each two neighbours joined
 * (`entry-author-info` → authorinfo) and the whole token run together.
 */
export function nameTokens(names: string): string[][] {
  const tokens: string[][] = [];
  for (const token of names.split(/\s+/)) {
    if (!token || token.length > 100) continue;
    const parts = token
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean);
    const pairs = parts.slice(1).map((part, i) => parts[i] + part);
    tokens.push([...parts, ...pairs, token.toLowerCase().replace(/[^a-z]/g, '')]);
  }
  return tokens;
}

/**
 * Removes scripts, forms, navigation and other non-content elements. A <header> inside the
 * article stays: it holds the standfirst (`<p class="entry__subtitle">`), which the page's
 * own header never does (webdev: La Stampa, Tagesspiegel, netzpolitik.org).
 */
export function removeNonContent(document: Document): void {
  for (const el of Array.from(document.querySelectorAll(NON_CONTENT_SELECTOR))) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'header' && el.parentElement?.closest('article, main, [role="main"]')) continue;
    // ASP.NET pages wrap the whole page in one <form> (webdev: football.ua, bettycrocker.com):
    // a form holding the article or main part is the page, not a search or comment box.
    if (tag === 'form' && el.querySelector('article, main, [role="main"], h1')) continue;
    el.remove();
  }
}
