// Lines back into paragraphs. A PDF keeps no paragraphs, only where each line sits, so a
// paragraph break is read from the layout as a reader's eye does: a taller gap than the
// usual line spacing, a first-line indent, a change of type size, or a new page after a
// short line.
import type { PdfLine } from './pdf-lines';

/** A gap this much taller than the body's usual line spacing starts a paragraph. */
const GAP_FACTOR = 1.35;
/** An indent of more than this share of the font size marks a paragraph's first line. */
const INDENT = 1;

export function paragraphsOf(lines: readonly PdfLine[]): string[] {
  if (lines.length === 0) return [];
  const layout: Layout = {
    spacing: usualSpacing(lines),
    widest: Math.max(...lines.map((l) => l.right)),
    size: mode(
      lines.map((l) => l.size),
      lines[0]!.size,
    ),
  };
  const paragraphs: string[][] = [[lines[0]!.text]];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    if (startsParagraph(prev, line, layout)) paragraphs.push([line.text]);
    else paragraphs[paragraphs.length - 1]!.push(line.text);
  }
  return paragraphs.map(joinLines).filter((p) => p !== '');
}

interface Layout {
  spacing: number;
  widest: number;
  /** The body's type size; larger type (a headline) is spaced more widely. */
  size: number;
}

function startsParagraph(prev: PdfLine, line: PdfLine, { spacing, widest, size }: Layout): boolean {
  if (Math.abs(prev.size - line.size) > 0.15 * Math.min(prev.size, line.size)) return true;
  // Across a page or column break only the text tells: a sentence that ends on a short line
  // or where a capital starts. Splitting a paragraph at a sentence is a smaller harm than merging two.
  if (line.page !== prev.page || line.y > prev.y)
    return endsSentence(prev.text) && (prev.right < 0.85 * widest || /^[\p{Lu}“"«‘']/u.test(line.text));
  // A first-line indent is measured from the line before, so it holds in any column.
  const indented = line.x - prev.x > INDENT * line.size && line.x - prev.x < 8 * line.size;
  return prev.y - line.y > GAP_FACTOR * spacing * Math.max(1, line.size / size) || indented;
}

/** The most common gap between consecutive lines of one page: the body's line spacing. */
function usualSpacing(lines: readonly PdfLine[]): number {
  return mode(
    lines.slice(1).flatMap((l, i) => (l.page === lines[i]!.page && lines[i]!.y > l.y ? [lines[i]!.y - l.y] : [])),
    lines[0]!.size * 1.2,
  );
}

function mode(values: number[], fallback: number): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = fallback;
  let most = 0;
  for (const [v, n] of counts) if (n > most || (n === most && v < best)) [best, most] = [v, n];
  return best;
}

function endsSentence(text: string): boolean {
  return /[.!?:"”’»)]$/.test(text);
}

/** A word broken over two lines with a hyphen is joined again when the next line goes on in lower case. */
function joinLines(lines: string[]): string {
  return lines.reduce((text, line) =>
    /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line) ? text.slice(0, -1) + line : `${text} ${line}`,
  );
}
