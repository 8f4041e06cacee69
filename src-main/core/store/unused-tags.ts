// Which entries of the tag registry (colours) no article carries any more. The store
// drops them when it opens, so it needs this itself: kept here rather than in tags/,
// which builds on the store and must not be imported by it.
import { tagAncestry, tagKey } from '../../contract/userdata';
import type { UserData } from './userdata-records';

/** Registry entries of tags no article carries, itself or through a child: dropped when the store is opened. */
export function unusedTagKeys(data: Readonly<UserData>): string[] {
  // Each distinct tag once: at 30,000 tagged articles splitting every article's tags into
  // their ancestry took 100 ms of the store's open, for the few dozen tags there are.
  const seen = new Set<string>();
  for (const r of Object.values(data.articles)) for (const t of r.tags) seen.add(t);
  const used = new Set<string>();
  // A coloured implicit parent (`syria` of `syria/aleppo`) is in use through its children.
  for (const t of seen) for (const name of tagAncestry(t)) used.add(tagKey(name));
  return Object.keys(data.tags).filter((key) => !used.has(key));
}
