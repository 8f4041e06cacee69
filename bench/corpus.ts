// Builds a deterministic bench corpus of N dispatch files from the real corpus
// (../shared/corpus): real files spread over agency/year/month folders, each with its own
// date, one swapped sentence and one changed number, in its source's format and encoding.
// Run: npm run bench:corpus -- N DIR [SEED]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFile } from '../src-main/core/parse/index';
import { loadTemplates, pick, seeded, sentencePools, type Rng, type Template } from './corpus-templates';
import { variant } from './corpus-variant';
import { documentTemplates } from './corpus-documents';
import { loadWireTemplates, type WireTemplate } from './corpus-wire';

export const CORPUS = resolve(import.meta.dirname, '../../shared/corpus');
/** Marks a folder this script wrote, so a re-run may replace it and nothing else. */
const MARKER = '.bench-corpus';
const FIRST_DAY = Date.UTC(2005, 0, 1);
const DAYS = 20 * 365;

interface Tally {
  files: number;
  bytes: number;
  folders: Set<string>;
  kinds: Map<string, number>;
  languages: Map<string, number>;
  encodings: Map<string, number>;
}

const bump = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);

function prepare(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(join(dir, MARKER)))
      throw new Error(`${dir} is not empty and was not written by bench:corpus; choose another folder`);
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
}

// Latin-1 targets take only sentences Latin-1 can spell.
function donorFor(t: Template, pools: Map<string, string[]>, rng: Rng): string | null {
  const pool = pools.get(t.language) ?? [];
  for (let tries = 0; tries < 8 && pool.length; tries++) {
    const s = pick(rng, pool);
    if (!t.latin1 || /^[\x20-\xff]*$/.test(s)) return s;
  }
  return null;
}

/**
 * Each agency template is taken this many times over: ~35 of them beside ~2,400 corpus
 * templates make a wire mix of about a tenth of the files, as in a newsroom's folders.
 */
const WIRE_WEIGHT = 8;

function write(dir: string, n: number, seed: number, wire: WireTemplate[]): { tally: Tally; written: string[] } {
  const templates = [
    ...loadTemplates(CORPUS),
    ...Array.from({ length: WIRE_WEIGHT }, () => wire).flat(),
    ...documentTemplates(),
  ];
  // A PDF's bytes are no source of sentences.
  const pools = sentencePools(templates.filter((t) => t.kind !== 'pdf' && t.kind !== 'feed'));
  const rng = seeded(seed);
  shuffle(templates, rng);
  const tally: Tally = {
    files: 0,
    bytes: 0,
    folders: new Set(),
    kinds: new Map(),
    languages: new Map(),
    encodings: new Map(),
  };
  const written: string[] = [];
  for (let i = 0; i < n; i++) {
    // Round-robin over a shuffled order keeps the source mix at every N, not only on average.
    const template = templates[i % templates.length]!;
    const date = new Date(FIRST_DAY + Math.floor(rng() * DAYS) * 86_400_000 + 12 * 3_600_000);
    const file = variant({ template, index: i, date, donor: donorFor(template, pools, rng), rng });
    const path = join(dir, file.path);
    const folder = path.slice(0, path.lastIndexOf('/'));
    if (!tally.folders.has(folder)) mkdirSync(folder, { recursive: true });
    writeFileSync(path, file.bytes);
    utimesSync(path, date, date);
    written.push(path);
    tally.files++;
    tally.bytes += file.bytes.length;
    tally.folders.add(folder);
    bump(tally.kinds, template.kind);
    bump(tally.languages, template.language);
    bump(tally.encodings, template.latin1 ? 'latin-1' : 'utf-8');
  }
  writeFileSync(join(dir, MARKER), `bench corpus: N=${n} seed=${seed} from ${CORPUS}\n`);
  return { tally, written };
}

/** Parses a spread sample with the app's parser: every file must stay readable as its format. */
async function check(written: string[]): Promise<string> {
  const step = Math.max(1, Math.floor(written.length / 400));
  let ok = 0;
  let undated = 0;
  const failures: string[] = [];
  for (let i = 0; i < written.length; i += step) {
    const path = written[i]!;
    const outcome = await parseFile({ path, bytes: readFileSync(path), mtimeMs: 0 });
    if (!outcome.ok || outcome.records.length !== 1)
      failures.push(`${path}: ${outcome.ok ? `${outcome.records.length} records` : outcome.reason}`);
    else {
      ok++;
      if (!outcome.records[0]!.date) undated++;
    }
  }
  return `checked ${ok + failures.length} files with parseFile: ${ok} parse to one record (${undated} of them state no date: bbc/factrueval carry none), ${failures.length} fail${failures
    .slice(0, 5)
    .map((f) => `\n  ${f}`)
    .join('')}`;
}

function shuffle<T>(items: T[], rng: Rng): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

const list = (map: Map<string, number>): string =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

async function main(): Promise<void> {
  const [nArg, dirArg, seedArg] = process.argv.slice(2);
  const n = Number(nArg);
  if (!Number.isInteger(n) || n < 1 || !dirArg) {
    console.error('usage: npm run bench:corpus -- N DIR [SEED]');
    process.exit(2);
  }
  if (!existsSync(CORPUS)) {
    console.log(`corpus not found at ${CORPUS}: nothing to build (the bench corpus is made from it)`);
    return;
  }
  const dir = resolve(dirArg);
  prepare(dir);
  const started = Date.now();
  const { tally, written } = write(dir, n, Number(seedArg ?? 6), await loadWireTemplates());
  console.log(
    `wrote ${tally.files} files, ${(tally.bytes / 1024 / 1024).toFixed(1)} MB, in ${tally.folders.size} folders under ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  console.log(`  formats:   ${list(tally.kinds)}`);
  console.log(`  languages: ${list(tally.languages)}`);
  console.log(`  encodings: ${list(tally.encodings)}`);
  console.log(`  ${await check(written)}`);
}

void main();
