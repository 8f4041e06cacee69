// Scores parseFile on the webdev set (/work/shared/webdev, see its SOURCES.md) the way the
// two source projects score themselves, so our figures sit beside theirs:
// - date (htmldate): the right date is a true positive, a wrong one a false positive, none a false negative;
// - body (trafilatura): a `with` snippet found is a true positive, missing a false negative; a
//   `without` snippet found is a false positive, absent a true negative.
// Shared by `npm run bench:web` (prints) and the unit test that holds the date figures.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../src-main/core/parse/index';

export interface PageLabel {
  url: string;
  date: string;
  with: string[];
  without: string[];
}

export interface Miss {
  file: string;
  kind: 'date' | 'body-missing' | 'body-unwanted' | 'rejected';
  expected: string;
  got: string;
}

interface Tally {
  date: { tp: number; fp: number; fn: number };
  body: { tp: number; fp: number; fn: number; tn: number };
}

export interface WebScore {
  pages: number;
  date: { tp: number; fp: number; fn: number; precision: number; recall: number };
  body: { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; f1: number };
  misses: Miss[];
  /** The same figures on the pages of even and of odd index in labels order, to tell a general rule from one fitted to a few pages. */
  halves?: [WebScore, WebScore];
}

/** Whitespace collapsed on both sides, as trafilatura compares snippets with its output. */
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

export function readLabels(dir: string): Record<string, PageLabel> {
  return JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, PageLabel>;
}

/** Each labelled page through parseFile, as the importer runs it (the page's mtime is the file's). */
export async function scoreWebdev(dir: string, only?: (file: string) => boolean): Promise<WebScore> {
  const labels = readLabels(dir);
  const files = Object.keys(labels).filter((f) => !only || only(f));
  const tallies: Tally[] = [];
  const misses: Miss[][] = [];
  for (const file of files) {
    const path = join(dir, 'pages', file);
    const outcome = await parseFile({ path, bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs });
    const record = outcome.ok ? outcome.records[0] : undefined;
    const found: Miss[] = outcome.ok ? [] : [{ file, kind: 'rejected', expected: 'a record', got: outcome.reason }];
    tallies.push(scorePage(file, labels[file]!, record?.date ?? null, record?.paragraphs ?? [], found));
    misses.push(found);
  }
  const half = (parity: number): WebScore => summarise(...pick(tallies, misses, (i) => i % 2 === parity));
  return { ...summarise(tallies, misses), halves: [half(0), half(1)] };
}

function pick<T, U>(a: T[], b: U[], keep: (i: number) => boolean): [T[], U[]] {
  return [a.filter((_, i) => keep(i)), b.filter((_, i) => keep(i))];
}

/** One page's date and snippets against its label; each miss is added to `misses`. */
function scorePage(file: string, label: PageLabel, got: string | null, paragraphs: string[], misses: Miss[]): Tally {
  const date = { tp: 0, fp: 0, fn: 0 };
  const body = { tp: 0, fp: 0, fn: 0, tn: 0 };
  if (got === label.date) date.tp++;
  else {
    if (got) date.fp++;
    else date.fn++;
    misses.push({ file, kind: 'date', expected: label.date, got: got ?? 'none' });
  }
  const text = collapse(paragraphs.join('\n'));
  for (const snippet of label.with) {
    if (text.includes(collapse(snippet))) body.tp++;
    else {
      body.fn++;
      misses.push({ file, kind: 'body-missing', expected: snippet, got: '' });
    }
  }
  for (const snippet of label.without) {
    if (!text.includes(collapse(snippet))) body.tn++;
    else {
      body.fp++;
      misses.push({ file, kind: 'body-unwanted', expected: '', got: snippet });
    }
  }
  return { date, body };
}

function summarise(tallies: Tally[], misses: Miss[][]): WebScore {
  const date = { tp: 0, fp: 0, fn: 0 };
  const body = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const t of tallies) {
    for (const k of ['tp', 'fp', 'fn'] as const) date[k] += t.date[k];
    for (const k of ['tp', 'fp', 'fn', 'tn'] as const) body[k] += t.body[k];
  }
  const precision = ratio(body.tp, body.tp + body.fp);
  const recall = ratio(body.tp, body.tp + body.fn);
  return {
    pages: tallies.length,
    date: { ...date, precision: ratio(date.tp, date.tp + date.fp), recall: ratio(date.tp, date.tp + date.fn) },
    body: { ...body, precision, recall, f1: ratio(2 * precision * recall, precision + recall) },
    misses: misses.flat(),
  };
}
