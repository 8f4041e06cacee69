// How does search scale? Builds an archive of N synthetic articles from the corpus's
// real texts (the seed alone when the corpus is absent), then measures the index build,
// its size on disk, reopening with the saved index, and query latency. With `corpus`
// instead of N it imports the real corpus through the service and measures that.
// Run: npm run bench:search -- [N | corpus]   (default 100000)
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ArticleBody } from '../src-main/contract/archive';
import type { SearchSort } from '../src-main/contract/search';
import { importFolder } from '../src-main/core/import/import-folder';
import { recordId } from '../src-main/core/parse/index';
import { ArchiveSearch } from '../src-main/core/search/archive-search';
import { ArchiveService } from '../src-main/core/service';
import { INDEX_FILE } from '../src-main/core/search/index/index-file';
import { BodyStore } from '../src-main/core/store/bodies';
import { CatalogueStore, type StoredArticle } from '../src-main/core/store/catalogue';
import { UserDataStore } from '../src-main/core/store/userdata';
import { UserSearch } from '../src-main/core/search/user-search';

const ARG = process.argv[2] ?? '100000';
const CORPUS = resolve(import.meta.dirname, '../../shared/corpus');
const SEEDS = resolve(import.meta.dirname, '../seeds');
const QUERIES = [
  'Москве',
  'Syrian',
  'سوريا',
  'president',
  'oil OR gas',
  '"trade deficit"',
  'моск*',
  'Putin -Ukraine',
  'agency:SANA lang:ar',
  'date:2016-01..2016-12 army',
];
const SORTS: SearchSort[] = ['relevance', 'date-desc', 'date-asc', 'title'];

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number): string => `${n.toFixed(0)} ms`;
const heap = (): string => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return `heap ${mb(m.heapUsed)}, rss ${mb(m.rss)}`;
};

interface Template {
  article: StoredArticle;
  body: ArticleBody;
}

async function templates(dir: string): Promise<Template[]> {
  const source = join(dir, 'templates');
  const catalogue = await CatalogueStore.open(source, []);
  const bodies = new BodyStore(source, []);
  await importFolder(existsSync(CORPUS) ? CORPUS : SEEDS, { catalogue, bodies });
  const out: Template[] = [];
  for (const article of Object.values(catalogue.data.articles)) {
    const body = await bodies.get(article.id);
    if (body?.paragraphs.length) out.push({ article, body });
  }
  return out;
}

// Article i is template i mod the pool's size, dated anew and given a made-up name, so
// the vocabulary keeps growing with N as a real archive's does; postings per article stay
// those of real dispatches (~150 distinct terms).
function synthesise(i: number, pool: Template[]): Template {
  const a = pool[i % pool.length]!;
  const id = recordId(`/archive/folder-${i % 40}/file-${i}.txt`);
  const name = `Zq${(i * 2654435761) % 1e9}`.slice(0, 9);
  const year = 1987 + (i % 35);
  const date = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  return {
    article: {
      ...a.article,
      id,
      date,
      contentHash: id.repeat(4),
      title: `${a.article.title} ${name}`,
      sources: [{ ...a.article.sources[0]!, path: `/archive/folder-${i % 40}/file-${i}.txt` }],
    },
    body: { paragraphs: [...a.body.paragraphs, `${name} said.`], related: [] },
  };
}

async function synthetic(dir: string, n: number): Promise<string> {
  const pool = await templates(dir);
  const data = join(dir, 'data');
  const catalogue = await CatalogueStore.open(data, []);
  const bodies = new BodyStore(data, []);
  catalogue.addFolder('/archive');
  for (let i = 0; i < n; i++) {
    const { article, body } = synthesise(i, pool);
    catalogue.putArticle(article);
    await bodies.put(article.id, body);
  }
  await bodies.flush();
  await catalogue.save();
  console.log(`${n} articles from ${pool.length} templates in ${data}; ${heap()}`);
  const start = performance.now();
  const built = new ArchiveSearch(
    catalogue,
    new BodyStore(data, []),
    new UserSearch(await UserDataStore.open(data, [])),
    data,
    [],
  );
  await built.ready;
  console.log(`build index from bodies + save  ${ms(performance.now() - start)}; ${await sizes(data)}; ${heap()}`);
  return data;
}

async function corpus(dir: string): Promise<string> {
  const data = join(dir, 'data');
  const service = await ArchiveService.open({ dataDir: data });
  const start = performance.now();
  const summary = await service.importFolder(CORPUS);
  console.log(
    `import the corpus, indexing as it goes, + save  ${ms(performance.now() - start)} (${summary.imported} articles); ${await sizes(data)}; ${heap()}`,
  );
  return data;
}

async function sizes(data: string): Promise<string> {
  const files = await readdir(data);
  const total = async (prefix: string): Promise<number> =>
    (await Promise.all(files.filter((f) => f.startsWith(prefix)).map((f) => stat(join(data, f))))).reduce(
      (n, s) => n + s.size,
      0,
    );
  return `${INDEX_FILE} ${mb((await stat(join(data, INDEX_FILE))).size)}, segments ${mb(await total('search-segment-'))}, texts ${mb(await total('search-text-'))}`;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'da-bench-search-'));
  const data = ARG === 'corpus' ? await corpus(dir) : await synthetic(dir, Number(ARG));

  let start = performance.now();
  const reopened = new ArchiveSearch(
    await CatalogueStore.open(data, []),
    new BodyStore(data, []),
    new UserSearch(await UserDataStore.open(data, [])),
    data,
    [],
  );
  const rowsMs = performance.now() - start;
  await reopened.ready;
  console.log(`reopen: rows ${ms(rowsMs)}, saved index loaded ${ms(performance.now() - start)}; ${heap()}`);

  const times: number[] = [];
  for (const query of QUERIES) {
    const row: string[] = [];
    for (const sort of SORTS) {
      start = performance.now();
      const page = await reopened.search({ query, filters: {}, sort, offset: 0, limit: 100 });
      const t = performance.now() - start;
      times.push(t);
      row.push(`${sort} ${ms(t)}`);
      if (sort === 'relevance') row.unshift(`${String(page.total).padStart(6)} hits`);
    }
    console.log(`  ${query.padEnd(30)} ${row.join(', ')}`);
  }
  start = performance.now();
  await reopened.search({
    query: '',
    filters: { language: ['en'], period: ['2001'] },
    sort: 'date-desc',
    offset: 0,
    limit: 100,
  });
  console.log(`  facets only (language + period)  ${ms(performance.now() - start)}`);
  times.sort((a, b) => a - b);
  console.log(
    `first pages, uncached: p50 ${ms(times[Math.floor(times.length / 2)]!)}, p95 ${ms(times[Math.floor(times.length * 0.95)]!)}, max ${ms(times.at(-1)!)}`,
  );
  await rm(dir, { recursive: true, force: true });
}

void main();
