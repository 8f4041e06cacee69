// Threads' quality and cost (issue 19 §3). Prints pair precision and recall of threads on
// (1) bench-corpus variants, whose truth is the template each was made from (bench/corpus.ts:
// one swapped sentence, one changed number, a new date), and (2) the real duplicates of
// ../shared/corpus: fa-kes rows that repeat each other or SANA's articles, whose truth is
// found independently: equal headlines, or 8-word shingles' exact Jaccard ≥ 0.5 (reviewed by
// eye: below it are different events sharing a paragraph of background).
// Run: npm run bench:threads -- [N]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DispatchRecord } from '../src-main/contract/records';
import { parseFile } from '../src-main/core/parse/index';
import { signatureOf, wordsOf } from '../src-main/core/threads/minhash';
import { ThreadIndex } from '../src-main/core/threads/thread-index';
import { documentTemplates } from './corpus-documents';
import { loadTemplates, pick, seeded, sentencePools, type Template } from './corpus-templates';
import { variant } from './corpus-variant';
import { loadWireTemplates } from './corpus-wire';
import { formatScore, pairScore, threadsOf, threadText, type PairScore } from './threads-quality';

/** As bench/corpus.ts has it (importing that module would run it). */
const CORPUS = join(import.meta.dirname, '../../shared/corpus');

async function recordsOf(path: string, bytes: Buffer): Promise<DispatchRecord[]> {
  const outcome = await parseFile({ path, bytes, mtimeMs: 0 });
  return outcome.ok ? outcome.records : [];
}

/**
 * N variants made as bench:corpus makes them (bench/corpus-variant.ts), `copies` in a row
 * from each template of a shuffled order, each keyed by its template: the bench corpus
 * itself repeats a template only past ~3,000 files, too many for a unit test to parse.
 */
export async function variantSet(n: number, copies = 3): Promise<{ texts: string[]; truth: string[] }> {
  const templates: Template[] = [...loadTemplates(CORPUS), ...(await loadWireTemplates()), ...documentTemplates()];
  const pools = sentencePools(templates.filter((t) => t.kind !== 'pdf' && t.kind !== 'feed'));
  const rng = seeded(6);
  for (let i = templates.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [templates[i], templates[j]] = [templates[j]!, templates[i]!];
  }
  const texts: string[] = [];
  const truth: string[] = [];
  for (let i = 0; i < n; i++) {
    const template = templates[Math.floor(i / copies) % templates.length]!;
    const date = new Date(Date.UTC(2005, 0, 1) + Math.floor(rng() * 7000) * 86_400_000);
    const donor = pick(rng, pools.get(template.language) ?? ['']) || null;
    const file = variant({ template, index: i, date, donor, rng });
    // Generated feeds are one donor sentence each, no copies of one another.
    const source = template.source === 'generated rss' ? `rss ${i}` : template.source;
    for (const [at, r] of (await recordsOf(file.path, file.bytes)).entries()) {
      texts.push(threadText(r));
      truth.push(`${source}#${at}`);
    }
  }
  return { texts, truth };
}

/** fa-kes and SANA's records, with their independent truth. */
export async function realSet(): Promise<{ texts: string[]; truth: number[]; titles: string[] } | null> {
  const files = [join(CORPUS, 'fa-kes/input/fakes.csv'), join(CORPUS, 'sana/sanasyria.json')];
  if (!files.every(existsSync)) return null;
  const records = (await Promise.all(files.map((f) => recordsOf(f, readFileSync(f))))).flat();
  const texts = records.map(threadText);
  return { texts, truth: exactTruth(records), titles: records.map((r) => r.title) };
}

/** Groups by equal normalised headlines (four words or more) and by 8-word shingles' exact Jaccard ≥ 0.5. */
function exactTruth(records: readonly DispatchRecord[]): number[] {
  const group = records.map((_r, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  const join2 = (a: number, b: number): void => void (group[find(a)] = find(b));
  const byTitle = new Map<string, number>();
  records.forEach((r, i) => {
    const words = wordsOf(r.title);
    if (words.length < 4) return;
    const key = words.join(' ');
    const seen = byTitle.get(key);
    if (seen === undefined) byTitle.set(key, i);
    else join2(i, seen);
  });
  const grams = records.map((r) => {
    const w = wordsOf(r.paragraphs.join(' '));
    return new Set(w.slice(0, Math.max(0, w.length - 7)).map((_x, i) => w.slice(i, i + 8).join(' ')));
  });
  for (let a = 0; a < grams.length; a++) {
    for (let b = a + 1; b < grams.length; b++) {
      let shared = 0;
      for (const g of grams[a]!) if (grams[b]!.has(g)) shared++;
      const union = grams[a]!.size + grams[b]!.size - shared;
      if (union > 0 && shared / union >= 0.5) join2(a, b);
    }
  }
  return group.map((_g, i) => find(i));
}

function timeSignatures(texts: readonly string[]): { signMs: number; indexMs: number } {
  const t0 = performance.now();
  const signatures = texts.map(signatureOf);
  const t1 = performance.now();
  const index = new ThreadIndex();
  signatures.forEach((s, i) => index.put(String(i), s));
  return { signMs: t1 - t0, indexMs: performance.now() - t1 };
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`corpus not found at ${CORPUS}: nothing to measure`);
    return;
  }
  const n = Number(process.argv[2] ?? 5000);
  const variants = await variantSet(n);
  const scoreV: PairScore = pairScore(threadsOf(variants.texts), variants.truth);
  console.log(`bench-corpus variants (${variants.texts.length} articles): ${formatScore(scoreV)}`);
  const { signMs, indexMs } = timeSignatures(variants.texts);
  console.log(
    `  cost: signatures ${(signMs / variants.texts.length).toFixed(3)} ms/article, LSH join ${(indexMs / variants.texts.length).toFixed(3)} ms/article`,
  );
  const real = await realSet();
  if (!real) return;
  const found = threadsOf(real.texts);
  console.log(`fa-kes + SANA (${real.texts.length} articles): ${formatScore(pairScore(found, real.truth))}`);
  if (process.argv.includes('--misses')) printMisses(found, real);
}

function printMisses(found: number[], real: { truth: number[]; titles: string[] }): void {
  for (let a = 0; a < found.length; a++)
    for (let b = a + 1; b < found.length; b++) {
      const f = found[a] === found[b];
      const t = real.truth[a] === real.truth[b];
      if (f !== t) console.log(`  ${f ? 'extra' : 'missed'}: ${real.titles[a]} | ${real.titles[b]}`);
    }
}

if (process.argv[1]?.endsWith('threads.ts')) void main();
