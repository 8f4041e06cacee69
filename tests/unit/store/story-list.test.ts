// The catalogue's list shows each story once, as its newest version, and says how many
// versions it has and what the agency says of it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogueStore, summarise, type StoredArticle } from '../../../src-main/core/store/catalogue';
import { storedArticle } from './stored-article';

let dir: string;
let catalogue: CatalogueStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-story-list-'));
  catalogue = await CatalogueStore.open(dir, []);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function version(id: string, n: number, over: Partial<StoredArticle> = {}): StoredArticle {
  return { ...storedArticle(id, `Quake, take ${n}`), guid: 'urn:quake', version: String(n), ...over };
}

describe('the list of a catalogue with story versions', () => {
  it('lists only the newest version of a story and counts stories in the total', () => {
    catalogue.putArticle(version('v1', 1));
    catalogue.putArticle(version('v2', 2));
    catalogue.putArticle(storedArticle('lone'));
    const page = catalogue.list(0, 10, 'title');
    expect(page.items.map((a) => a.id)).toEqual(['lone', 'v2']);
    expect(page.total).toBe(2);
    expect(catalogue.order('date-desc')).toHaveLength(2);
  });

  it('gives each row its story’s version count and its status, usable when the source says none', () => {
    catalogue.putArticle(version('v1', 1));
    catalogue.putArticle(version('v2', 2, { status: 'canceled' }));
    catalogue.putArticle(storedArticle('lone'));
    const rows = new Map(catalogue.list(0, 10, 'title').items.map((a) => [a.id, a]));
    expect(rows.get('v2')).toMatchObject({ versionCount: 2, status: 'canceled' });
    expect(rows.get('lone')).toMatchObject({ versionCount: 1, status: 'usable' });
  });

  it('drops the older version from a list order built before the newer one arrived', () => {
    catalogue.putArticle(version('v1', 1));
    expect(catalogue.list(0, 10, 'date-desc').items.map((a) => a.id)).toEqual(['v1']);
    catalogue.putArticle(version('v2', 2));
    expect(catalogue.list(0, 10, 'date-desc').items.map((a) => a.id)).toEqual(['v2']);
    catalogue.removeArticle('v2');
    expect(catalogue.list(0, 10, 'date-desc').items.map((a) => a.id)).toEqual(['v1']);
  });

  it('lists a version that arrived out of order behind the newer one it precedes', () => {
    catalogue.putArticle(version('v3', 3));
    catalogue.putArticle(version('v2', 2));
    expect(catalogue.list(0, 10, 'title').items.map((a) => a.id)).toEqual(['v3']);
  });

  it('lists an older version again once the newer one is put back without its guid', () => {
    catalogue.putArticle(version('v1', 1));
    catalogue.putArticle(version('v2', 2));
    expect(catalogue.stories().count('v1')).toBe(2);
    catalogue.putArticle(storedArticle('v2'));
    expect(catalogue.stories().versionsOf('v1')).toBeUndefined();
    expect(catalogue.list(0, 10, 'title').total).toBe(2);
  });

  it('counts a row as its story’s only version when summarised without the story groups', () => {
    expect(summarise(version('v1', 1))).toMatchObject({ versionCount: 1, status: 'usable' });
  });
});
