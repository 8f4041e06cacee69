// Issue 20's table with both scales side by side: each measure's target and the figure
// of the kept run at exactly that N (bench/RESULTS.md's runs-at-each-N table), with the
// run's date and load average, or "not run yet". Recoll figures carry their source mark.
import { runsByN } from './results-runs';
import { ISSUE_20, type Targets } from './targets';

type Run = Record<string, string>;

/** The number in a cell such as "1,234", "125 (fitted)" or "–" (NaN). */
const num = (cell: string | undefined): number => Number.parseFloat((cell ?? '').replace(/,/g, ''));
const mark = (cell: string | undefined): string => /\((fitted|earlier)\)/.exec(cell ?? '')?.[0] ?? '';
const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A figure, then met/MISSED against its limit; "–" when the run has no figure for it. */
function judged(figure: string, value: number, ok: (v: number) => boolean): string {
  return Number.isFinite(value) ? `${figure}: ${ok(value) ? 'met' : 'MISSED'}` : '–';
}

interface Measure {
  name: string;
  target: (t: Targets) => string;
  cell: (r: Run, t: Targets) => string;
}

const MEASURES: Measure[] = [
  {
    name: 'search p95, queries both answer',
    target: (t) => `≤ ${t.sharedVsRecollP95} × recollq's p95`,
    cell: (r, t) => {
      const ours = num(r['shared p95 ms']);
      const peer = num(r['recollq p95 ms']);
      return judged(
        `${fmt(ours, 1)} ms vs recollq ${fmt(peer, 1)} ms ${mark(r['recollq p95 ms'])}`.trim(),
        peer > 0 ? ours / peer : NaN,
        (v) => v <= t.sharedVsRecollP95,
      );
    },
  },
  {
    name: 'search p95, all queries',
    target: (t) => `≤ ${t.searchP95Ms} ms`,
    cell: (r, t) => judged(`${r['search p95 ms']} ms`, num(r['search p95 ms']), (v) => v <= t.searchP95Ms),
  },
  {
    name: 'cold import, files/s',
    target: (t) =>
      [`≥ ${t.importVsFloor} × the floor's`, t.importVsRecoll ? `≥ ${t.importVsRecoll} × Recoll's` : '']
        .filter(Boolean)
        .join('; '),
    cell: (r, t) => {
      const ours = num(r['files/s']);
      const vsFloor = ours / num(r['floor files/s']);
      const vsRecoll = ours / num(r['Recoll files/s']);
      const recoll = `${fmt(vsRecoll, 1)} × Recoll's ${mark(r['Recoll files/s'])}`.trim();
      return judged(
        `${r['files/s']} = ${fmt(vsFloor, 2)} × the floor's, ${recoll}`,
        vsFloor,
        (v) => v >= t.importVsFloor && (t.importVsRecoll === null || vsRecoll >= t.importVsRecoll),
      );
    },
  },
  {
    name: 're-run over an unchanged folder',
    target: (t) => `≤ ${t.rerunMs / 1000} s`,
    cell: (r, t) => judged(`${r['re-run s']} s`, num(r['re-run s']) * 1000, (v) => v <= t.rerunMs),
  },
  {
    name: 'startup to first list page',
    target: (t) => `≤ ${t.firstPageMs / 1000} s`,
    cell: (r, t) => judged(`${r['first page ms']} ms`, num(r['first page ms']), (v) => v <= t.firstPageMs),
  },
  {
    name: 'peak RSS, import and browsing',
    target: (t) => `≤ ${fmt(t.peakRssMb)} MB`,
    // A run written before browsing was measured is judged on its import alone, and says so.
    cell: (r, t) => {
      const measured = [num(r['peak RSS MB']), num(r['browse RSS MB'])].filter(Number.isFinite);
      return judged(
        `import ${r['peak RSS MB']} MB, browsing ${r['browse RSS MB'] === '–' ? 'not measured' : `${r['browse RSS MB']} MB`}`,
        measured.length ? Math.max(...measured) : NaN,
        (v) => v <= t.peakRssMb,
      );
    },
  },
  {
    name: 'tag 1,000 articles, p95',
    target: (t) => `≤ ${t.tagThousandP95Ms} ms`,
    cell: (r, t) => judged(`${r['tag-1,000 p95 ms']} ms`, num(r['tag-1,000 p95 ms']), (v) => v <= t.tagThousandP95Ms),
  },
];

/** The table, from the runs-at-each-N lines this page is about to hold. */
export function scalesTable(runLines: readonly string[]): string[] {
  const runs = runsByN(runLines);
  const head = ISSUE_20.map((t) => `N = ${fmt(t.files)}: target | measured`).join(' | ');
  const when = ISSUE_20.map((t) => {
    const r = runs.get(t.files);
    return ` | ${r ? `run ${r.date}, load average ${r.load}` : 'not run yet'}`;
  }).join(' |');
  return [
    `| measure | ${head} |`,
    `|---|${ISSUE_20.map(() => '---|---|').join('')}`,
    `| (run) |${when} |`,
    ...MEASURES.map((m) => {
      const cells = ISSUE_20.map((t) => {
        const r = runs.get(t.files);
        return `${m.target(t)} | ${r ? m.cell(r, t) : '–'}`;
      });
      return `| ${m.name} | ${cells.join(' | ')} |`;
    }),
  ];
}
