// The cost of threads in a bench run (bench/run.ts), in a fresh process over the data
// folder the import left: the signatures the parse workers made during the import, timed
// again here over every stored text (single-threaded: the import spreads them over its
// workers), and the LSH index the catalogue builds from stored signatures on first use.
// The names each article mentions are found in the same workers from the same texts, so
// their cost is timed here too, over the same texts (record-entities.ts).
import type { StoredArticle } from '../src-main/core/store/catalogue';
import { BodyStore } from '../src-main/core/store/bodies';
import { CatalogueStore } from '../src-main/core/store/catalogue';
import { storyThreads, threadIndexOf } from '../src-main/core/store/story-threads';
import { signatureOf } from '../src-main/core/threads/minhash';
import { entitiesOf } from '../src-main/core/record-entities';

export interface ThreadsPhase {
  articles: number;
  signed: number;
  /** CPU time of every signature, one thread (timed on a sample, scaled to all). */
  signMs: number;
  /** Building the index and its thread view from stored signatures, as the first list after start does. */
  indexMs: number;
  threads: number;
  inThreads: number;
  /** Heap the index holds, measured around its build. */
  indexHeapMb: number;
  /** Catalogue bytes the stored signatures take (base64 in each record). */
  storedMb: number;
  /** CPU time of finding every article's names, one thread, and how many articles have any (sampled, scaled). */
  entitiesMs: number;
  withEntities: number;
  /** Catalogue bytes the stored names take (as JSON tuples). */
  entitiesMb: number;
}

/** Articles whose text is read back to time signing and name-finding. */
const SAMPLE = 5_000;

export async function threadsPhase(dataDir: string): Promise<ThreadsPhase> {
  const warnings: string[] = [];
  const catalogue = await CatalogueStore.open(dataDir, warnings);
  // The signatures live in their own shards, read after the first page (catalogue-signatures.ts).
  await catalogue.loadSignatures();
  const bodies = new BodyStore(dataDir, warnings);
  const articles: StoredArticle[] = Object.values(catalogue.data.articles);
  const texts: string[] = [];
  const records: { title: string; paragraphs: string[]; language: string }[] = [];
  // Reading a body back costs ~7 ms at 100k (its shard is read and inflated), so the
  // per-article costs are timed on an even sample of SAMPLE articles and scaled up.
  const step = Math.max(1, Math.floor(articles.length / SAMPLE));
  for (let k = 0; k < articles.length; k += step) {
    const a = articles[k]!;
    const paragraphs = (await bodies.get(a.id))?.paragraphs ?? [];
    texts.push([a.title, ...paragraphs].join('\n'));
    records.push({ title: a.title, paragraphs, language: a.language });
  }
  const t0 = performance.now();
  let signed = 0;
  for (const text of texts) if (signatureOf(text)) signed++;
  const scale = articles.length / Math.max(1, texts.length);
  const signMs = (performance.now() - t0) * scale;
  texts.length = 0;
  const t2 = performance.now();
  let withEntities = 0;
  for (const r of records) if (entitiesOf(r).length) withEntities++;
  const entitiesMs = (performance.now() - t2) * scale;
  signed = Math.round(signed * scale);
  withEntities = Math.round(withEntities * scale);
  records.length = 0;
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t1 = performance.now();
  const index = threadIndexOf(articles);
  const view = storyThreads(index, catalogue.data.articles);
  const indexMs = performance.now() - t1;
  globalThis.gc?.();
  const indexHeapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  const threads = [...index.threads()];
  void view;
  return {
    articles: articles.length,
    signed,
    signMs,
    indexMs,
    threads: threads.length,
    inThreads: threads.reduce((n, t) => n + t.length, 0),
    indexHeapMb,
    storedMb: articles.reduce((n, a) => n + (a.minhash ? a.minhash.length + 12 : 0), 0) / 2 ** 20,
    entitiesMs,
    withEntities,
    entitiesMb: articles.reduce((n, a) => n + (a.entities ? JSON.stringify(a.entities).length + 12 : 0), 0) / 2 ** 20,
  };
}
