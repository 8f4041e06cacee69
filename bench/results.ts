// The bench run's figures as a console table and as bench/RESULTS.md, with ratios against
// the floor and Recoll from the same run, and the issue's targets at N = 100,000.
import { machine, ms, percentile, rate, secs } from './measure';
import type { RecollResult } from './recoll';
import { recollQuery } from './recoll';
import type { PdfPhase } from './pdf-measure';
import type { ImportPhase, SearchPhase, StartupPhase } from './run-phases';

export interface RunFigures {
  date: string;
  dir: string;
  files: number;
  bytes: number;
  /** The machine's 1-minute load average when the run ended: other work on the machine skews every figure. */
  load: number;
  floor: { ms: number; undecodable: number };
  imported: ImportPhase;
  startup: StartupPhase;
  search: SearchPhase;
  pdf: PdfPhase;
  /** The peer's figures, or why there are none. */
  recoll: RecollResult | string;
}

type Row = [measure: string, ours: string, floor: string, recoll: string, target: string, status: string];

const MB = 2 ** 20;
const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a';
const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');

interface Derived {
  oursRate: number;
  floorRate: number;
  recollRate: number;
  firstPageMs: number;
  searchAll: number[];
  searchShared: number[];
  recollTimes: number[];
}

function derive(f: RunFigures): Derived {
  const peer = typeof f.recoll === 'string' ? null : f.recoll;
  const shared = f.search.queries.filter((q) => peer && recollQuery(q.query, q.filters !== '') !== null);
  return {
    oursRate: rate(f.files, f.imported.cold.ms),
    floorRate: rate(f.files, f.floor.ms),
    recollRate: peer ? rate(f.files, peer.indexMs) : NaN,
    firstPageMs: f.startup.openMs + f.startup.firstPageMs,
    searchAll: f.search.queries.flatMap((q) => q.ms),
    searchShared: shared.flatMap((q) => q.ms),
    recollTimes: peer ? [...peer.queries.values()].map((q) => q.ms) : [],
  };
}

function rows(f: RunFigures, d: Derived): Row[] {
  const peer = typeof f.recoll === 'string' ? null : f.recoll;
  const mbps = (msTaken: number): string => fmt(f.bytes / MB / (msTaken / 1000), 1);
  const w = f.search.writes;
  const p95 = percentile(d.searchAll, 0.95);
  const writeRow = (label: string, s: { p50: number; p95: number }): Row => [
    label,
    `p50 ${ms(s.p50)}, p95 ${ms(s.p95)}`,
    '',
    '',
    '≤ 20 ms',
    verdict(s.p95 <= 20),
  ];
  return [
    [
      'import, cold: wall',
      secs(f.imported.cold.ms),
      secs(f.floor.ms),
      peer ? secs(peer.indexMs) : (f.recoll as string),
      '≤ 60 s',
      verdict(f.imported.cold.ms <= 60_000),
    ],
    [
      'import, cold: files/s',
      fmt(d.oursRate),
      fmt(d.floorRate),
      fmt(d.recollRate),
      '≥ 2× Recoll',
      peer ? verdict(d.oursRate >= 2 * d.recollRate) : 'n/a',
    ],
    ['import, cold: MB/s', mbps(f.imported.cold.ms), mbps(f.floor.ms), peer ? mbps(peer.indexMs) : 'n/a', '', ''],
    [
      'import, re-run unchanged',
      secs(f.imported.rerun.ms),
      '',
      peer ? secs(peer.rerunMs) : 'n/a',
      '≤ 5 s',
      verdict(f.imported.rerun.ms <= 5_000),
    ],
    [
      'import, cold: main-thread event-loop delay max / p99, while storing files',
      `${ms(f.imported.loopDelay.maxMs)} / ${ms(f.imported.loopDelay.p99Ms)}`,
      '',
      '',
      '',
      '',
    ],
    [
      'import, cold: the same, after (search index caught up and saved)',
      `${ms(f.imported.loopDelayAfter.maxMs)} / ${ms(f.imported.loopDelayAfter.p99Ms)}`,
      '',
      '',
      '',
      '',
    ],
    [
      'import, cold: progress events',
      `${fmt(f.imported.progressPerSecond, 1)}/s`,
      '',
      '',
      'about 10/s',
      verdict(f.imported.progressPerSecond >= 5 && f.imported.progressPerSecond <= 15),
    ],
    [
      'import: peak RSS (kernel max / 100 ms samples)',
      `${fmt(f.imported.maxRssMb)} / ${fmt(f.imported.sampledMb)} MB`,
      '',
      '',
      '≤ 1,536 MB',
      verdict(f.imported.maxRssMb <= 1536),
    ],
    ['startup: store open', ms(f.startup.openMs), '', '', '', ''],
    ['startup: first list page (open + page)', ms(d.firstPageMs), '', '', '≤ 1,500 ms', verdict(d.firstPageMs <= 1500)],
    ['startup: index ready (after open)', ms(f.startup.readyMs), '', '', '', ''],
    [
      'search, all queries: p50 / p95',
      `${ms(percentile(d.searchAll, 0.5))} / ${ms(p95)}`,
      '',
      '',
      'p95 ≤ 50 ms',
      verdict(p95 <= 50),
    ],
    [
      'search, queries recollq shares: p50 / p95',
      `${ms(percentile(d.searchShared, 0.5))} / ${ms(percentile(d.searchShared, 0.95))}`,
      '',
      peer ? `${ms(percentile(d.recollTimes, 0.5))} / ${ms(percentile(d.recollTimes, 0.95))}` : 'n/a',
      '',
      '',
    ],
    writeRow('write: tag 1 article', w.tagOne),
    writeRow('write: tag 1,000 articles', w.tagThousand),
    writeRow('write: create an annotation', w.annotate),
    ...pdfRows(f.pdf),
  ];
}

