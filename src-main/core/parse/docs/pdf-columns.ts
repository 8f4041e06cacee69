// Newspaper pages and reports are set in columns. Read by height alone, the lines of two
// columns interleave, and runs side by side on one baseline merge into one line. So a line
// is cut where its runs leave a gutter, and the pieces are read column by column: a column
// is a left edge many pieces share, well apart from the other edges (a first-line indent
// is a few points, a gutter a third of the page).
import type { PdfLine } from './pdf-lines';

/** A gap between runs wider than this many font sizes is a gutter, not a word space. */
export const GUTTER = 2;
/** Left edges closer than this (PDF units, 1/72 in) belong to one column. */
const MIN_COLUMN_WIDTH = 100;
/** A left edge starts a column when at least this share of the page's pieces start there. */
const COLUMN_SHARE = 0.2;

/** The page's pieces in reading order: column by column, each top to bottom. */
export function inColumnOrder(pieces: PdfLine[]): PdfLine[] {
  const edges = columnEdges(pieces);
  if (edges.length < 2) return pieces;
  const column = (p: PdfLine): number => edges.filter((e) => p.x >= e - 2).length - 1;
  // A piece that runs across the gutter (a headline over both columns) stays where it is read first.
  const spans = (p: PdfLine): boolean => column(p) < edges.length - 1 && p.right > edges[column(p) + 1]!;
  return [...pieces].sort((a, b) => {
    const [ca, cb] = [spans(a) ? -1 : column(a), spans(b) ? -1 : column(b)];
    return ca - cb || b.y - a.y || a.x - b.x;
  });
}

function columnEdges(pieces: readonly PdfLine[]): number[] {
  const counts = new Map<number, number>();
  for (const p of pieces) counts.set(Math.round(p.x / 4) * 4, (counts.get(Math.round(p.x / 4) * 4) ?? 0) + 1);
  const frequent = [...counts]
    .filter(([, n]) => n >= Math.max(3, COLUMN_SHARE * pieces.length))
    .map(([x]) => x)
    .sort((a, b) => a - b);
  const edges: number[] = [];
  for (const x of frequent) if (!edges.length || x - edges[edges.length - 1]! >= MIN_COLUMN_WIDTH) edges.push(x);
  return edges;
}
