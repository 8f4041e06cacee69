// A PDF's text layer is runs of glyphs placed on the page, in whatever order the writer
// drew them. This rebuilds lines from their positions: runs on one baseline, left to right,
// cut at column gutters and put in column order (pdf-columns.ts).
import { GUTTER, inColumnOrder } from './pdf-columns';

/** One text run as pdf.js gives it, reduced to what the layout needs. */
export interface PdfRun {
  text: string;
  x: number;
  /** Baseline, in PDF units from the bottom of the page. */
  y: number;
  width: number;
  size: number;
}

export interface PdfLine {
  text: string;
  x: number;
  y: number;
  /** Right edge of the last run. */
  right: number;
  size: number;
  page: number;
}

/** Runs whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE = 0.4;
/** A gap wider than this share of the font size between two runs is a word space. */
const WORD_GAP = 0.15;

export function linesOfPage(runs: readonly PdfRun[], page: number): PdfLine[] {
  const visible = runs.filter((r) => r.text.trim() !== '' || r.width > 0);
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfRun[][] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - run.y) < SAME_LINE * Math.max(run.size, line[0]!.size)) line.push(run);
    else lines.push([run]);
  }
  const pieces = lines.flatMap(splitAtGutters).map((runs) => joinRuns(runs, page));
  return inColumnOrder(pieces.filter((l) => l.text !== ''));
}

/** Runs of one baseline, cut where a gutter separates columns. */
function splitAtGutters(line: PdfRun[]): PdfRun[][] {
  const runs = [...line].sort((a, b) => a.x - b.x);
  const pieces: PdfRun[][] = [];
  let end = -Infinity;
  for (const run of runs) {
    const last = pieces[pieces.length - 1];
    if (last && run.x - end <= GUTTER * run.size) last.push(run);
    else pieces.push([run]);
    end = Math.max(end, run.x + run.width);
  }
  return pieces;
}

function joinRuns(line: PdfRun[], page: number): PdfLine {
  const runs = line.sort((a, b) => a.x - b.x);
  let text = '';
  // The last character of text: testing text itself with /\s$/ flattened the string built so
  // far at every run, a cost that grew with the line (bench/pdf-read.ts, cpu profile).
  let last = '';
  let end = -Infinity;
  for (const run of runs) {
    const gap = run.x - end;
    const spaced = /\s/.test(last) || /^\s/.test(run.text);
    if (text && !spaced && gap > WORD_GAP * run.size) {
      text += ' ';
      last = ' ';
    }
    text += run.text;
    if (run.text) last = run.text[run.text.length - 1]!;
    end = Math.max(end, run.x + run.width);
  }
  const size = Math.max(...runs.map((r) => r.size));
  return { text: text.replace(/\s+/g, ' ').trim(), x: runs[0]!.x, y: runs[0]!.y, right: end, size, page };
}
