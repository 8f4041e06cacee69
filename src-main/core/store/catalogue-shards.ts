// The catalogue's articles in shard files (issue 20). One catalogue.json holding every
// article was 148 MB at 100,000 articles and read whole at every start; past ~500,000 it
// would have passed V8's longest string (2^29 characters) and the archive could no longer
// open. The articles are spread by id over SHARDS files in the catalogue/ folder, so a
// shard reaches that limit only at about 150 times the articles of one at 100k (~11
// million), and each shard is read, parsed and written on its own.
//
// Each shard is two files: articles-NN.json, what the list, the rows and the facets read
// (every field but the signature), and signatures-NN.json, the MinHash signatures only
// the thread index reads (11% of the bytes, 16 MB at 100k), read after the first page
// (see CatalogueStore.loadSignatures). The rest stays together: buildRows and FacetTable
// read the titles, dates, wire fields and names (entities), and the search index's
// stamps read contentHash, all before the first page or text query; a field read only
// later would need every reader of catalogue.article() to wait for it.
import { readFileSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fnv1a } from '../fnv1a';
import { AtomicJsonFile, CorruptFileError, setAside } from './atomic-json-file';
import { asciiJsonBytes, decodeJsonText } from './ascii-json';
import { recordPieces, type HoldBack } from './catalogue-journal';
import type { StoredArticle } from './catalogue-records';
import type { FileIo } from './file-io';

/** The folder of the shard files, in the data folder. */
export const SHARD_FOLDER = 'catalogue';
/** Shards a snapshot writes: at 1,000,000 articles ~47 MB of articles each (measured by bench/store.ts). */
export const SHARDS = 32;

type ShardKind = 'articles' | 'signatures';

export function shardPath(dataDir: string, kind: ShardKind, shard: number): string {
  return join(dataDir, SHARD_FOLDER, `${kind}-${String(shard).padStart(2, '0')}.json`);
}

/** Which shard holds an id: FNV-1a of the id, so any id format spreads evenly. */
export function shardOf(id: string, shards = SHARDS): number {
  return (fnv1a(id) >>> 0) % shards;
}

/** The ids of each shard, in the order `records` holds them. */
function idsByShard(records: Readonly<Record<string, unknown>>, shards: number): string[][] {
  const out = Array.from({ length: shards }, () => [] as string[]);
  for (const id of Object.keys(records)) out[shardOf(id, shards)]!.push(id);
  return out;
}

/** What a shard file holds: the articles (without signatures) or the signatures, by id. */
interface ShardFile {
  journalSeq?: number;
  articles?: Record<string, StoredArticle>;
  minhash?: Record<string, string>;
}

function withoutSignature(article: StoredArticle): StoredArticle {
  if (article.minhash === undefined) return article;
  const { minhash: _minhash, ...rest } = article;
  return rest;
}

function* shardPieces(
  kind: ShardKind,
  articles: Readonly<Record<string, StoredArticle>>,
  ids: readonly string[],
  seq: number,
  holdBack?: HoldBack<StoredArticle>,
): Generator<string | Uint8Array> {
  const field = kind === 'articles' ? 'articles' : 'minhash';
  yield `{"journalSeq":${seq},"${field}":{`;
  const view: Record<string, unknown> = {};
  // recordPieces reads a record per id; the view holds this shard's, in the form its file keeps.
  for (const id of ids) {
    const a = articles[id]!;
    if (holdBack?.(id, a)) continue;
    if (kind === 'articles') view[id] = withoutSignature(a);
    else if (a.minhash !== undefined) view[id] = a.minhash;
  }
  for (const piece of recordPieces(view)) yield asciiJsonBytes(piece);
  yield '}}';
}

/**
 * Writes every shard (each atomically, signatures first), as holding the journal up to
 * `seq`, less what is held back. The caller writes catalogue.json after: a crash before
 * it leaves some shards ahead of it, and replaying the journal from catalogue.json's
 * `journalSeq` over them puts each changed record whole again, in order, so they agree.
 */
export async function writeShards(
  dataDir: string,
  io: FileIo,
  articles: Readonly<Record<string, StoredArticle>>,
  seq: number,
  holdBack?: HoldBack<StoredArticle>,
): Promise<void> {
  const byShard = idsByShard(articles, SHARDS);
  await mkdir(join(dataDir, SHARD_FOLDER), { recursive: true });
  for (const kind of ['signatures', 'articles'] as const) {
    for (const [shard, ids] of byShard.entries()) {
      const file = new AtomicJsonFile<ShardFile>(shardPath(dataDir, kind, shard), io);
      await file.writePieces(shardPieces(kind, articles, ids, seq, holdBack));
    }
  }
}

