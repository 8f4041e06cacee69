import { decodeXML } from 'entities';
import { collapseWhitespace } from '../collapse-whitespace';

// Text-level helpers for Reuters-21578 SGML: entities, control characters, hard-wrapped bodies.

/**
 * Decodes entities (with the maintained `entities` table: Reuters SGML uses `&lt;`, `&amp;`
 * and numeric references) and drops the control characters some of them encode: `&#2;`/`&#3;`
 * mark start and end of text, `&#5;&#5;&#5;` and `&#22;` are wire routing codes.
 * reuters21578/reut2-021.sgm also carries a terminal escape sequence inside a word
 * (`Semiconducto&#27;[Br Division`), removed whole so the word survives.
 */
export function decodeSgmlText(raw: string): string {
  return decodeXML(raw)
    .replace(/\p{Cc}\[[0-9;]*[A-Za-z]/gu, '') // ESC [ … letter: a terminal control sequence
    .replace(/(?![\n\t])\p{Cc}/gu, '');
}

/**
 * Reuters bodies are hard-wrapped at ~65 columns and each paragraph's first line is
 * indented by spaces; an unindented line continues the paragraph above it.
 */
export function rejoinWrappedLines(text: string): string[] {
  const paragraphs: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const startsParagraph = /^\s/.test(line) || paragraphs.length === 0;
    const clean = collapseWhitespace(line.trim());
    if (startsParagraph) paragraphs.push(clean);
    else paragraphs[paragraphs.length - 1] += ` ${clean}`;
  }
  return paragraphs;
}

/**
 * Strips the wire's sign-off: ` Reuter` (or ` REUTER`) on the last line, or at the end of
 * the last sentence (`...seven months of 1986. REUTER` in reut2-021.sgm). One record there
 * is signed twice (`Gilbey Canada Inc. reuter` then ` Reuter`), so repeat until none is left.
 * It is the agency's sign-off, not an editor signature.
 */
export function stripReuterSignOff(paragraphs: string[]): void {
  for (;;) {
    const last = paragraphs[paragraphs.length - 1];
    if (last === undefined) return;
    if (/^reuters?$/i.test(last)) {
      paragraphs.pop();
      continue;
    }
    const trimmed = last.replace(/\s+reuters?$/i, '');
    if (trimmed === last) return;
    paragraphs[paragraphs.length - 1] = trimmed;
  }
}
