import { appendFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserDataStore, type UserData } from '../../../src-main/core/store/userdata';
import { applyTags } from '../../../src-main/core/tags/tag-ops';
import { FaultyIo } from './faulty-io';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-userdata-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const NOW = '2026-11-25T12:00:00.000Z';
/** What a fresh start finds on disk: the file plus the journal of changes since. */
const onDisk = async (): Promise<UserData> => (await UserDataStore.open(dir, [])).data as UserData;
const tag = (ids: string[], add: string[]) => (data: Readonly<UserData>) =>
  applyTags(data, { ids, add, remove: [], now: NOW, linkOf: () => null });

describe('UserDataStore.commit', () => {
  it('has the change on disk when the call resolves', async () => {
    const store = await UserDataStore.open(dir, []);
    await store.commit(tag(['a'], ['syria']));
    expect((await onDisk()).articles.a!.tags).toEqual(['syria']);
  });

  it('keeps neither memory nor disk changed when the write fails, and says why', async () => {
    const store = await UserDataStore.open(dir, []);
    await store.commit(tag(['a'], ['syria']));
    // A folder where the journal goes makes the next write fail, as a full disk would.
    await rm(join(dir, 'userdata.journal'));
    await mkdir(join(dir, 'userdata.journal'));
    await expect(store.commit(tag(['b'], ['russia']))).rejects.toThrow(
      /could not save your change .*nothing was changed/,
    );
    expect(store.record('b')).toBeUndefined();
    await rm(join(dir, 'userdata.journal'), { recursive: true });
    // After a failed append the next change rewrites the whole file, so it holds everything.
    await store.commit(tag(['c'], ['iraq']));
    expect(Object.keys(JSON.parse(await readFile(join(dir, 'userdata.json'), 'utf8')).articles).sort()).toEqual([
      'a',
      'c',
    ]);
    expect(Object.keys((await onDisk()).articles).sort()).toEqual(['a', 'c']);
  });

  it('runs concurrent changes one after another, each on the state the last one committed', async () => {
    const store = await UserDataStore.open(dir, []);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.commit(tag(['a'], [`t${i}`]))));
    expect(store.record('a')!.tags).toHaveLength(20);
    expect((await onDisk()).articles.a!.tags).toHaveLength(20);
  });

  it('tells listeners which articles changed, after the write', async () => {
    const store = await UserDataStore.open(dir, []);
    const seen: (string[] | null)[] = [];
    store.onChange((ids) => seen.push(ids));
    await store.commit(tag(['a', 'b'], ['syria']));
    expect(seen).toEqual([['a', 'b']]);
    expect(store.generation).toBe(1);
  });
});

describe('UserDataStore.busy', () => {
  it('is busy from the call until the change is written, and settles those waiting once none is left', async () => {
    const io = new FaultyIo().queue(/userdata\.journal$/, { slowMs: 50 });
    const store = await UserDataStore.open(dir, [], undefined, io);
    expect(store.busy()).toBe(false);
    const order: string[] = [];
    const first = store.commit(tag(['a'], ['syria'])).then(() => order.push('first written'));
    const second = store.commit(tag(['b'], ['iraq'])).then(() => order.push('second written'));
    expect(store.busy()).toBe(true);
    await store.settled().then(() => order.push('settled'));
    await Promise.all([first, second]);
    expect(order).toEqual(['first written', 'second written', 'settled']);
    expect(store.busy()).toBe(false);
  });

  it('is not left busy by a change whose write failed', async () => {
    const io = new FaultyIo().queue(/userdata\.journal$/, 'enospc');
    const store = await UserDataStore.open(dir, [], undefined, io);
    await expect(store.commit(tag(['a'], ['syria']))).rejects.toThrow();
    expect(store.busy()).toBe(false);
    await store.settled();
  });
});

