// The last table of bench/RESULTS.md: one row of key figures per N, kept across runs.
// A run replaces only its own N's row: the page's other tables are the latest run's.
// New columns go at the end, so rows written before them keep their columns' meaning.

const RUNS_START = '<!-- runs -->';
const RUNS_END = '<!-- /runs -->';
const RUNS_HEAD = [
  '| N files | date | import s | files/s | floor files/s | Recoll files/s | re-run s | peak RSS MB | first page ms | search p95 ms | recollq p95 ms | tag-1 p95 ms | annotate p95 ms | load | browse RSS MB | shared p95 ms | tag-1,000 p95 ms |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];
const COLUMNS = RUNS_HEAD[1]!.split('|').length - 2;

/** One run's row; its Recoll cells say where they come from when not measured in this run. */
export interface RunRow {
  files: string;
  /** Every cell after the first, in RUNS_HEAD's order; Recoll's cells null when this run has none. */
  cells: (string | null)[];
}

const rowsOf = (previous: string): string[] => {
  const start = previous.indexOf(RUNS_START);
  const end = previous.indexOf(RUNS_END);
  if (start < 0 || end <= start) return [];
  return previous
    .slice(start + RUNS_START.length, end)
    .split('\n')
    .filter((l) => /^\| [\d,]+ \|/.test(l))
    .map(padded);
};

/** A row written before the newer columns existed gets '–' in them. */
function padded(line: string): string {
  const cells = line.split('|').slice(1, -1);
  while (cells.length < COLUMNS) cells.push(' – ');
  return `|${cells.join('|')}|`;
}

/** The kept runs' cells by column name, keyed by N: what the issue-20 table per scale reads. */
export function runsByN(lines: readonly string[]): Map<number, Record<string, string>> {
  const names = RUNS_HEAD[0]!
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());
  const out = new Map<number, Record<string, string>>();
  for (const line of lines.filter((l) => /^\| [\d,]+ \|/.test(l))) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    out.set(Number(cells[0]!.replace(/,/g, '')), Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '–'])));
  }
  return out;
}

/** This run's key figures, kept beside the earlier runs' at other N. */
export function runsTable(row: RunRow, previous: string): string[] {
  const kept = rowsOf(previous);
  const n = row.files;
  // A run with no Recoll figures at all keeps those an earlier run measured at this N, marked.
  const earlier = kept
    .find((l) => l.startsWith(`| ${n} |`))
    ?.split('|')
    .map((c) => c.trim());
  const carried = (column: number): string =>
    earlier?.[column] && earlier[column] !== 'n/a' && earlier[column] !== '–'
      ? `${earlier[column]!.replace(/ \(earlier\)$/, '')} (earlier)`
      : 'n/a';
  const cells = row.cells.map((c, i) => c ?? carried(i + 2));
  const line = `| ${n} | ${cells.join(' | ')} |`;
  const all = [...kept.filter((l) => !l.startsWith(`| ${n} |`)), line].sort(
    (a, b) => Number(a.split('|')[1]!.replace(/,/g, '')) - Number(b.split('|')[1]!.replace(/,/g, '')),
  );
  return [RUNS_START, ...RUNS_HEAD, ...all, RUNS_END];
}
