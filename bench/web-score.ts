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

export interface WebScore {
  pages: number;
  date: { tp: number; fp: number; fn: number; precision: number; recall: number };
  body: { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; f1: number };
  misses: Miss[];
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
  const date = { tp: 0, fp: 0, fn: 0 };
  const body = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const misses: Miss[] = [];
  const files = Object.keys(labels).filter((f) => !only || only(f));
  for (const file of files) {
    const label = labels[file]!;
    const path = join(dir, 'pages', file);
    const outcome = await parseFile({ path, bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs });
    const record = outcome.ok ? outcome.records[0] : undefined;
    if (!outcome.ok) misses.push({ file, kind: 'rejected', expected: 'a record', got: outcome.reason });
    const got = record?.date ?? null;
    if (got === label.date) date.tp++;
    else {
      if (got) date.fp++;
      else date.fn++;
      misses.push({ file, kind: 'date', expected: label.date, got: got ?? 'none' });
    }
    const text = collapse(record?.paragraphs.join('\n') ?? '');
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
  }
  const precision = ratio(body.tp, body.tp + body.fp);
  const recall = ratio(body.tp, body.tp + body.fn);
  return {
    pages: files.length,
    date: {
      ...date,
      precision: ratio(date.tp, date.tp + date.fp),
      recall: ratio(date.tp, date.tp + date.fn),
    },
    body: { ...body, precision, recall, f1: ratio(2 * precision * recall, precision + recall) },
    misses,
  };
}
