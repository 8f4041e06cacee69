// How much leaving a story's older versions out of archive:list costs. Times, for N
// synthetic articles, the first list page after a change (story groups and the order
// built again) and a page from the kept order, with no wire records and with a share
// of them in stories of several versions. CPU time, so other work on the machine
// counts less; run it before and after a change to compare.
// Run: npx tsx bench/list-versions.ts [N]   (default 100000)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogueStore, type StoredArticle } from '../src-main/core/store/catalogue';

const N = Number(process.argv[2] ?? 100_000);
const RUNS = 15;

function article(i: number, wireShare: number): StoredArticle {
  const id = i.toString(16).padStart(16, '0');
  // Stories of one to three versions: about `wireShare` of the articles carry a guid.
  const wire = (i % 100) / 100 < wireShare;
  const story = Math.floor(i / 3);
  return {
    id,
    title: `Dispatch ${(i * 7919) % N} about the day's events`,
    date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
    place: null,
    agency: 'Agency',
    language: 'en',
    signature: null,
    snippet: 'The first words of the dispatch.',
    contentHash: id.repeat(4),
    sources: [],
    warnings: [],
    missing: false,
    addedAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...(wire && { guid: `urn:story:${story}`, version: String((i % 3) + 1), status: 'usable' as const }),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** CPU milliseconds `fn` took: steadier than wall time on a machine busy with other work. */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function measure(wireShare: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'da-bench-list-'));
  try {
    const catalogue = await CatalogueStore.open(dir, []);
    for (let i = 0; i < N; i++) catalogue.putArticle(article(i, wireShare));
    const cold: number[] = [];
    const warm: number[] = [];
    let total = 0;
    for (let run = 0; run < RUNS; run++) {
      // Putting an article back as it was clears the kept order and groups, as an import does.
      catalogue.putArticle(catalogue.article(article(run, wireShare).id)!);
      cold.push(cpuMs(() => (total = catalogue.list(0, 100, 'date-desc').total)));
      warm.push(cpuMs(() => catalogue.list(Math.floor(total / 2), 100, 'date-desc')));
    }
    const label = `${Math.round(wireShare * 100)}% wire`.padEnd(10);
    console.log(
      `${label} listed ${String(total).padStart(6)} of ${N}: first page after a change ${median(cold).toFixed(0)} ms, a later page ${median(warm).toFixed(2)} ms (CPU time, medians of ${RUNS})`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

for (const share of [0, 0.2, 1]) await measure(share);
