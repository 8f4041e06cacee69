// Types of the user's own work (tags, highlights, notes) as they cross IPC, plus the
// two pure rules every layer must agree on: what a tag name is, and what text an
// annotation's offsets count in. No imports, so the sandboxed preload and the
// renderer can use it as freely as main.

/** Colours a tag can take; the renderer maps each name to a light and a dark shade. */
export const TAG_COLORS = ['grey', 'red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink'] as const;
export type TagColor = (typeof TAG_COLORS)[number];

/** Colours of a text highlight. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** `/` separates levels of a tag: `syria/aleppo` is a child of `syria`. */
export const TAG_SEPARATOR = '/';
export const MAX_TAG_LENGTH = 100;
export const MAX_NOTE_LENGTH = 100_000;

/**
 * The canonical spelling of a typed tag name, or null when nothing is left of it:
 * NFC, whitespace collapsed, each level trimmed, empty levels (`a//b`, `/a/`) dropped.
 * Case is kept as typed; tags are matched regardless of case (see tagKey).
 */
export function normalizeTagName(raw: string): string | null {
  const levels = raw
    .normalize('NFC')
    // Control characters never belong in a name; they would also break the query syntax.
    .replace(/\p{Cc}/gu, ' ')
    .split(TAG_SEPARATOR)
    .map((level) => level.replace(/\s+/gu, ' ').trim())
    .filter((level) => level.length > 0);
  const name = levels.join(TAG_SEPARATOR);
  return name.length > 0 && name.length <= MAX_TAG_LENGTH ? name : null;
}

/** The identity of a tag: `Syria` and `syria` are one tag, spelt as first created. */
export function tagKey(name: string): string {
  // toLowerCase is the locale-independent Unicode mapping, as toLocaleLowerCase('und') is,
  // and 13 times faster: tag changes key every tag of the archive.
  return name.normalize('NFC').toLowerCase();
}

/** `syria/aleppo/old-city` → [`syria`, `syria/aleppo`, `syria/aleppo/old-city`]. */
export function tagAncestry(name: string): string[] {
  const levels = name.split(TAG_SEPARATOR);
  return levels.map((_, i) => levels.slice(0, i + 1).join(TAG_SEPARATOR));
}

/** `name` is `parent` or lies under it (case-insensitively). */
export function isTagWithin(name: string, parent: string): boolean {
  const a = tagKey(name);
  const p = tagKey(parent);
  return a === p || a.startsWith(`${p}${TAG_SEPARATOR}`);
}

/** One node of the tag tree, as `tags:list` returns it. */
export interface TagInfo {
  name: string;
  color: TagColor;
  /** Articles carrying this tag itself. */
  own: number;
  /** Articles carrying this tag or any tag under it. */
  count: number;
  /** A parent no article carries itself, listed because a child exists (`syria` for `syria/aleppo`). */
  implicit: boolean;
}

/**
 * Paragraphs are joined with a blank line to make the text annotation offsets count in.
 * Main and renderer both use this, so an offset means the same character on both sides.
 */
export const PARAGRAPH_SEPARATOR = '\n\n';

export function bodyText(paragraphs: readonly string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

/** Where each paragraph starts in bodyText(paragraphs). */
export function paragraphStarts(paragraphs: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + PARAGRAPH_SEPARATOR.length;
  }
  return starts;
}

/**
 * Where an annotation sits: a W3C Web Annotation TextQuoteSelector (quote plus about
 * 32 characters of context either side) and a TextPositionSelector (`start`/`end`,
 * UTF-16 offsets into bodyText). The quote survives edits the offsets do not.
 */
export interface TextAnchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

/**
 * How the anchor was last placed: as created, at its old position, on the exact quote
 * nearest the old position, by fuzzy match of quote and context, or not at all.
 */
export type AnchorPlacement = 'created' | 'position' | 'quote' | 'fuzzy' | 'orphaned';

export interface Annotation {
  id: string;
  color: HighlightColor;
  /** Plain text; may be empty. */
  note: string;
  /** For an orphaned annotation: the last place it was found, kept so a later import can try again. */
  anchor: TextAnchor;
  placement: AnchorPlacement;
  createdAt: string;
  updatedAt: string;
}

/** The user's work on one article, as the reader shows it. Annotations in text order, orphans last. */
export interface ArticleUserData {
  tags: string[];
  /** The article-level note, plain text or Markdown; '' when none. */
  note: string;
  annotations: Annotation[];
}
