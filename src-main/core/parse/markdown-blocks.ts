// Markdown body to plain-text blocks, using marked's lexer so emphasis, links,
// escapes, lists and quotes are understood rather than guessed at with regexes.
import { decodeHTML } from 'entities';
import { lexer, type MarkedToken, type Token } from 'marked';

export interface MarkdownBlock {
  /** Heading level 1–6, or null for body text. */
  heading: number | null;
  text: string;
}

/** One block per heading, paragraph, list item, quote paragraph or table row, markup stripped. */
export function markdownBlocks(source: string): MarkdownBlock[] {
  return blocksOf(lexer(source)).filter((b) => b.text !== '');
}

function blocksOf(tokens: readonly Token[]): MarkdownBlock[] {
  return tokens.flatMap((token) => blockOf(token as MarkedToken));
}

function blockOf(token: MarkedToken): MarkdownBlock[] {
  switch (token.type) {
    case 'heading':
      return [{ heading: token.depth, text: inlineText(token.tokens) }];
    case 'paragraph':
      return [body(inlineText(token.tokens))];
    case 'text':
      return [body(token.tokens ? inlineText(token.tokens) : decodeHTML(token.text))];
    case 'blockquote':
      return blocksOf(token.tokens);
    case 'list':
      return token.items.flatMap((item) => blocksOf(item.tokens));
    case 'code':
      return token.text.split('\n').map((line) => body(line));
    case 'table':
      return [token.header, ...token.rows].map((row) => body(row.map((cell) => inlineText(cell.tokens)).join(' | ')));
    default:
      // space, hr, def (link definitions), html (comments, raw tags): no text of the dispatch.
      return [];
  }
}

function body(text: string): MarkdownBlock {
  return { heading: null, text: oneLine(text) };
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Visible text of inline tokens: link text kept, images and inline HTML tags dropped, line breaks as spaces. */
function inlineText(tokens: readonly Token[]): string {
  return oneLine(tokens.map((t) => inlineOf(t as MarkedToken)).join(''));
}

function inlineOf(token: MarkedToken): string {
  switch (token.type) {
    case 'text':
      // marked leaves character references (`&amp;`, `&#8212;`) as written.
      return token.tokens ? inlineText(token.tokens) : decodeHTML(token.text);
    case 'escape':
    case 'codespan':
      return token.text;
    case 'strong':
    case 'em':
    case 'del':
    case 'link':
      return inlineText(token.tokens);
    case 'br':
      return ' ';
    default:
      // image, html tag, checkbox
      return '';
  }
}
