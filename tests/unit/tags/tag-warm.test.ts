// The tag path run during the open's warm-up (tag-warm.ts): it must leave the user's data
// exactly as it was and write nothing, while going through what a tagging of 1,000 does.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserDataStore, type ArticleUserRecord } from '../../../src-main/core/store/userdata';
import { applyTags } from '../../../src-main/core/tags/tag-ops';
import { warmTagWrites } from '../../../src-main/core/tags/tag-warm';

const NOW = '2026-11-25T12:00:00.000Z';

describe('warmTagWrites', () => {
  it('leaves the user data and its files as they were', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'da-tag-warm-'));
    try {
      const store = await UserDataStore.open(dir, []);
      await store.commit((d) =>
        applyTags(d, { ids: ['a', 'b'], add: ['syria'], remove: [], now: NOW, linkOf: () => null }),
      );
      const before = structuredClone(store.data);
      const files = (await readdir(dir)).sort();
      const generation = store.generation;
      warmTagWrites(store.data, () => undefined);
      expect(store.data).toEqual(before);
      expect(store.generation).toBe(generation);
      expect((await readdir(dir)).sort()).toEqual(files);
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('tags a thousand scratch articles a round, each round moving them to its own tag', async () => {
    const seen = new Map<string, ArticleUserRecord | undefined>();
    let updates = 0;
    const data = { version: 2, settings: {}, tags: {}, articles: {}, ui: {} } as never;
    const bytes = warmTagWrites(data, (id, record) => {
      updates++;
      seen.set(id, record);
    });
    expect(seen.size).toBe(1000);
    expect(updates).toBe(3000);
    expect(new Set([...seen.values()].map((r) => r?.tags.join()))).toEqual(new Set(['warm:2']));
    expect([...seen.keys()].every((id) => id.startsWith('warm:'))).toBe(true);
    // Three journal lines of a thousand records' ids and links each.
    expect(bytes).toBeGreaterThan(3 * 1000 * 'warm:999'.length);
  });
});