/** Bytes of every shard file there is. */
export async function shardBytes(dataDir: string, shards = SHARDS): Promise<number> {
  let total = 0;
  for (const kind of ['articles', 'signatures'] as const) {
    for (let s = 0; s < shards; s++) total += (await stat(shardPath(dataDir, kind, s)).catch(() => null))?.size ?? 0;
  }
  return total;
}

/**
 * A shard file's records, or null (with a warning) when it is missing or corrupt: a
 * corrupt one is set aside, never overwritten, and the other shards still load. What it
 * held comes back by importing again.
 */
function shardRecords(
  path: string,
  text: string | null,
  field: 'articles' | 'minhash',
  warnings: string[],
): Record<string, unknown> | null {
  if (text === null) {
    warnings.push(`${path} was missing: the articles it held are not in the archive; import your folders again.`);
    return null;
  }
  try {
    const parsed = JSON.parse(text) as ShardFile;
    return (parsed[field] as Record<string, unknown> | undefined) ?? {};
  } catch (err) {
    throw new CorruptFileError(path, err);
  }
}

async function readText(path: string): Promise<string | null> {
  try {
    return decodeJsonText(await readFile(path));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function readTextSync(path: string): string | null {
  try {
    return decodeJsonText(readFileSync(path));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

async function keepCorrupt(err: unknown, warnings: string[]): Promise<void> {
  if (!(err instanceof CorruptFileError)) throw err;
  const backup = await setAside(err.path);
  warnings.push(`${err.path} was corrupt and has been set aside as ${backup}; import your folders again.`);
}

/**
 * Every shard's articles, into one record, a shard at a time: all of them read at once
 * would hold every file's text at 1M articles. Read with readFileSync: the startup waits
 * for them anyway, and fs/promises' readFile, reading in small chunks, took 1 s of the
 * main thread for the 130 MB of 100k articles, against 0.2 s (bench/startup-steps.ts).
 */
export async function readArticleShards(
  dataDir: string,
  shards: number,
  warnings: string[],
): Promise<Record<string, StoredArticle>> {
  const articles: Record<string, StoredArticle> = {};
  for (let s = 0; s < shards; s++) {
    const path = shardPath(dataDir, 'articles', s);
    try {
      const records = shardRecords(path, readTextSync(path), 'articles', warnings);
      // A for-in copy: Object.assign into a record of 100,000 keys took three times as long (93 ms against 32).
      if (records) for (const id in records) articles[id] = records[id] as StoredArticle;
    } catch (err) {
      await keepCorrupt(err, warnings);
    }
  }
  return articles;
}

/** Puts a signature on an article, by id; the store decides which it takes. */
export type SignatureSink = (id: string, minhash: string) => void;

function takeSignatures(records: Record<string, unknown> | null, sink: SignatureSink): void {
  for (const [id, minhash] of Object.entries(records ?? {})) if (typeof minhash === 'string') sink(id, minhash);
}

/**
 * Every shard's signatures, handed to `sink`, a shard at a time, awaiting `between` before
 * each: the thread build passes its wait for the user's writes (thread-build.ts), as a
 * shard takes ~4 ms to take in at 100k and a tag write right after open met several.
 */
export async function readSignatureShards(
  dataDir: string,
  shards: number,
  warnings: string[],
  sink: SignatureSink,
  between: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  for (let s = 0; s < shards; s++) {
    await between();
    const path = shardPath(dataDir, 'signatures', s);
    try {
      takeSignatures(shardRecords(path, await readText(path), 'minhash', warnings), sink);
    } catch (err) {
      await keepCorrupt(err, warnings);
    }
  }
}

/**
 * The same, read at once: for a change or a thread lookup that comes before the read in
 * the background has ended. A corrupt shard is left for that read to set aside.
 */
export function readSignatureShardsSync(dataDir: string, shards: number, sink: SignatureSink): void {
  for (let s = 0; s < shards; s++) {
    const path = shardPath(dataDir, 'signatures', s);
    try {
      takeSignatures(shardRecords(path, readTextSync(path), 'minhash', []), sink);
    } catch (err) {
      if (!(err instanceof CorruptFileError)) throw err;
    }
  }
}