function pdfRows(pdf: PdfPhase): Row[] {
  if ('skipped' in pdf) return [['PDF export', pdf.skipped, '', '', '', '']];
  const spread = (v: number[]): string => `p50 ${ms(percentile(v, 0.5))}, max ${ms(Math.max(...v))}`;
  return [
    ['PDF: engine start (Chromium, once per session)', ms(pdf.engineMs), '', '', '', ''],
    ['PDF: 1 article', `${spread(pdf.one)} (${fmt(pdf.oneKb)} KB)`, '', '', '', ''],
    [
      `PDF: ${pdf.dossierArticles}-article dossier`,
      `${spread(pdf.dossier)} (${fmt(pdf.dossierKb)} KB)`,
      '',
      '',
      '',
      '',
    ],
  ];
}

function ratios(f: RunFigures, d: Derived): string[] {
  const peer = typeof f.recoll === 'string' ? null : f.recoll;
  const lines = [
    `our import vs the floor: ${fmt(d.oursRate / d.floorRate, 3)}× the floor's files/s (the floor is ${fmt(d.floorRate / d.oursRate, 1)}× faster)`,
  ];
  if (peer) {
    lines.push(`our import vs Recoll: ${fmt(d.oursRate / d.recollRate, 2)}× Recoll's files/s (target ≥ 2×)`);
    lines.push(
      `our search p95 vs recollq p95 on the same queries: ${fmt(percentile(d.searchShared, 0.95), 1)} ms vs ${fmt(percentile(d.recollTimes, 0.95), 1)} ms (recollq's time includes starting its process and opening its index)`,
    );
  }
  return lines;
}

function queryTable(f: RunFigures): string[] {
  const peer = typeof f.recoll === 'string' ? null : f.recoll;
  const out = [
    '| query | filters | our hits | ours: relevance, date-desc | recollq | recollq hits |',
    '|---|---|---:|---|---:|---:|',
  ];
  for (const q of f.search.queries) {
    const r = peer?.queries.get(recollQuery(q.query, q.filters !== '') ?? '\0');
    out.push(
      `| \`${q.query || '(empty: the list)'}\` | ${q.filters} | ${fmt(q.total)} | ${q.ms.map(ms).join(', ')} | ${r ? ms(r.ms) : '–'} | ${r?.count ?? '–'} |`,
    );
  }
  return out;
}

