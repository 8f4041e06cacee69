import { encodeMentions, TYPE_OF, type StoredMention } from './stored-mentions';
/**
 * Schema versions of the stores. Each migration takes the data of version N-1 and
 * returns version N; `migrate` runs them in order. Add a step here and bump the
 * version when a stored shape changes: old stores upgrade on load, never get dropped.
 */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

export class StoreVersionError extends Error {
  constructor(path: string, found: number, supported: number) {
    super(`${path} has schema version ${found}, newer than this app supports (${supported}); update Dispatch Archive`);
    this.name = 'StoreVersionError';
  }
}

/** The version `migrations` bring a store to; StoreVersionError when `found` is newer than that. */
export function supportedVersion(path: string, found: number, migrations: readonly Migration[]): number {
  const target = migrations.length + 1;
  if (found > target) throw new StoreVersionError(path, found, target);
  return target;
}

export function migrate<T>(
  path: string,
  data: Record<string, unknown>,
  migrations: readonly Migration[],
): { data: T; migrated: boolean } {
  const found = typeof data.version === 'number' ? data.version : 1;
  const target = supportedVersion(path, found, migrations);
  let current = data;
  for (let v = found; v < target; v++) {
    const step = migrations[v - 1];
    if (step) current = { ...step(current), version: v + 1 };
  }
  return { data: current as T, migrated: found !== target };
}

/** Catalogue migrations: index 0 upgrades version 1 to 2, and so on. */
export const CATALOGUE_MIGRATIONS: readonly Migration[] = [
  // 1 → 2: per-folder metadata (last scan, watch flag) under `sources`. When a version-1
  // folder was added or last scanned is not known, so both start null; every folder is watched.
  (data) => {
    const folders = Array.isArray(data.folders) ? data.folders.filter((f): f is string => typeof f === 'string') : [];
    const sources = Object.fromEntries(folders.map((f) => [f, { addedAt: null, lastScanAt: null, watch: true }]));
    return { ...data, folders, sources };
  },
  // 2 → 3: the file entries move out to files.json, which the store writes from what it
  // took out of the old catalogue.json before this step (see CatalogueStore.open).
  (data) => {
    const { files: _files, ...rest } = data;
    return rest;
  },
  // 3 → 4: the articles move out of catalogue.json into shard files (catalogue-shards.ts),
  // one at ~500,000 articles having passed V8's longest string. Only the layout changes:
  // the store keeps the articles it read, and the snapshot after a migration writes the
  // shards, then catalogue.json without them (catalogue-snapshot.ts writeSnapshot).
  (data) => data,
  // 4 → 5: an article's mentions, a list of [type, name, count] tuples, become one string
  // (record-entities.ts StoredMentions): the tuples were a third of the catalogue's parse
  // time at every start. Anything not a list of such tuples is left as it was, not dropped.
  (data) => ({ ...data, articles: mentionsAsStrings(data.articles) }),
];

function mentionsAsStrings(articles: unknown): unknown {
  if (!articles || typeof articles !== 'object') return articles;
  const out: Record<string, unknown> = {};
  for (const [id, article] of Object.entries(articles as Record<string, unknown>)) {
    const entities = (article as { entities?: unknown } | null)?.entities;
    out[id] = isMentionList(entities)
      ? { ...(article as object), entities: encodeMentions(entities) || undefined }
      : article;
  }
  return out;
}

function isMentionList(value: unknown): value is StoredMention[] {
  return (
    Array.isArray(value) &&
    value.every(
      (m) => Array.isArray(m) && Object.hasOwn(TYPE_OF, m[0]) && typeof m[1] === 'string' && typeof m[2] === 'number',
    )
  );
}

/** User-data migrations, same convention. */
export const USERDATA_MIGRATIONS: readonly Migration[] = [
  // 1 → 2: version 1 reserved empty `tags` and `annotations` maps that nothing wrote.
  // Version 2 keeps a tag registry under `tags` and everything per article under
  // `articles`. Anything a version-1 file did hold is kept under `legacy`, not dropped.
  (data) => {
    const { tags, annotations, ...rest } = data;
    const legacy = { tags, annotations };
    const held = [tags, annotations].some((v) => v && typeof v === 'object' && Object.keys(v).length > 0);
    return { ...rest, tags: {}, articles: {}, ...(held && { legacy }) };
  },
];
