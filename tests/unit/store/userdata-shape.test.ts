// A userdata.json that parses but is not the user's data (issue 16, finding 8) is set
// aside like a corrupt one, the last good copy is restored if it is valid, and that copy
// is never overwritten by a file that was not read as valid.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreVersionError } from '../../../src-main/core/store/migrations';
import { LAST_GOOD_SUFFIX, UserDataStore } from '../../../src-main/core/store/userdata';
import { applyTags } from '../../../src-main/core/tags/tag-ops';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-shape-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const file = () => join(dir, 'userdata.json');
const lastGood = () => `${file()}${LAST_GOOD_SUFFIX}`;
const setAsideFiles = async () => (await readdir(dir)).filter((f) => f.startsWith('userdata.json.corrupt-'));

/** A store with one tagged article, opened again so the last good copy holds it. */
async function taggedAndCopied(): Promise<void> {
  const store = await UserDataStore.open(dir, []);
  await store.commit((data) =>
    applyTags(data, { ids: ['a'], add: ['syria'], remove: [], now: '2026-11-25T12:00:00.000Z', linkOf: () => null }),
  );
  await UserDataStore.open(dir, []);
}

describe('a userdata.json of the wrong shape', () => {
  it('is set aside, with a warning, and the last good copy is restored', async () => {
    await taggedAndCopied();
    await writeFile(file(), '{}');
    const warnings: string[] = [];
    const store = await UserDataStore.open(dir, warnings);
    expect(store.record('a')?.tags).toEqual(['syria']);
    expect(warnings[0]).toMatch(
      /not in the shape .* kept unchanged as .*userdata\.json\.corrupt-.*copy from the last clean start was restored/,
    );
    const kept = await setAsideFiles();
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dir, kept[0]!), 'utf8')).toBe('{}');
  });

  it('never reaches the last good copy', async () => {
    await taggedAndCopied();
    await writeFile(file(), '[]');
    await UserDataStore.open(dir, []);
    expect(Object.keys(JSON.parse(await readFile(lastGood(), 'utf8')).articles)).toEqual(['a']);
  });

  it('with records that are not objects does not stop the start', async () => {
    await taggedAndCopied();
    await writeFile(file(), JSON.stringify({ version: 2, tags: {}, articles: { a: 'oops' } }));
    const store = await UserDataStore.open(dir, []);
    expect(store.record('a')?.tags).toEqual(['syria']);
  });

  it('leaves the store empty, and writes no last good copy, when no valid copy exists', async () => {
    await writeFile(file(), 'null');
    const warnings: string[] = [];
    const store = await UserDataStore.open(dir, warnings);
    expect(store.data.articles).toEqual({});
    expect(warnings[0]).toMatch(/kept unchanged as .*nothing was deleted/);
    expect((await readdir(dir)).filter((f) => f.endsWith(LAST_GOOD_SUFFIX))).toEqual([]);
  });

  it('is not replaced by a last good copy of the wrong shape, which stays as it is', async () => {
    await writeFile(file(), '{}');
    await writeFile(lastGood(), '{"version":2,"articles":[]}');
    const warnings: string[] = [];
    const store = await UserDataStore.open(dir, warnings);
    expect(store.data.articles).toEqual({});
    expect(warnings[0]).toMatch(/no earlier copy/);
    expect(await readFile(lastGood(), 'utf8')).toBe('{"version":2,"articles":[]}');
  });
});

describe('a userdata.json of a newer version', () => {
  it('is refused and left where it is', async () => {
    await writeFile(file(), '{"version":99,"whatever":[]}');
    await expect(UserDataStore.open(dir, [])).rejects.toThrow(StoreVersionError);
    expect(await readFile(file(), 'utf8')).toBe('{"version":99,"whatever":[]}');
    expect(await setAsideFiles()).toEqual([]);
  });
});