const RUNS_START = '<!-- runs -->';
const RUNS_END = '<!-- /runs -->';
const RUNS_HEAD = [
  '| N files | date | import s | files/s | floor files/s | Recoll files/s | re-run s | peak RSS MB | first page ms | search p95 ms | recollq p95 ms | tag-1 p95 ms | annotate p95 ms | load |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];

/** This run's key figures, kept beside the earlier runs' at other N. */
function runsTable(f: RunFigures, d: Derived, previous: string): string[] {
  const start = previous.indexOf(RUNS_START);
  const end = previous.indexOf(RUNS_END);
  const kept =
    start >= 0 && end > start
      ? previous
          .slice(start + RUNS_START.length, end)
          .split('\n')
          .filter((l) => /^\| [\d,]+ \|/.test(l))
      : [];
  const n = fmt(f.files);
  const peer = typeof f.recoll === 'string' ? null : f.recoll;
  // A run that skipped Recoll keeps the Recoll figures an earlier run measured at this N, marked.
  const earlier = kept
    .find((l) => l.startsWith(`| ${n} |`))
    ?.split('|')
    .map((c) => c.trim());
  const carried = (column: number): string =>
    earlier?.[column] && earlier[column] !== 'n/a'
      ? `${earlier[column]!.replace(/ \(earlier\)$/, '')} (earlier)`
      : 'n/a';
  const recollRate = peer ? fmt(d.recollRate) : carried(6);
  const recollP95 = peer ? fmt(percentile(d.recollTimes, 0.95), 1) : carried(11);
  const row = `| ${n} | ${f.date.slice(0, 10)} | ${fmt(f.imported.cold.ms / 1000, 1)} | ${fmt(d.oursRate)} | ${fmt(d.floorRate)} | ${recollRate} | ${fmt(f.imported.rerun.ms / 1000, 1)} | ${fmt(f.imported.maxRssMb)} | ${fmt(d.firstPageMs)} | ${fmt(percentile(d.searchAll, 0.95), 1)} | ${recollP95} | ${fmt(f.search.writes.tagOne.p95, 1)} | ${fmt(f.search.writes.annotate.p95, 1)} | ${fmt(f.load, 1)} |`;
  const all = [...kept.filter((l) => !l.startsWith(`| ${n} |`)), row].sort(
    (a, b) => Number(a.split('|')[1]!.replace(/,/g, '')) - Number(b.split('|')[1]!.replace(/,/g, '')),
  );
  return [RUNS_START, ...RUNS_HEAD, ...all, RUNS_END];
}

function asTable(all: Row[]): string[] {
  return [
    '| measure | ours | floor | Recoll | target (N = 100,000) | status |',
    '|---|---|---|---|---|---|',
    ...all.map((r) => `| ${r.join(' | ')} |`),
  ];
}

export function renderResults(f: RunFigures, previous: string): { table: string; markdown: string } {
  const d = derive(f);
  const all = rows(f, d);
  const peer = typeof f.recoll === 'string' ? null : f.recoll;
  const table = [...asTable(all), '', ...ratios(f, d)].join('\n');
  const markdown = [
    '# Bench results',
    '',
    'Written by `npm run bench -- DIR` over a corpus from `npm run bench:corpus -- N DIR`. Re-running replaces this page; the key figures of runs at other N are kept in the last table.',
    '',
    `- Machine: ${machine()}`,
    `- Run: ${f.date}, ${fmt(f.files)} files, ${fmt(f.bytes / MB, 1)} MB (${f.dir}); load average ${fmt(f.load, 1)} at the end (2 cores: above 2, other work shared the machine)`,
    `- Parse workers: ${f.imported.workers ?? 'one per core but one, at least one (the default)'}`,
    `- Import: ${fmt(f.imported.cold.imported)} articles, ${fmt(f.imported.cold.duplicates)} duplicates, ${fmt(f.imported.cold.rejected)} rejected; re-run found ${fmt(f.imported.rerun.unchanged)} unchanged`,
    `- Floor: ${fmt(f.floor.undecodable)} files the app's decodeBytes could not decode`,
    `- Recoll: ${peer ? `${peer.version}, ${fmt(peer.docs)} documents (folders count as documents), ${fmt(peer.fileErrors)} file errors` : f.recoll}`,
    "- Targets are the issue's, at N = 100,000; at a smaller N the status says only whether this run's figure is within it.",
    '',
    ...asTable(all),
    '',
    ...ratios(f, d).map((l) => `- ${l}`),
    '',
    '## Queries',
    '',
    "Each query runs once per sort (relevance, then date-desc): the result cache is keyed by query, filters and sort, so both are first, uncached runs. recollq runs the queries that need no field, facet or tag, one process per query (`-n 100`); its hit count is Xapian's lower-bound estimate.",
    '',
    ...queryTable(f),
    '',
    '## Notes',
    '',
    "- The page cache is warm for every reader: the corpus was just written, and the floor runs first. Import, startup and search each run in a fresh Node process, so their RSS and startup are the app's own.",
    "- The floor lists the folder, reads each file and decodes it with the app's `decodeBytes` (BOM, strict UTF-8, then jschardet for legacy bytes); it does not normalise or parse.",
    '',
    '## Runs at each N',
    '',
    "A Recoll figure marked (earlier) was measured by an earlier run at that N; the run that wrote the row skipped Recoll (`--no-recoll`). `load` is the machine's 1-minute load average at the end of the run (2 cores: above 2, other work shared the machine and every figure of that run is slower).",
    '',
    ...runsTable(f, d, previous),
    '',
  ].join('\n');
  return { table, markdown };
}
