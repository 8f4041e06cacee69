// An article body as Markdown paragraphs with its highlights as `==text==` (the mark
// syntax of Obsidian, Typora, markdown-it-mark and Pandoc's `mark` extension) and a
// footnote reference `[^n]` where a highlight with a note ends. Annotation offsets count
// in bodyText (paragraphs joined by a blank line), so a highlight may run across a
// paragraph break; Markdown cannot mark across one, so the mark is closed at the end of
// each paragraph and opened again at the start of the next. Overlapping highlights are
// one mark where they overlap: `==` does not nest.
import { PARAGRAPH_SEPARATOR, paragraphStarts, type Annotation } from '../../contract/userdata';
import { escapeText } from './markdown-text';

/** A placed highlight, and the footnote label of its note (null when it has none). */
export interface Mark {
  start: number;
  end: number;
  label: string | null;
}

export function marksOf(annotations: readonly Annotation[], labelOf: (a: Annotation) => string | null): Mark[] {
  return annotations
    .filter((a) => a.placement !== 'orphaned')
    .map((a) => ({ start: a.anchor.start, end: a.anchor.end, label: labelOf(a) }));
}

interface Piece {
  marked: boolean;
  text: string;
  /** Footnote references right after this piece. */
  refs: string[];
}

/** `==core==`, with spaces at either end moved outside: `== x==` is not a mark to any renderer. */
function wrap(run: string): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(run) ?? [];
  return core ? `${lead}==${core}==${trail}` : run;
}

/** The paragraph cut at every mark boundary that falls inside it. */
function piecesOf(paragraph: string, from: number, marks: readonly Mark[]): Piece[] {
  const to = from + paragraph.length;
  const local = marks
    .map((m) => ({ s: Math.max(m.start, from) - from, e: Math.min(m.end, to) - from, mark: m }))
    .filter((m) => m.s < m.e);
  const cuts = [...new Set([0, paragraph.length, ...local.flatMap((m) => [m.s, m.e])])].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    // A note's reference goes where its highlight ends: in the last paragraph it touches.
    const refs = local
      .filter((m) => m.e === b && m.mark.label !== null && m.mark.end <= to + PARAGRAPH_SEPARATOR.length)
      .map((m) => m.mark.label!);
    const atLineStart = a === 0 || paragraph[a - 1] === '\n';
    pieces.push({
      marked: local.some((m) => m.s <= a && m.e >= b),
      text: escapeText(paragraph.slice(a, b), atLineStart),
      refs,
    });
  }
  return pieces;
}

/** One paragraph as Markdown; `from` is where it starts in bodyText. */
export function markParagraph(paragraph: string, from: number, marks: readonly Mark[]): string {
  const pieces = piecesOf(paragraph, from, marks);
  let out = '';
  let run: string | null = null;
  const close = (): void => {
    if (run !== null) out += wrap(run);
    run = null;
  };
  pieces.forEach((piece, i) => {
    if (piece.marked) run = (run ?? '') + piece.text;
    else {
      close();
      out += piece.text;
    }
    if (piece.refs.length === 0) return;
    const refs = piece.refs.map((label) => `[^${label}]`).join('');
    // Inside a mark that goes on, the reference stays in it; otherwise it follows the closing `==`.
    if (run !== null && pieces[i + 1]?.marked) run += refs;
    else {
      close();
      out += refs;
    }
  });
  close();
  return out;
}

/** Every paragraph of the body as Markdown, in order. */
export function markBody(paragraphs: readonly string[], marks: readonly Mark[]): string[] {
  const starts = paragraphStarts(paragraphs);
  return paragraphs.map((p, i) => markParagraph(p, starts[i]!, marks));
}
