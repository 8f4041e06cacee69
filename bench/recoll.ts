// Recoll, the peer: recollindex over the same folder with a throwaway config, then recollq
// for the queries that translate. Recoll is a desktop full-text indexer (Xapian) that,
// like us, reads text, HTML, CSV and JSON files from folders.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './measure';

export interface RecollResult {
  version: string;
  indexMs: number;
  rerunMs: number;
  docs: number;
  fileErrors: number;
  queries: Map<string, { ms: number; count: number | null }>;
}

/** Null when recollindex is not on the PATH. */
export function recollVersion(): string | null {
  if (spawnSync('recollindex', ['-h']).error) return null;
  const pkg = spawnSync('dpkg-query', ['-W', '-f=${Version}', 'recoll'], { encoding: 'utf8' });
  return pkg.status === 0 && pkg.stdout ? `recoll ${pkg.stdout.trim()}` : 'recoll';
}

// noaspell: the spelling dictionary is a Recoll extra with no counterpart in the app, and
// it fails here with no aspell language data. Hidden names (our .bench-corpus) are skipped by default.
function writeConfig(dir: string): string {
  const conf = mkdtempSync(join(tmpdir(), 'da-bench-recoll-'));
  writeFileSync(
    join(conf, 'recoll.conf'),
    [`topdirs = ${dir}`, 'indexstemminglanguages = english russian arabic', 'noaspell = 1', 'loglevel = 1', ''].join(
      '\n',
    ),
  );
  return conf;
}

function status(conf: string): Record<string, string> {
  const text = readFileSync(join(conf, 'idxstatus.txt'), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .map((line) => line.split(' = ').map((s) => s.trim()))
      .filter((kv) => kv.length === 2),
  );
}

/** A query in recollq's language, or null where ours has no counterpart (fields, facets, tags). */
export function recollQuery(query: string, hasFilters: boolean): string | null {
  if (hasFilters || query.trim() === '' || /\w+:/.test(query)) return null;
  return query;
}

export async function runRecoll(dir: string, queries: readonly string[]): Promise<RecollResult> {
  const conf = writeConfig(dir);
  try {
    return await indexAndQuery(conf, queries);
  } finally {
    // The Xapian index of 100,000 files is a few hundred MB.
    rmSync(conf, { recursive: true, force: true });
  }
}

async function indexAndQuery(conf: string, queries: readonly string[]): Promise<RecollResult> {
  const cold = await run('recollindex', ['-c', conf, '-z']);
  if (cold.code !== 0) throw new Error(`recollindex failed (${cold.code}): ${cold.stderr.slice(-500)}`);
  const st = status(conf);
  const rerun = await run('recollindex', ['-c', conf]);
  const result: RecollResult = {
    version: recollVersion() ?? 'recoll',
    indexMs: cold.ms,
    rerunMs: rerun.ms,
    docs: Number(st.docsdone ?? NaN),
    fileErrors: Number(st.fileerrors ?? NaN),
    queries: new Map(),
  };
  for (const query of queries) {
    // One page of 100, like the list's first page; each call is a fresh process, as a script
    // would run it. The count it prints is Xapian's lower-bound estimate.
    const out = await run('recollq', ['-c', conf, '-n', '100', query]);
    const count = /^(\d+) results/m.exec(out.stdout + out.stderr);
    result.queries.set(query, { ms: out.ms, count: count ? Number(count[1]) : null });
  }
  return result;
}
