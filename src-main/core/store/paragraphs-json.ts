// A body's paragraphs as UTF-8 JSON, made once for the two places an import writes them:
// the body shard's log line (bodies.ts) and the search texts (search/index/text-store.ts).
// Each serialised and encoded the same ~190 MB of text at 100,000 files, one after the
// other, on the import's main thread. The JSON of an array is the same alone as inside
// another value (no spacing), so the log line is built around these bytes.

const made = new WeakMap<readonly string[], Buffer>();

/** `JSON.stringify(paragraphs)` as UTF-8, kept while the array lives, so the second writer of it takes the same bytes. */
export function paragraphsJson(paragraphs: readonly string[]): Buffer {
  let bytes = made.get(paragraphs);
  if (!bytes) made.set(paragraphs, (bytes = Buffer.from(JSON.stringify(paragraphs), 'utf8')));
  return bytes;
}
