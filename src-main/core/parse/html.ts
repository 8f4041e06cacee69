import { Readability } from '@mozilla/readability';
import { parseHTML } from './linkedom-selector-cache';
import type { RelatedItem, WireFields } from '../../contract/records';
import { liftLeadingDateline } from './dateline';
import { FormatError, type DraftRecord } from './draft';
import { blockParagraphs, leafBlocks, visibleText, withBlockMemo, withoutBareHeadings } from './html-blocks';
import {
  blocksText,
  densestBlocks,
  leadParagraph,
  LITTLE_TEXT_CHARS,
  proseChars,
  recoverArticleBlocks,
} from './html-body';
import { wrapBareText } from './html-bare-text';
import { htmlByline } from './html-byline';
import { describedLead } from './html-described-lead';
import { htmlPageDate } from './html-date';
import { capDepth, contentText, MAX_HTML_DEPTH } from './html-depth';
import { ldArticle, readJsonLd } from './html-jsonld';
import { isLabelLine } from './html-label-lines';
import { pruneBoilerplate, removeNonContent } from './html-prune';
import { separateRelated, takeRelatedElements } from './html-related';
import { ldStepsBody, withLdBody } from './html-ld-body';
import { withoutClosingCalls } from './html-tail';
import { openNoscriptStories } from './html-noscript';
import { pruneTeaserLists } from './html-teasers';
import { withThreadPosts } from './html-thread';

interface PageMeta {
  title: string;
  date: string | null;
  wire: WireFields;
  siteName: string | null;
  lang: string | undefined;
  ldBody: string | null;
}

/** One saved article page → one draft. Metadata comes from the page head, the body from Readability. */
export function parseHtml(text: string): DraftRecord[] {
  const { document } = parseHTML(text);
  // Text with no element at all gives linkedom no <html>, and Readability threw on that
  // (found by tests/unit/fuzz: a `.html` file holding `!`).
  if (!document.documentElement) return [];
  const capped = capDepth(document.documentElement);
  const meta = readMeta(document);
  // Read before cleaning: <related> sits inside <article> and Readability would keep it as body.
  const relatedBlocks = takeRelatedElements(document);
  const described = describedLead(document);
  openNoscriptStories(document);
  removeNonContent(document);
  wrapBareText(document);
  pruneBoilerplate(document);
  pruneTeaserLists(document);
  // The headline is the title, already read; Readability would demote it to an <h2> paragraph.
  (document.querySelector('article h1') ?? document.querySelector('h1'))?.remove();
  // A fragment need not have a <body>, and linkedom's document.body throws once no element
  // is left at all (tests/unit/fuzz: a file of `<h1>` or `<script>` alone).
  const fallbackRoot = document.querySelector('article') ?? document.querySelector('body') ?? document.documentElement;
  // Nothing below changes the DOM until the body is read, so each block's text is read once.
  const { blockTexts, related, standfirst } = withBlockMemo(() => chooseBody(document, fallbackRoot));
  let paragraphs = withoutClosingCalls(blockTexts.filter((p) => p !== meta.title && !isLabelLine(p)));
  const leads = standfirst ? [standfirst] : (described ?? []);
  const lead = leads.join(' ');
  if (lead && !paragraphs.some((p) => p.includes(lead) || (p.length >= MIN_LEAD_PIECE_CHARS && lead.includes(p))))
    paragraphs.unshift(...leads);
  paragraphs = withLdBody(paragraphs, meta.ldBody);
  const pageRoot = document.querySelector('body') ?? fallbackRoot;
  if (paragraphs.length === 0 && pageRoot) paragraphs = textLines(pageRoot, meta.title);
  // An article imported with a headline and nothing under it looks like a bug in the archive;
  // a reject says why (a fragment with no element at all still counts as no dispatch).
  if (paragraphs.length === 0 && meta.title)
    throw new FormatError('no-records', 'no article text found in this page (only a headline)');
  const draft = liftDateline(meta, paragraphs, [...related, ...relatedBlocks]);
  if (capped)
    draft.warnings.push(
      `the page nests elements more than ${MAX_HTML_DEPTH} deep; below that only their text was kept`,
    );
  return [draft];
}

/** The paragraphs of the story's body (sub-heads that head nothing left out), its related items and its standfirst. */
function chooseBody(
  document: Document,
  fallbackRoot: Element | null,
): { blockTexts: string[]; related: RelatedItem[]; standfirst: string | null } {
  const blocks = withThreadPosts(
    recoverArticleBlocks(articleBlocks(readableBlocks(document), fallbackRoot), document),
    document,
  );
  const { body, related } = separateRelated(blocks);
  return {
    blockTexts: withoutBareHeadings(body).flatMap(blockParagraphs),
    related,
    standfirst: leadParagraph(document),
  };
}

