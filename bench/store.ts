// Where do article bodies live? Measures, for N synthetic articles shaped like real
// dispatches, (A) one catalogue file holding bodies, (B) a metadata-only catalogue
// plus 256 body shards (what the app does), and (C) re-parsing the source file on
// every open. Run: npm run bench:store -- [N]   (default 100000)
// At 1,000,000 (issue 20): NODE_OPTIONS=--max-old-space-size=8192 npm run bench:store -- 1000000
// (A) is skipped past 300,000 articles: one file of them all passes V8's longest string.
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { encodeMentions } from '../src-main/core/record-entities';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { RelatedItem } from '../src-main/contract/records';
import { parseFile, recordId } from '../src-main/core/parse/index';
import { AtomicJsonFile } from '../src-main/core/store/atomic-json-file';
import { BodyStore } from '../src-main/core/store/bodies';
import { CATALOGUE_FILE, CatalogueStore, type StoredArticle } from '../src-main/core/store/catalogue';
import { SHARDS, shardPath } from '../src-main/core/store/catalogue-shards';
import { encodeSignature, SIGNATURE_BINS } from '../src-main/core/threads/minhash';

const N = Number(process.argv[2] ?? 100_000);
const SEED = resolve(import.meta.dirname, '../seeds/000_068abd54a537aef4.txt');
const CORPUS_CSV = resolve(import.meta.dirname, '../../shared/corpus/fa-kes/input/fakes.csv');

async function time<T>(label: string, fn: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const value = await fn();
  console.log(`  ${label.padEnd(44)} ${(performance.now() - start).toFixed(0).padStart(7)} ms`);
  return value;
}

type Body = { paragraphs: string[]; related: RelatedItem[] };

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Past this many articles (A) is left out: its one JSON string would pass V8's limit (2^29 characters). */
const SINGLE_FILE_MAX = 300_000;

/** A signature of pseudo-random bins, as long as a real one: the shards' signatures weigh what real ones do. */
function syntheticSignature(i: number): string {
  const bins = new Uint16Array(SIGNATURE_BINS);
  let state = i + 1;
  for (let b = 0; b < SIGNATURE_BINS; b++) bins[b] = state = (Math.imul(state, 1_103_515_245) + 12_345) & 0xffff;
  return encodeSignature(bins);
}

/** The largest and the total size of the catalogue's files: no one of them may near the string limit. */
async function catalogueSizes(dir: string): Promise<{ largest: number; total: number }> {
  const paths = [join(dir, CATALOGUE_FILE)];
  for (let s = 0; s < SHARDS; s++) paths.push(shardPath(dir, 'articles', s), shardPath(dir, 'signatures', s));
  const sizes = await Promise.all(paths.map(async (p) => (await stat(p)).size));
  return { largest: Math.max(...sizes), total: sizes.reduce((a, b) => a + b, 0) };
}

async function main(): Promise<void> {
  const seedBytes = await readFile(SEED);
  const seed = await parseFile({ path: SEED, bytes: seedBytes, mtimeMs: 0 });
  if (!seed.ok) throw new Error('seed did not parse');
  const template = seed.records[0]!;
  const dir = await mkdtemp(join(tmpdir(), 'da-bench-store-'));
  console.log(`${N} articles, body ~${JSON.stringify(template.paragraphs).length} chars each, in ${dir}`);

  const articles: StoredArticle[] = [];
  const bodies = new Map<string, Body>();
  for (let i = 0; i < N; i++) {
    const id = recordId(`/archive/folder-${i % 500}/file-${i}.txt`);
    const paragraphs = template.paragraphs.map((p, j) => (j === 0 ? `${i} ${p}` : p));
    articles.push({
      id,
      title: `${template.title} ${i}`,
      date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
      place: template.place,
      agency: template.agency,
      language: 'ru',
      signature: template.signature,
      snippet: paragraphs[0]!.slice(0, 220),
      contentHash: id.repeat(4),
      // A few names and a signature, as the importer stores them: at 100k real articles they are a quarter of the catalogue.
      entities: encodeMentions([
        ['p', `Person ${i % 5000}`, 2],
        ['l', `Place ${i % 700}`, 1],
        ['o', `Agency ${i % 90}`, 1],
      ]),
      minhash: syntheticSignature(i),
      sources: [{ ...template.source, path: `/archive/folder-${i % 500}/file-${i}.txt` }],
      warnings: [],
      missing: false,
      addedAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    });
    // Past SINGLE_FILE_MAX the catalogue is what is measured: a million bodies would not fit beside it.
    if (N <= SINGLE_FILE_MAX) bodies.set(id, { paragraphs, related: template.related });
  }

  if (N <= SINGLE_FILE_MAX) await singleFile(dir, articles, bodies).catch(tooLong);
  else console.log(`(A) skipped: one file of ${N} articles would pass V8's longest string`);
  await shardedCatalogue(dir, articles, bodies);
  await reparse(seedBytes);
  await rm(dir, { recursive: true, force: true });
}

