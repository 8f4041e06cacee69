// How parse time grows with input size, per format, on ordinary input and on the crafted
// inputs of the robustness audit (a 100 KB line took 10 s as .txt, 20 s as .json, 60 s as
// .csv; time grew x4 per doubling). Linear parsing shows a ratio near 2 per doubling.
// The unit tests assert work done, never timings; the timings live here.
// Run: npm run bench:parse [-- FILTER]   (FILTER: part of a case name, e.g. `csv`)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseFile } from '../src-main/core/parse/index';

const SIZES = [50_000, 100_000, 200_000, 400_000, 800_000];
/** A size that took longer than this is not doubled again: a quadratic case would take four times as long. */
const SKIP_AFTER_MS = 5_000;

/** Lower-case lines with no closing punctuation: every line continues the paragraph above it. */
function lowerCaseLines(size: number, head = 'Ceasefire talks resume in Geneva\n'): string {
  const line = 'delegations met on monday to resume the talks and agreed to meet again\n';
  return head + line.repeat(Math.ceil(size / line.length));
}

function prose(size: number): string {
  const line = 'Delegations met on Monday to resume the talks. The next round is due next week.\n\n';
  return line.repeat(Math.ceil(size / line.length));
}

const fill = (size: number, unit: string): string => unit.repeat(Math.ceil(size / unit.length));

interface Case {
  name: string;
  path: string;
  make: (size: number) => string;
}

const CASES: Case[] = [
  { name: 'txt ordinary lower-case lines', path: 'a.txt', make: (n) => lowerCaseLines(n) },
  { name: 'txt one line of spaces', path: 'a.txt', make: (n) => `Title\na${' '.repeat(n)}b\n` },
  { name: 'txt one line of dots', path: 'a.txt', make: (n) => `Title\na${'.'.repeat(n)}b\n` },
  { name: 'txt dateline then spaces', path: 'a.txt', make: (n) => `Title\nDamascus, SANA${' '.repeat(n)}x\n` },
  {
    name: 'json ordinary lower-case lines',
    path: 'a.json',
    make: (n) => JSON.stringify([{ title: 'Talks', text: lowerCaseLines(n, '') }]),
  },
  {
    name: 'json body of dots',
    path: 'a.json',
    make: (n) => JSON.stringify([{ title: 'T', text: `a${'.'.repeat(n)}a` }]),
  },
  {
    name: 'json title of letters',
    path: 'a.json',
    make: (n) => JSON.stringify([{ title: 'a'.repeat(n), date: 'x', text: 'b' }]),
  },
  {
    name: 'jsonl body of dots',
    path: 'a.jsonl',
    make: (n) => `${JSON.stringify({ title: 'T', text: `a${'.'.repeat(n)}a` })}\n{"title":"U","text":"b"}\n`,
  },
  {
    name: 'csv ordinary rows',
    path: 'a.csv',
    make: (n) =>
      `title,text\n${fill(n, 'Talks resume,"Delegations met on Monday. The next round is due next week."\n')}`,
  },
  { name: 'csv cell of letters', path: 'a.csv', make: (n) => `title,text\nT,${'a'.repeat(n)}\n` },
  { name: 'md ordinary', path: 'a.md', make: (n) => `# Talks resume\n\n${prose(n)}` },
  { name: 'md underscores in one paragraph', path: 'a.md', make: (n) => `Title\n\n${fill(n, '_a')}\n` },
  { name: 'md nested quotes', path: 'a.md', make: (n) => `Title\n\n${'>'.repeat(n)} a\n` },
  {
    name: 'html ordinary paragraphs',
    path: 'a.html',
    make: (n) =>
      `<html><body><article><h1>Talks</h1>${fill(n, '<p>Delegations met on Monday to resume the talks.</p>')}</article></body></html>`,
  },
  { name: 'html nested <b>', path: 'a.html', make: (n) => `<html><body><p>${fill(n, '<b>')}x</p></body></html>` },
  { name: 'html nested <div>', path: 'a.html', make: (n) => `<html><body>${fill(n, '<div>')}x</body></html>` },
  {
    name: 'sgml ordinary',
    path: 'a.sgm',
    make: (n) => `<REUTERS><DATE>19-OCT-1987</DATE><TEXT><TITLE>T</TITLE><BODY>${prose(n)}</BODY></TEXT></REUTERS>`,
  },
  { name: 'sgml unclosed <TEXT', path: 'a.sgm', make: (n) => `<REUTERS>${fill(n, '<TEXT')}` },
  {
    name: 'sgml brief of unclosed tags',
    path: 'a.sgm',
    make: (n) => `<REUTERS><TEXT TYPE="BRIEF"><TITLE>T</TITLE>${fill(n, '<A>a')}</TEXT></REUTERS>`,
  },
  { name: 'trec ordinary', path: 'a.txt', make: (n) => `<DOC><TITLE>T</TITLE><TEXT>${prose(n)}</TEXT></DOC>` },
  { name: 'trec repeated <TITLE>', path: 'a.txt', make: (n) => `<DOC><TEXT>x</TEXT>${fill(n, '<TITLE>')}</DOC>` },
];

async function timeParse(c: Case, size: number): Promise<{ ms: number; outcome: string }> {
  const bytes = new TextEncoder().encode(c.make(size));
  const start = performance.now();
  let outcome: string;
  try {
    const result = await parseFile({ path: `/bench/${c.path}`, bytes, mtimeMs: 0 });
    outcome = result.ok ? `${result.records.length} rec` : result.code;
  } catch (err) {
    outcome = `THROWS ${err instanceof Error ? err.message : String(err)}`.slice(0, 40);
  }
  return { ms: performance.now() - start, outcome };
}

function loadavg(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').trim();
  } catch {
    return 'n/a';
  }
}

const filter = process.argv[2];
console.log(`loadavg before: ${loadavg()}`);
console.log(`${'case'.padEnd(34)}${SIZES.map((s) => `${s / 1000}k`.padStart(16)).join('')}   outcome at largest`);
for (const c of CASES.filter((k) => !filter || k.name.includes(filter))) {
  await timeParse(c, 1_000); // warm-up: loads the format's libraries and compiles its code
  const cells: string[] = [];
  let previous: number | null = null;
  let last = '';
  for (const size of SIZES) {
    if (previous !== null && previous > SKIP_AFTER_MS) {
      cells.push('skipped'.padStart(16));
      continue;
    }
    const { ms, outcome } = await timeParse(c, size);
    const ratio = previous === null ? '' : ` x${(ms / Math.max(previous, 0.1)).toFixed(1)}`;
    cells.push(`${ms.toFixed(0)}ms${ratio}`.padStart(16));
    previous = ms;
    last = outcome;
  }
  console.log(`${c.name.padEnd(34)}${cells.join('')}   ${last}`);
}
console.log(`loadavg after: ${loadavg()}`);