function readMeta(document: Document): PageMeta {
  const title =
    metaContent(document, 'og:title') ??
    textOf(document.querySelector('article h1')) ??
    textOf(document.querySelector('title')) ??
    textOf(document.querySelector('h1')) ??
    '';
  const siteName = metaContent(document, 'og:site_name');
  const lang = document.documentElement?.getAttribute('lang')?.trim().split(/[-_]/)[0]?.toLowerCase();
  // Date and byline (html-date.ts, html-byline.ts) are read before the page is cleaned:
  // JSON-LD sits in <script>, which the cleaning removes.
  const objects = readJsonLd(document);
  const ld = ldArticle(objects);
  const instant = htmlPageDate(document, ld, lang || undefined);
  const byline = htmlByline(document, ld);
  const wire: WireFields = {
    ...(byline && { byline }),
    ...(instant?.dateTime && { dateTime: instant.dateTime }),
  };
  return {
    title,
    date: instant?.date ?? null,
    wire,
    siteName,
    lang: lang || undefined,
    ldBody: ld.body ?? ldStepsBody(objects),
  };
}

function metaContent(document: Document, property: string): string | null {
  const el = document.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  const value = visibleText(el?.getAttribute('content') ?? '');
  return value || null;
}

function textOf(el: Element | null): string | null {
  const value = visibleText(el?.textContent ?? '');
  return value || null;
}

/** Blocks of Readability's article, or null when it finds no article at all. */
function readableBlocks(document: Document): Element[] | null {
  // Readability climbs from its best candidate to <body> and threw on a fragment without one
  // (tests/unit/fuzz: `<div><div><div><TITLE><DOC>…`).
  if (document.documentElement?.tagName !== 'HTML' || !document.querySelector('body')) return null;
  // Readability rewrites the tree it is given; the clone keeps `document` intact for the fallback.
  const clone = document.cloneNode(true) as Document;
  const article = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  const root = article?.content;
  if (!root) return null;
  const blocks = leafBlocks(root).filter((el) => !el.closest('address'));
  return blocks.length > 0 ? blocks : null;
}

/**
 * Readability's blocks, unless it found little or nothing: then the densest text container's,
 * when that holds more (never an empty article when the page has text).
 */
function articleBlocks(readable: Element[] | null, root: Element | null): Element[] {
  if (!root) return readable ?? [];
  const dense = densestBlocks(root);
  if (readable && blocksText(readable) >= LITTLE_TEXT_CHARS) {
    // Readability settled on a list beside the story (the signatories under an open letter,
    // webdev: harpers.org) when the densest container holds far more prose, as trafilatura
    // checks its own result against Readability's.
    return proseChars(dense) > PROSE_MARGIN * proseChars(readable) ? dense : readable;
  }
  if (!readable || blocksText(dense) > blocksText(readable)) return dense.length > 0 ? dense : leafBlocks(root);
  return readable;
}

/**
 * A paragraph this long inside the standfirst is a piece of it already read; a shorter one
 * may recur in it by chance (webdev: tell-review.de's book title `Lob der Melancholie`).
 */
const MIN_LEAD_PIECE_CHARS = 40;

/** How many times more prose the densest container must hold to be preferred to Readability's article. */
const PROSE_MARGIN = 2;

/** A line this long outside any paragraph element is prose laid out in <div>s or table cells, not a menu entry. */
const MIN_LINE_CHARS = 40;

/** The page's long text lines, for a page that writes its text without any paragraph element. */
function textLines(root: Element, title: string): string[] {
  return contentText(root)
    .split('\n')
    .map(visibleText)
    .filter((line) => line.length >= MIN_LINE_CHARS && line !== title);
}

function liftDateline(meta: PageMeta, paragraphs: string[], related: RelatedItem[]): DraftRecord {
  // A dateline opening the first paragraph is taken off it; the page's site name stays the fallback agency.
  const dateline = liftLeadingDateline(paragraphs);
  return {
    title: meta.title,
    date: meta.date,
    place: dateline?.place ?? null,
    agency: dateline?.agency ?? meta.siteName,
    signature: null,
    paragraphs,
    related,
    warnings: meta.date ? [] : ['no publication date found in the page'],
    ...(meta.lang ? { languageHint: meta.lang } : {}),
    ...(Object.keys(meta.wire).length && { wire: meta.wire }),
  };
}
