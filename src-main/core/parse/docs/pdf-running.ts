// Running heads, running feet and page numbers are printed on every page, not written by the
// author: a line counts as one when it repeats at the same height on most pages (digits
// aside, so "Page 3 of 9" matches "Page 4 of 9"), or when it is a bare page number at the
// top or bottom of its page.
import type { PdfLine } from './pdf-lines';

/** Lines this close to the top or bottom of a page are where running heads and feet sit. */
const EDGE_LINES = 3;
const PAGE_NUMBER =
  /^(?:page|p\.|seite|página|pagina)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:of|\/|de|von|sur)\s*\d{1,4})?$/i;

export function dropRunningLines(pages: readonly PdfLine[][]): { lines: PdfLine[]; dropped: number } {
  const edges = pages.map(edgeLines);
  const seen = new Map<string, number>();
  for (const page of edges) for (const key of new Set(page.map(runningKey))) seen.set(key, (seen.get(key) ?? 0) + 1);
  // Half the pages, and at least two: one page alone cannot show what repeats.
  const repeated = (line: PdfLine): boolean =>
    pages.length >= 2 && (seen.get(runningKey(line)) ?? 0) >= Math.max(2, pages.length / 2);
  const lines: PdfLine[] = [];
  let dropped = 0;
  pages.forEach((page, i) => {
    const edge = new Set(edges[i]);
    for (const line of page) {
      const running = edge.has(line) && (repeated(line) || PAGE_NUMBER.test(line.text));
      if (running) dropped++;
      else lines.push(line);
    }
  });
  return { lines, dropped };
}

function edgeLines(page: readonly PdfLine[]): PdfLine[] {
  return page.length <= EDGE_LINES * 2 ? [...page] : [...page.slice(0, EDGE_LINES), ...page.slice(-EDGE_LINES)];
}

function runningKey(line: PdfLine): string {
  return `${Math.round(line.y / 4)}|${line.text.replace(/\d+/g, '#').toLowerCase()}`;
}
