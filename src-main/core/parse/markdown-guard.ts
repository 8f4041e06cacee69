// Markdown that marked cannot read in reasonable time. marked looks for the closing mark of
// each `*`, `_` or `~` through the rest of its paragraph, so a paragraph of unmatched marks
// costs marks x length: one 100 KB paragraph of `_a` took 20 s (robustness audit, finding 1).
// Such a body is read as plain text instead; real dispatches stay far below the budget.

/** marks x characters summed over paragraphs; at this much marked spends about 0.1 s (bench:parse). */
const EMPHASIS_WORK_BUDGET = 50_000_000;

/** Why `source` must not go to marked, or null when it may. */
export function markdownHazard(source: string): string | null {
  let work = 0;
  let marks = 0;
  let length = 0;
  // Inline text never crosses a blank line, so paragraphs bound what one search can scan.
  for (const line of source.split('\n')) {
    if (line.trim() === '') {
      work += marks * length;
      marks = 0;
      length = 0;
      continue;
    }
    length += line.length + 1;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 0x2a || c === 0x5f || c === 0x7e) marks++; // * _ ~
    }
  }
  work += marks * length;
  return work > EMPHASIS_WORK_BUDGET ? 'too many emphasis marks in one paragraph for the Markdown reader' : null;
}
