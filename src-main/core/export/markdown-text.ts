// Article text as Markdown that reads as the text and nothing more. Articles are
// untrusted and full of characters Markdown gives meaning to: a headline starting with
// `#`, a quote line starting with `>`, `[^1]` that would reach a footnote, `==` that would
// open a highlight, `<script>` that a renderer passes through as HTML, `$5 … $10` that
// GitHub and Obsidian set as maths. Each is backslash-escaped (CommonMark lets any ASCII
// punctuation be), and only where it could act, so the text stays readable as plain text.

/** Characters that act anywhere in a line. `=` and `~` make highlights and strikethrough only in pairs, but a single one beside our own `==` would pair with it. */
const INLINE = /[\\`*_[\]<~=$]/gu;
/** `&amp;` and `&#39;` would become `&` and `'`; a lone `&` is literal already. */
const ENTITY = /&(?=#?[a-z0-9]+;)/giu;

/** What a line may not start with: a heading, quote, list item or ordered-list number. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^[ \t]+/u, '') // four spaces would make a code block
    .replace(/^([#>+-])/u, '\\$1')
    .replace(/^(\d{1,9})([.)])/u, '$1\\$2');
}

/**
 * `text` escaped as running Markdown text. `atLineStart`: the text begins a line, so its
 * first characters could start a block. Blank lines inside it are closed up: they would
 * end the paragraph (and an open highlight) early.
 */
export function escapeText(text: string, atLineStart = true): string {
  const lines = text
    .replace(/\r\n?/gu, '\n')
    .replace(/\n\s*\n/gu, '\n')
    .replace(INLINE, '\\$&')
    .replace(ENTITY, '\\&')
    .split('\n');
  return lines.map((line, i) => (i > 0 || atLineStart ? escapeLineStart(line) : line)).join('\n');
}

/** Text on one line (a heading, a list item): newlines and runs of spaces become one space. */
export function escapeLine(text: string): string {
  return escapeText(text.replace(/\s+/gu, ' ').trim());
}

/**
 * A footnote's text: its first line follows `[^n]: `, later lines are indented four
 * spaces so they stay in the footnote, and blank lines between paragraphs are kept.
 */
export function footnoteBody(note: string): string {
  return note
    .trim()
    .replace(/\r\n?/gu, '\n')
    .split(/\n\s*\n/u)
    .map((para) => escapeText(para).split('\n').join('\n    '))
    .join('\n\n    ');
}

/** Fenced code blocks and inline code spans, where `<` shows as written. */
const CODE = /(```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]*`)/u;
/** `<` opening a tag, comment or declaration; an autolink such as `<https://…>` is left alone. */
const TAG_START = /<(?=[A-Za-z/!?])(?![A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>)/gu;

/**
 * The article note: the user's own Markdown, kept as written (its emphasis, lists and
 * links are the point), except raw HTML, which Markdown renderers pass through. Notes
 * travel in backups between people, and the print template sanitises them too, so a
 * `<script>` in a note shows as text here as well. Code is left as it is.
 */
export function noteMarkdown(note: string): string {
  return note
    .trim()
    .split(CODE)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(TAG_START, '\\<')))
    .join('');
}
