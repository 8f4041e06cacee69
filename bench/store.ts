// Where do article bodies live? Measures, for N synthetic articles shaped like real
// dispatches, (A) one catalogue file holding bodies, (B) a metadata-only catalogue
// plus 256 body shards (what the app does), and (C) re-parsing the source file on
// every open. Run: npm run bench:store -- [N]   (default 100000)
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseFile, recordId } from '../src-main/core/parse/index';
import { AtomicJsonFile } from '../src-main/core/store/atomic-json-file';
import { BodyStore } from '../src-main/core/store/bodies';
import { CatalogueStore, type StoredArticle } from '../src-main/core/store/catalogue';

const N = Number(process.argv[2] ?? 100_000);
const SEED = resolve(import.meta.dirname, '../seeds/000_068abd54a537aef4.txt');
const CORPUS_CSV = resolve(import.meta.dirname, '../../shared/corpus/fa-kes/input/fakes.csv');

async function time<T>(label: string, fn: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const value = await fn();
  console.log(`  ${label.padEnd(44)} ${(performance.now() - start).toFixed(0).padStart(7)} ms`);
  return value;
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const seedBytes = await readFile(SEED);
  const seed = await parseFile({ path: SEED, bytes: seedBytes, mtimeMs: 0 });
  if (!seed.ok) throw new Error('seed did not parse');
  const template = seed.records[0]!;
  const dir = await mkdtemp(join(tmpdir(), 'da-bench-store-'));
  console.log(`${N} articles, body ~${JSON.stringify(template.paragraphs).length} chars each, in ${dir}`);

  const articles: StoredArticle[] = [];
  const bodies = new Map<string, { paragraphs: string[]; related: typeof template.related }>();
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
      sources: [{ ...template.source, path: `/archive/folder-${i % 500}/file-${i}.txt` }],
      warnings: [],
      missing: false,
      addedAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    });
    bodies.set(id, { paragraphs, related: template.related });
  }

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

  console.log('(B) metadata catalogue + 256 body shards (the app)');
  const catDir = join(dir, 'b');
  await mkdir(catDir, { recursive: true });
  const catalogue = await CatalogueStore.open(catDir, []);
  for (const a of articles) catalogue.putArticle(a);
  await time('write catalogue', () => catalogue.snapshot());
  const store = new BodyStore(catDir, []);
  await time('write 256 body shard logs', async () => {
    for (const [id, body] of bodies) store.put(id, body);
    await store.flush();
  });
  console.log(`  catalogue size ${mb((await stat(join(catDir, 'catalogue.json'))).size)}`);
  const reopened = await time('load catalogue', () => CatalogueStore.open(catDir, []));
  await time('first list page (sort by date, 200 rows)', () => reopened.list(0, 200, 'date-desc'));
  const cold = new BodyStore(catDir, []);
  await time('open one article, cold shard', () => cold.get(articles[7]!.id));
  await time('open 100 articles (shards cached up to 16)', async () => {
    for (let i = 0; i < 100; i++) await cold.get(articles[i * 13]!.id);
  });

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
  await rm(dir, { recursive: true, force: true });
}

void main();
