// 32-bit FNV-1a over UTF-16 code units: the hash the catalogue's shards (store/catalogue-shards.ts),
// the search index's word table (search/index/word-scan.ts, term-ids.ts) and the thread
// signatures' words (threads/minhash.ts) each took, with its constants written out in each.
// The hot loops that hash as they scan use the constants; whole strings and slices use fnv1a.

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a of `text`'s units from `start` to `end`, as a signed 32-bit integer (`>>> 0` for unsigned). */
export function fnv1a(text: string, start = 0, end = text.length): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}
