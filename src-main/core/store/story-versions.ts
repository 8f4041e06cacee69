// Versions of one story. Agencies send a story again when it develops (write-throughs,
// updates), is corrected or is killed, under the same identifier: NITF doc-id, G2 guid,
// ninjs uri, Message-ID. Records that share a guid are one story; the archive lists only
// its newest version and the reader shows the others as its history (issue 17).
import type { StoredArticle } from './catalogue-records';

export interface StoryGroups {
  /** Every version of the article's story, oldest first, the article included; undefined when it has no other. */
  versionsOf(id: string): readonly string[] | undefined;
  /** A newer version of its story is in the archive, so lists leave it out. */
  superseded(id: string): boolean;
  /** How many versions its story has: 1 for an article alone. */
  count(id: string): number;
}

/**
 * The groups of an archive, built in one pass over its articles; only wire records have a
 * guid, so the catalogue passes just those (catalogue.ts keeps their ids).
 */
export function storyGroups(articles: Readonly<Record<string, StoredArticle>> | Iterable<StoredArticle>): StoryGroups {
  const byGuid = new Map<string, StoredArticle[]>();
  const all: Iterable<StoredArticle> = Symbol.iterator in articles ? articles : Object.values(articles);
  for (const a of all) {
    if (!a.guid) continue;
    const group = byGuid.get(a.guid);
    if (group) group.push(a);
    else byGuid.set(a.guid, [a]);
  }
  const groupOf = new Map<string, readonly string[]>();
  const older = new Set<string>();
  for (const group of byGuid.values()) {
    if (group.length < 2) continue;
    const ids = group.sort(compareVersions).map((a) => a.id);
    for (const id of ids) groupOf.set(id, ids);
    for (const id of ids.slice(0, -1)) older.add(id);
  }
  return {
    versionsOf: (id) => groupOf.get(id),
    superseded: (id) => older.has(id),
    count: (id) => groupOf.get(id)?.length ?? 1,
  };
}

/** When a version was made, for ordering and for the reader's history. */
export function versionTime(a: Pick<StoredArticle, 'versionCreated' | 'dateTime' | 'date'>): string | null {
  return a.versionCreated ?? a.dateTime ?? a.date ?? null;
}

/**
 * Older first. The agency's own version number decides when both have one (G2 @version,
 * NewsML 1.2 RevisionId, ninjs version); else the time the version was made, compared as
 * instants when both state an offset; else the order they reached the archive.
 */
export function compareVersions(a: StoredArticle, b: StoredArticle): number {
  const va = versionNumber(a.version);
  const vb = versionNumber(b.version);
  if (va !== null && vb !== null && va !== vb) return va - vb;
  const ta = instant(versionTime(a));
  const tb = instant(versionTime(b));
  if (ta !== null && tb !== null && ta !== tb) return ta - tb;
  return a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id);
}

function versionNumber(version: string | undefined): number | null {
  if (!version || !/^\d+(\.\d+)?$/.test(version.trim())) return null;
  return Number(version);
}

/** Milliseconds of an ISO time; bare wall times and days are read as UTC, which orders them among themselves. */
export function instant(iso: string | null): number | null {
  if (!iso) return null;
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || iso.length === 10 ? iso : `${iso}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * The catalogue's story groups, built on first use after a change. The ids of the articles
 * with a guid are found in one pass on first use and kept current after, so the groups are
 * built again from these alone: a pass over all 100,000 articles after every import cost the
 * first list page about a fifth more CPU time (bench/list-versions.ts).
 */
export class CatalogueStories {
  #groups: StoryGroups | null = null;
  #wireIds: Set<string> | null = null;

  /** An article was put (`guid` its guid now) or removed (`guid` undefined). */
  changed(id: string, guid: string | undefined): void {
    if (guid) this.#wireIds?.add(id);
    else this.#wireIds?.delete(id);
    this.#groups = null;
  }

  groups(articles: Readonly<Record<string, StoredArticle>>): StoryGroups {
    if (this.#groups) return this.#groups;
    this.#wireIds ??= new Set(Object.keys(articles).filter((id) => articles[id]!.guid));
    return (this.#groups = storyGroups(Array.from(this.#wireIds, (id) => articles[id]!)));
  }
}
