// Where a date sits on a saved page, to tell the article's own date from the other dates a
// page shows: the site's header and navigation (today's date beside the logo), an "Updated:"
// label just before it, a footer or aside of the page. Shared by the <time> reader
// (html-date-meta.ts) and the visible date line (html-visible-date.ts).
import { collapseSpaces } from './html-blocks';

// What follows these words dates the last change, not the publication: the line is read only
// up to them (literaturkritik.de `Letzte Änderung: 31.10.2023`; `Published 2 May | Updated 3 May`).
export const UPDATE_WORD =
  /\b(?:updated|last (?:edited|modified|changed)|aktualisiert|geändert|letzte änderung|zuletzt|mis à jour|modifié|actualizado|aggiornato|bijgewerkt)/i;

/**
 * In a footer, an aside or a nav of the page, not of the article: an <aside> or <footer>
 * inside the <article> that holds the headline is the story's own meta column
 * (spektrum.de: `<article><aside><ul class="content__meta"><li class="…date">`).
 */
export function outsideArticle(el: Element): boolean {
  const outer = el.closest('footer, aside, nav');
  if (outer && !outer.closest('article')?.querySelector('h1')) return true;
  return inSiteHeader(el);
}

/**
 * In the site's own header, above every article: its date is the day the page was served
 * (nachtkritik.de: `<header><div id="navwrap"><time>Mittwoch, 01. November 2023</time>`).
 * A <header> inside an <article>, or one that holds the story's headline, is the article's own.
 */
function inSiteHeader(el: Element): boolean {
  const header = el.closest('header');
  if (!header || header.closest('article')) return false;
  return !Array.from(header.querySelectorAll('h1')).some((h1) => !isLogoHeading(h1));
}

/**
 * An <h1> that is the site's logo, not a headline: a link to the site's front page and
 * nothing else (deutschlandfunk.de: `<h1><a href="/" class="logo">Deutschlandfunk</a></h1>`,
 * with today's date beside it).
 */
export function isLogoHeading(h1: Element): boolean {
  const links = Array.from(h1.querySelectorAll('a[href]'));
  if (links.length !== 1 || collapseSpaces(links[0]!.textContent ?? '') !== collapseSpaces(h1.textContent ?? ''))
    return /\blogo\b/i.test(`${h1.getAttribute('class') ?? ''} ${h1.getAttribute('id') ?? ''}`);
  const href = links[0]!.getAttribute('href') ?? '';
  return /^(?:(?:https?:)?\/\/[^/]+)?\/?(?:index\.\w+)?$/i.test(href.trim()) || /\blogo\b/i.test(marks(links[0]!));
}

const marks = (el: Element): string => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

/**
 * The text just before `el` in its parent ends with an update word: the element is the
 * value of an "Updated:" label (rueda.wikidot.com: `last edited: <span class="odate">`).
 */
export function labelledAsUpdate(el: Element): boolean {
  let before = '';
  for (let node = el.previousSibling; node && before.length < LABEL_CHARS; node = node.previousSibling) {
    before = `${node.textContent ?? ''}${before}`;
  }
  const tail = collapseSpaces(before).slice(-LABEL_CHARS);
  return UPDATE_WORD.test(tail);
}

/** How far before a date its label may start: `last edited:`, `Aktualisiert am`. */
const LABEL_CHARS = 30;
