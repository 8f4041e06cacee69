import { mkdtemp, readdir, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TextStore } from '../../../../src-main/core/search/index/text-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-texts-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('TextStore', () => {
  it('reads back what was put, before and after it is flushed', async () => {
    const store = await TextStore.create(dir);
    store.put('a', ['Первый абзац.', 'Второй.']);
    expect(await store.read(['a'])).toEqual(new Map([['a', ['Первый абзац.', 'Второй.']]]));
    await store.flush();
    expect(await store.read(['a', 'missing'])).toEqual(new Map([['a', ['Первый абзац.', 'Второй.']]]));
  });

  it('writes nothing to disk until something is put', async () => {
    await TextStore.create(dir);
    expect(await readdir(dir)).toEqual([]);
  });

  it('reads the latest version of a replaced text and forgets a removed one', async () => {
    const store = await TextStore.create(dir);
    store.put('a', ['old']);
    store.put('b', ['gone soon']);
    await store.flush();
    store.put('a', ['new']);
    store.remove('b');
    await store.flush();
    expect(await store.read(['a', 'b'])).toEqual(new Map([['a', ['new']]]));
  });

  it('reopens from its saved table', async () => {
    const store = await TextStore.create(dir);
    store.put('a', ['kept']);
    await store.flush();
    const reopened = await TextStore.open(dir, store.toJSON());
    expect(await reopened!.read(['a'])).toEqual(new Map([['a', ['kept']]]));
  });

  it('refuses to reopen when its file is shorter than its table says', async () => {
    const store = await TextStore.create(dir);
    store.put('a', ['lost in a crash']);
    await store.flush();
    await truncate(join(dir, store.toJSON().file), 3);
    expect(await TextStore.open(dir, store.toJSON())).toBeNull();
  });

  it('copies live texts into a new file once most of the file is replaced texts, and drops the old file', async () => {
    const store = await TextStore.create(dir);
    const big = ['x'.repeat(700_000)];
    store.put('a', big);
    store.put('a', big);
    store.put('a', ['small']);
    store.put('b', ['other']);
    const before = store.toJSON().file;
    await store.compactIfWasteful();
    await store.removeStaleFiles();
    const after = store.toJSON();
    expect(after.file).not.toBe(before);
    expect(after.garbage).toBe(0);
    expect(await readdir(dir)).toEqual([after.file]);
    expect(await store.read(['a', 'b'])).toEqual(
      new Map([
        ['a', ['small']],
        ['b', ['other']],
      ]),
    );
  });
});