describe('UserDataStore journal', () => {
  it('appends each change as one line instead of rewriting the file', async () => {
    const store = await UserDataStore.open(dir, []);
    await store.commit(tag(['a'], ['syria']));
    await store.commit(tag(['b'], ['russia']));
    const lines = (await readFile(join(dir, 'userdata.journal'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.seq, Object.keys(l.articles)])).toEqual([
      [1, ['a']],
      [2, ['b']],
    ]);
  });

  it('drops a line cut short by a crash, keeping every complete one', async () => {
    const store = await UserDataStore.open(dir, []);
    await store.commit(tag(['a'], ['syria']));
    await appendFile(join(dir, 'userdata.journal'), '{"seq":2,"articles":{"b":{"tags":["ru');
    const reopened = await UserDataStore.open(dir, []);
    expect(Object.keys(reopened.data.articles)).toEqual(['a']);
    await reopened.commit(tag(['c'], ['iraq']));
    expect(Object.keys((await onDisk()).articles).sort()).toEqual(['a', 'c']);
  });

  it('folds the journal into the file at the next start', async () => {
    const store = await UserDataStore.open(dir, []);
    await store.commit(tag(['a'], ['syria']));
    await UserDataStore.open(dir, []);
    expect(JSON.parse(await readFile(join(dir, 'userdata.json'), 'utf8')).articles.a.tags).toEqual(['syria']);
    expect(await readFile(join(dir, 'userdata.journal'), 'utf8')).toBe('');
  });

  it('folds a journal past its size only after a pause in the writes, so no write waits behind the fold', async () => {
    const store = await UserDataStore.open(dir, [], { atBytes: 200, idleMs: 150, forceAtBytes: 1_000_000 });
    for (let i = 0; i < 5; i++) await store.commit(tag([`a${i}`], ['syria']));
    const journal = join(dir, 'userdata.journal');
    expect((await readFile(journal, 'utf8')).trim().split('\n')).toHaveLength(5);
    await new Promise((done) => setTimeout(done, 400));
    expect(await readFile(journal, 'utf8')).toBe('');
    expect(Object.keys(JSON.parse(await readFile(join(dir, 'userdata.json'), 'utf8')).articles)).toHaveLength(5);
    await store.commit(tag(['b'], ['iraq']));
    expect(Object.keys((await onDisk()).articles).sort()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'b']);
  });

  it('folds a journal past its hard limit right after the commit, pause or not', async () => {
    const store = await UserDataStore.open(dir, [], { atBytes: 200, idleMs: 60_000, forceAtBytes: 400 });
    for (let i = 0; i < 8; i++) await store.commit(tag([`a${i}`], ['syria']));
    await store.close();
    expect(Buffer.byteLength(await readFile(join(dir, 'userdata.journal'), 'utf8'))).toBeLessThanOrEqual(400);
    expect(Object.keys(JSON.parse(await readFile(join(dir, 'userdata.json'), 'utf8')).articles).length).toBeGreaterThan(
      0,
    );
    expect(Object.keys((await onDisk()).articles)).toHaveLength(8);
  });

  it('sets a journal damaged in the middle aside and says how many changes it restored', async () => {
    const store = await UserDataStore.open(dir, []);
    await store.commit(tag(['a'], ['syria']));
    await appendFile(join(dir, 'userdata.journal'), 'garbage\n{"seq":3,"articles":{}}\n');
    const warnings: string[] = [];
    const reopened = await UserDataStore.open(dir, warnings);
    expect(Object.keys(reopened.data.articles)).toEqual(['a']);
    expect(warnings[0]).toMatch(
      /journal .* was damaged\. It is kept unchanged as .*userdata\.journal\.damaged-.*the 1 changes before the damage were restored/,
    );
  });
});

describe('UserDataStore.open', () => {
  it('restores the copy from the last clean start when the file is corrupt, keeping the broken one', async () => {
    const first = await UserDataStore.open(dir, []);
    await first.commit(tag(['a'], ['syria']));
    await UserDataStore.open(dir, []); // a clean start: copies the file aside as the last good one
    await writeFile(join(dir, 'userdata.json'), '{"version":2,"articles":{"a":');
    const warnings: string[] = [];
    const store = await UserDataStore.open(dir, warnings);
    expect(store.record('a')!.tags).toEqual(['syria']);
    expect(warnings[0]).toMatch(
      /corrupt\. It is kept unchanged as .*userdata\.json\.corrupt-.*copy from the last clean start was restored/,
    );
    expect((await readdir(dir)).filter((f) => f.startsWith('userdata.json.corrupt-'))).toHaveLength(1);
    expect((await onDisk()).articles.a!.tags).toEqual(['syria']);
  });

  it('upgrades a version-1 file, keeping anything it held', async () => {
    await writeFile(
      join(dir, 'userdata.json'),
      JSON.stringify({ version: 1, settings: { locale: 'ru' }, tags: { x: 1 }, annotations: {} }),
    );
    const store = await UserDataStore.open(dir, []);
    const data = await onDisk();
    expect(store.settings.locale).toBe('ru');
    expect(data).toMatchObject({ version: 2, tags: {}, articles: {}, legacy: { tags: { x: 1 } } });
  });
});
