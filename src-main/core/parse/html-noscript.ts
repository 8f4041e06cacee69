// A story written only inside `<noscript>`: some blog engines render the post with a script
// and give the text, paragraphs and all, to readers without one in a `<noscript>` box
// (webdev: a Blogger blog's post lived only there). The cleaning drops every `<noscript>`
// (most hold a tracking pixel or a "please enable JavaScript" line), so a box holding
// several paragraphs of prose is opened in place first. A box whose text the page also
// shows outside it is left to be dropped, so no story is read twice.

/** Paragraphs a box must hold to be a story rather than a notice or a lazy image's fallback. */
const MIN_PARAGRAPHS = 3;
/** Characters of paragraph text such a box must hold. */
const MIN_PROSE_CHARS = 400;

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Replaces each `<noscript>` holding a story by its children; returns how many were opened. */
export function openNoscriptStories(document: Document): number {
  let opened = 0;
  for (const box of Array.from(document.querySelectorAll('noscript'))) {
    if (!box.isConnected || !holdsStory(box)) continue;
    const probe = squash(box.querySelector('p')?.textContent ?? '');
    const outside = squash(document.querySelector('body')?.textContent ?? '').split(probe).length - 1;
    const inside = squash(box.textContent ?? '').split(probe).length - 1;
    if (outside > inside) continue;
    box.replaceWith(...Array.from(box.childNodes));
    opened++;
  }
  return opened;
}

function holdsStory(box: Element): boolean {
  const paragraphs = Array.from(box.querySelectorAll('p')).map((p) => squash(p.textContent ?? ''));
  const prose = paragraphs.filter((text) => text.length > 0);
  return prose.length >= MIN_PARAGRAPHS && prose.join(' ').length >= MIN_PROSE_CHARS;
}
