// Markdown that marked cannot read safely, found in one linear pass before marked sees it.
// Such a body is read as plain text instead; real dispatches stay far below every limit.
// - Time: marked looks for the closing mark of each `*`, `_` or `~` through the rest of its
//   paragraph, so a paragraph of unmatched marks costs marks x length: one 100 KB paragraph
//   of `_a` took 20 s (robustness audit, finding 1).
// - Depth: marked recurses once per nested block quote, list or emphasis, and overflowed the
//   stack at 1,000-2,000 levels (4 KB of `**`; audit finding 2). Where the stack runs out
//   differs between threads, so worker and main thread would disagree about such a file.

/** marks x characters summed over paragraphs; at this much marked spends about 0.1 s (bench:parse). */
const EMPHASIS_WORK_BUDGET = 50_000_000;
/** Nested containers or emphases allowed, far below where marked's recursion overflows. */
const MAX_NESTING = 32;

/** Why `source` must not go to marked, or null when it may. */
export function markdownHazard(source: string): string | null {
  let work = 0;
  let paragraph = { marks: 0, length: 0, open: 0 };
  // Inline text never crosses a blank line, so paragraphs bound what one search can scan.
  for (const line of source.split('\n')) {
    if (line.trim() === '') {
      work += paragraph.marks * paragraph.length;
      paragraph = { marks: 0, length: 0, open: 0 };
      continue;
    }
    if (containerDepth(line) > MAX_NESTING) return `Markdown nested more than ${MAX_NESTING} levels deep`;
    paragraph.length += line.length + 1;
    if (!countEmphasis(line, paragraph)) return `emphasis nested more than ${MAX_NESTING} levels deep`;
  }
  work += paragraph.marks * paragraph.length;
  return work > EMPHASIS_WORK_BUDGET ? 'too many emphasis marks in one paragraph for the Markdown reader' : null;
}

/**
 * How many containers a line can stand in, at most: its block-quote and list markers, plus
 * its indentation halved (a nested list item is indented at least two columns per level).
 */
function containerDepth(line: string): number {
  let markers = 0;
  let indent = 0;
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') indent += c === ' ' ? 1 : 4;
    else if (c === '>') markers++;
    else if ('-*+'.includes(c) && isSpace(line[i + 1])) markers++;
    else {
      let j = i;
      while (j < line.length && j - i < 9 && line[j]! >= '0' && line[j]! <= '9') j++;
      if (j === i || !'.)'.includes(line[j] ?? 'x') || !isSpace(line[j + 1])) break;
      markers++;
      i = j;
    }
    i++;
  }
  return markers + Math.floor(indent / 2);
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/**
 * Counts a line's emphasis marks and keeps an upper bound of the emphasis open at once: a run
 * of marks that can only open adds its length, one that can only close takes it away, one
 * inside a word closes what is open or else opens. False once that bound passes two marks per
 * allowed level.
 */
function countEmphasis(line: string, paragraph: { marks: number; open: number }): boolean {
  for (let i = 0; i < line.length;) {
    if (!isMark(line.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < line.length && isMark(line.charCodeAt(i))) i++;
    const run = i - start;
    paragraph.marks += run;
    const opens = i < line.length && !isSpace(line[i]);
    const closes = start > 0 && !isSpace(line[start - 1]);
    if (opens && (!closes || paragraph.open === 0)) paragraph.open += run;
    else if (closes) paragraph.open = Math.max(0, paragraph.open - run);
    if (paragraph.open > 2 * MAX_NESTING) return false;
  }
  return true;
}

// * _ ~
function isMark(code: number): boolean {
  return code === 0x2a || code === 0x5f || code === 0x7e;
}
