// One bench run over a folder of dispatches (made by `npm run bench:corpus -- N DIR`):
// the raw-read floor, our import (cold and re-run), Recoll on the same folder, startup
// from the store the import left, search latency against recollq, write latency, and
// PDF export of one article and of a 100-article dossier.
// Prints a table and writes bench/RESULTS.md. Run: npm run bench -- DIR [--no-recoll] [--workers N]
// Each Recoll run's key figures go to bench/recoll-runs.json; a run with --no-recoll compares
// with those (measured at its N, or fitted from other N). `--recoll-only` runs Recoll alone,
// for a scale where our own run is left for later (issue 20: Recoll at 1M takes hours).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { decodeBytes } from '../src-main/core/parse/encoding';
import { percentile, timed } from './measure';
import { recollQuery, recollVersion, runRecoll, type RecollResult } from './recoll';
import type { PdfPhase } from './pdf-measure';
import { renderResults, shareOfImport, type RunFigures } from './results';
import { estimateRecoll, loadRecollRuns, recollRun, saveRecollRuns, withRun, type RecollEstimate } from './recoll-runs';
import type { ThreadsPhase } from './threads-phase';
import { QUERIES, type ImportPhase, type SearchPhase, type StartupPhase } from './run-phases';

const RESULTS = resolve(import.meta.dirname, 'RESULTS.md');
const RECOLL_RUNS = resolve(import.meta.dirname, 'recoll-runs.json');

/** Every file the importer would consider: hidden names (the corpus marker) are skipped, as the walk does. */
function listFiles(dir: string): { paths: string[]; bytes: number } {
  const paths: string[] = [];
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const path = join(entry.parentPath, entry.name);
    paths.push(path);
    bytes += statSync(path).size;
  }
  return { paths, bytes };
}

/** The floor: every file's bytes read and decoded by the app's own encoding step, nothing parsed. */
async function floor(dir: string): Promise<{ ms: number; undecodable: number }> {
  const { ms, value } = await timed(async () => {
    let undecodable = 0;
    for (const path of listFiles(dir).paths) {
      if (!decodeBytes(await readFile(path)).ok) undecodable++;
    }
    return undecodable;
  });
  return { ms, undecodable: value };
}

/** Runs one phase in a fresh Node process and returns what it reports. */
function phase<T>(name: string, ...args: string[]): Promise<T> {
  const script = resolve(import.meta.dirname, 'run-phases.ts');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, name, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) fail(new Error(`bench phase ${name} failed (exit ${code})\n${out.slice(-2000)}`));
      else done(JSON.parse(line.slice(7)) as T);
    });
  });
}

async function recoll(dir: string, files: number, skip: boolean): Promise<RecollResult | RecollEstimate | string> {
  if (skip)
    return (
      estimateRecoll(loadRecollRuns(RECOLL_RUNS), files) ??
      'skipped (--no-recoll), and bench/recoll-runs.json holds no run at this N nor runs at two other N to fit'
    );
  if (!recollVersion()) return 'recoll not installed: apt-get install recoll';
  const queries = QUERIES.map((q) => recollQuery(q.query, Boolean(q.filters))).filter((q): q is string => q !== null);
  const result = await runRecoll(dir, queries);
  const run = recollRun(result, { files, dir, date: new Date().toISOString(), load: loadavg()[0]! });
  saveRecollRuns(RECOLL_RUNS, withRun(loadRecollRuns(RECOLL_RUNS), run));
  console.log(
    `recoll: index ${(run.indexMs / 1000).toFixed(1)} s, re-run ${(run.rerunMs / 1000).toFixed(1)} s, recollq p50 ${run.queryP50Ms.toFixed(0)} ms / p95 ${run.queryP95Ms.toFixed(0)} ms; load average ${run.load.toFixed(1)}; recorded in ${RECOLL_RUNS}`,
  );
  return result;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const workersAt = args.indexOf('--workers');
  const workers = workersAt >= 0 ? args.splice(workersAt, 2)[1] : undefined;
  const dirArg = args.find((a) => !a.startsWith('--'));
  if (!dirArg || !existsSync(dirArg)) {
    console.error(
      'usage: npm run bench -- DIR [--no-recoll | --recoll-only] [--workers N]   (make DIR with: npm run bench:corpus -- N DIR)',
    );
    process.exit(2);
  }
  const dir = resolve(dirArg);
  const { paths, bytes } = listFiles(dir);
  console.log(
    `bench over ${paths.length} files, ${(bytes / 2 ** 20).toFixed(1)} MB in ${dir}; load average ${loadavg()[0]!.toFixed(1)}`,
  );
  if (args.includes('--recoll-only')) {
    const peer = await recoll(dir, paths.length, false);
    if (typeof peer === 'string') throw new Error(peer);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'da-bench-data-'));
  try {
    const floorRun = await floor(dir);
    console.log(`floor: ${floorRun.ms.toFixed(0)} ms`);
    const imported = await phase<ImportPhase>('import', dataDir, dir, ...(workers ? [workers] : []));
    console.log(
      `import: cold ${imported.cold.ms.toFixed(0)} ms, re-run ${imported.rerun.ms.toFixed(0)} ms, event-loop delay max ${imported.loopDelay.maxMs.toFixed(0)} ms storing, ${imported.loopDelayAfter.maxMs.toFixed(0)} ms after`,
    );
    const threads = await phase<ThreadsPhase>('threads', dataDir);
    console.log(
      `threads and names: signatures ${(100 * shareOfImport(threads.signMs, { imported })).toFixed(1)}%, names ${(100 * shareOfImport(threads.entitiesMs, { imported })).toFixed(1)}% of the cold import`,
    );
    const startup = await phase<StartupPhase>('startup', dataDir);
    const search = await phase<SearchPhase>('search', dataDir);
    console.log(
      `search and writes: done; search p95 ${percentile(
        search.queries.flatMap((q) => q.ms),
        0.95,
      ).toFixed(0)} ms`,
    );
    // Last of the app's phases: it tags and highlights 100 articles for its dossier.
    const pdf = await phase<PdfPhase>('pdf', dataDir);
    console.log(`pdf: ${'skipped' in pdf ? pdf.skipped : 'done'}`);
    const peer = await recoll(dir, paths.length, args.includes('--no-recoll'));
    const figures: RunFigures = {
      date: new Date().toISOString(),
      dir,
      files: paths.length,
      bytes,
      load: loadavg()[0]!,
      floor: floorRun,
      imported,
      threads,
      startup,
      search,
      pdf,
      recoll: peer,
    };
    const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
    const { table, markdown } = renderResults(figures, previous);
    console.log(table);
    writeFileSync(RESULTS, markdown);
    console.log(`wrote ${RESULTS}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
