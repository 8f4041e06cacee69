// On a nearly full disk a write can put down part of what it was given and say so (issue
// 16, finding 3). A journal append that came up short must fail, and leave the journal
// ending on a whole entry, or the next entry is glued onto the torn one and the next start
// sets the whole journal aside.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';
import { Journal } from '../../../src-main/core/store/journal';
import { UserDataStore } from '../../../src-main/core/store/userdata';
import { FaultyIo } from './faulty-io';
import { storedArticle } from './stored-article';

let dir: string;
let io: FaultyIo;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-short-'));
  io = new FaultyIo();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The disk fills up in the middle of a write: part of it goes down, the rest fails. */
const fillsUpDuring = (match: RegExp) => io.queue(match, 'short', 'enospc');

describe('a journal append that comes up short', () => {
  it('fails', async () => {
    const journal = new Journal(join(dir, 'j.journal'), io);
    fillsUpDuring(/j\.journal$/);
    await expect(journal.append({ seq: 1, text: 'x'.repeat(200) })).rejects.toThrow(/ENOSPC/);
  });

  it('is cut back to the last whole entry, so the entries after it are read', async () => {
    const journal = new Journal(join(dir, 'j.journal'), io);
    await journal.append({ seq: 1 });
    fillsUpDuring(/j\.journal$/);
    await journal.append({ seq: 2, text: 'x'.repeat(200) }).catch(() => undefined);
    await journal.append({ seq: 3 });
    expect(await new Journal(journal.path).read()).toEqual({
      entries: [{ seq: 1 }, { seq: 3 }],
      torn: false,
      damaged: false,
    });
  });

  it('is cut back before the next append when cutting it back at once failed', async () => {
    const journal = new Journal(join(dir, 'j.journal'), io);
    await journal.append({ seq: 1 });
    fillsUpDuring(/j\.journal$/);
    io.failTruncate(/j\.journal$/);
    await journal.append({ seq: 2, text: 'x'.repeat(200) }).catch(() => undefined);
    await journal.append({ seq: 3 });
    expect((await new Journal(journal.path).read()).entries).toEqual([{ seq: 1 }, { seq: 3 }]);
  });
});

describe('the stores on a disk that fills up during a journal write', () => {
  it('keep the catalogue commits after the failed one across a restart, setting nothing aside', async () => {
    const store = await CatalogueStore.open(dir, [], io);
    store.putArticle(storedArticle('a1'));
    await store.commit();
    fillsUpDuring(/catalogue\.journal$/);
    store.putArticle(storedArticle('a2'));
    await store.commit().catch(() => undefined);
    store.putArticle(storedArticle('a3'));
    await store.commit();
    const warnings: string[] = [];
    const again = await CatalogueStore.open(dir, warnings);
    expect(warnings).toEqual([]);
    expect(Object.keys(again.data.articles).sort()).toEqual(['a1', 'a2', 'a3']);
  });

  it('fail a body flush whose log write comes up short, and write the body at the next flush', async () => {
    const id = 'ab00000000000001';
    const bodies = new BodyStore(dir, [], io);
    bodies.put(id, { paragraphs: ['one '.repeat(100)], related: [] });
    fillsUpDuring(/ab\.log$/);
    await expect(bodies.flush()).rejects.toThrow(/ENOSPC/);
    await bodies.flush();
    const warnings: string[] = [];
    expect((await new BodyStore(dir, warnings).get(id))?.paragraphs).toEqual(['one '.repeat(100)]);
    expect(warnings).toEqual([]);
  });

  it('reject a user-data change whose journal write comes up short, changing nothing', async () => {
    const store = await UserDataStore.open(dir, [], undefined, io);
    fillsUpDuring(/userdata\.journal$/);
    await expect(store.updateSettings({ locale: 'ru' })).rejects.toThrow(/could not save your change/);
    expect(store.settings.locale).not.toBe('ru');
  });
});