/** (A) at 100,000 articles with bodies, names and signatures is past V8's longest string already: said, not thrown. */
function tooLong(err: unknown): void {
  if ((err as NodeJS.ErrnoException).code !== 'ERR_STRING_TOO_LONG' && !(err instanceof RangeError)) throw err;
  console.log(`  cannot be read back: ${(err as Error).message}`);
}

async function singleFile(dir: string, articles: StoredArticle[], bodies: Map<string, Body>): Promise<void> {
  console.log('(A) one catalogue file with bodies inside');
  const single = new AtomicJsonFile<unknown>(join(dir, 'single.json'));
  const withBodies = {
    version: 1,
    articles: Object.fromEntries(articles.map((a) => [a.id, { ...a, ...bodies.get(a.id) }])),
  };
  await time('write', () => single.write(withBodies));
  console.log(`  size ${mb((await stat(single.path)).size)}`);
  const rssA = process.memoryUsage().rss;
  await time('load (read + JSON.parse)', () => single.read());
  console.log(`  rss after load ${mb(process.memoryUsage().rss)} (was ${mb(rssA)})`);
}

async function shardedCatalogue(dir: string, articles: StoredArticle[], bodies: Map<string, Body>): Promise<void> {
  console.log('(B) metadata catalogue + 256 body shards (the app)');
  const catDir = join(dir, 'b');
  await mkdir(catDir, { recursive: true });
  const catalogue = await CatalogueStore.open(catDir, []);
  for (const a of articles) catalogue.putArticle(a);
  await time(`write catalogue (${SHARDS} shards and their signatures)`, () => catalogue.snapshot());
  if (bodies.size > 0) {
    const store = new BodyStore(catDir, []);
    await time('write 256 body shard logs', async () => {
      for (const [id, body] of bodies) store.put(id, body);
      await store.flush();
    });
  }
  const sizes = await catalogueSizes(catDir);
  console.log(`  catalogue size ${mb(sizes.total)}, largest file ${mb(sizes.largest)} (V8's string limit: 512 MB)`);
  const rssB = process.memoryUsage().rss;
  const reopened = await time('load catalogue', () => CatalogueStore.open(catDir, []));
  if (reopened.articleCount() !== articles.length) throw new Error(`reopened ${reopened.articleCount()} articles`);
  await time('first list page (sort by date, 200 rows)', () => reopened.list(0, 200, 'date-desc'));
  await time('signatures read (after the first page)', () => reopened.loadSignatures());
  await time('thread index built in slices', () => reopened.buildThreads());
  console.log(`  rss after load ${mb(process.memoryUsage().rss)} (was ${mb(rssB)})`);
  if (bodies.size === 0) return;
  const cold = new BodyStore(catDir, []);
  await time('open one article, cold shard', () => cold.get(articles[7]!.id));
  await time('open 100 articles (shards cached up to 16)', async () => {
    for (let i = 0; i < 100; i++) await cold.get(articles[i * 13]!.id);
  });
}

async function reparse(seedBytes: Buffer): Promise<void> {
  console.log('(C) re-parse the source file on every open');
  await time('seed .txt, parse x100', async () => {
    for (let i = 0; i < 100; i++) await parseFile({ path: SEED, bytes: seedBytes, mtimeMs: 0 });
  });
  try {
    const csv = await readFile(CORPUS_CSV);
    await time('fa-kes .csv (804 records, 1.6 MB), parse x1', () =>
      parseFile({ path: CORPUS_CSV, bytes: csv, mtimeMs: 0 }),
    );
  } catch {
    console.log('  (corpus absent: fa-kes figure skipped)');
  }
}

void main();
