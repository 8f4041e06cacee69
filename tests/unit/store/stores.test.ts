import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicJsonFile } from '../../../src-main/core/store/atomic-json-file';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';
import { migrate, StoreVersionError } from '../../../src-main/core/store/migrations';
import { UserDataStore } from '../../../src-main/core/store/userdata';
import { FaultyIo } from './faulty-io';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-store-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('AtomicJsonFile', () => {
  it('leaves the previous file intact when a write fails', async () => {
    const path = join(dir, 'data.json');
    const io = new FaultyIo();
    const file = new AtomicJsonFile<{ n: number }>(path, io);
    await file.write({ n: 1 });
    // A full disk makes the write of the temp file fail before the rename.
    io.fill(/\.tmp$/);
    await expect(file.write({ n: 2 })).rejects.toThrow();
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ n: 1 });
  });

  it('still writes after a failed write', async () => {
    const path = join(dir, 'data.json');
    const io = new FaultyIo().fill(/\.tmp$/);
    const file = new AtomicJsonFile<{ n: number }>(path, io);
    await expect(file.write({ n: 1 })).rejects.toThrow();
    io.clear();
    await file.write({ n: 2 });
    expect(await file.read()).toEqual({ n: 2 });
  });
});

describe('CatalogueStore', () => {
  it('sets a corrupt catalogue aside, reports it and starts empty', async () => {
    await writeFile(join(dir, 'catalogue.json'), '{"version":1,"articles":{');
    const warnings: string[] = [];
    const store = await CatalogueStore.open(dir, warnings);
    expect(store.articleCount()).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/catalogue was corrupt and has been set aside as .*catalogue\.json\.corrupt-/);
    const backup = (await readdir(dir)).find((f) => f.startsWith('catalogue.json.corrupt-'))!;
    expect(await readFile(join(dir, backup), 'utf8')).toBe('{"version":1,"articles":{');
  });

  it('refuses a catalogue written by a newer version', async () => {
    await writeFile(join(dir, 'catalogue.json'), JSON.stringify({ version: 99, articles: {}, files: {}, folders: [] }));
    await expect(CatalogueStore.open(dir, [])).rejects.toThrow(StoreVersionError);
  });
});

describe('UserDataStore', () => {
  it('keeps settings in their own file, on disk when the call resolves', async () => {
    const store = await UserDataStore.open(dir, []);
    await store.updateSettings({ locale: 'ru' });
    expect((await UserDataStore.open(dir, [])).settings.locale).toBe('ru');
  });

  it('keeps a corrupt user-data file as a backup and says so', async () => {
    await writeFile(join(dir, 'userdata.json'), 'not json');
    const warnings: string[] = [];
    await UserDataStore.open(dir, warnings);
    expect(warnings[0]).toMatch(/kept unchanged as .*userdata\.json\.corrupt-.*nothing was deleted/);
    expect((await readdir(dir)).some((f) => f.startsWith('userdata.json.corrupt-'))).toBe(true);
  });
});

describe('migrate', () => {
  it('runs each step from the stored version to the newest, in order', () => {
    const steps = [
      (d: Record<string, unknown>) => ({ ...d, a: 1 }),
      (d: Record<string, unknown>) => ({ ...d, b: (d.a as number) + 1 }),
    ];
    const { data, migrated } = migrate<Record<string, unknown>>('x.json', { version: 1 }, steps);
    expect(migrated).toBe(true);
    expect(data).toEqual({ version: 3, a: 1, b: 2 });
  });

  it('leaves current data alone', () => {
    expect(migrate('x.json', { version: 1, z: 0 }, [])).toEqual({ data: { version: 1, z: 0 }, migrated: false });
  });
});

describe('BodyStore', () => {
  it('writes bodies into the logs of their shards and reads them back after a restart', async () => {
    const bodies = new BodyStore(dir, []);
    bodies.put('ab00000000000001', { paragraphs: ['one'], related: [] });
    bodies.put('cd00000000000002', { paragraphs: ['two'], related: [{ title: 't', excerpt: 'e' }] });
    await bodies.flush();
    expect((await readdir(join(dir, 'bodies'))).sort()).toEqual(['ab.log', 'cd.log']);
    const again = new BodyStore(dir, []);
    expect(await again.get('cd00000000000002')).toEqual({
      paragraphs: ['two'],
      related: [{ title: 't', excerpt: 'e' }],
    });
    expect(await again.get('ab00000000000009')).toBeUndefined();
  });

  it('writes each change as the JSON line of [id, body], whatever its shape, and reads it back before the flush', async () => {
    const bodies = new BodyStore(dir, []);
    const changes: [string, Parameters<BodyStore['put']>[1]][] = [
      ['ab01', { paragraphs: ['Syria’s "one"', 'ж\u2028😀'], related: [{ title: 't', excerpt: 'e' }] }],
      ['ab02', { related: [], paragraphs: ['keys the other way'] }],
      ['ab03', { paragraphs: ['no related'] } as Parameters<BodyStore['put']>[1]],
    ];
    for (const [id, body] of changes) bodies.put(id, body);
    await bodies.remove('ab04');
    for (const [id, body] of changes) expect(await bodies.get(id)).toEqual(body);
    await bodies.flush();
    const lines = [...changes, ['ab04', null]].map((change) => `${JSON.stringify(change)}\n`).join('');
    expect(await readFile(join(dir, 'bodies', 'ab.log'), 'utf8')).toBe(lines);
  });

  it('keeps unflushed bodies even when many shards are loaded', async () => {
    const bodies = new BodyStore(dir, []);
    const ids = Array.from({ length: 40 }, (_, i) => `${i.toString(16).padStart(2, '0')}00000000000000`);
    for (const id of ids) bodies.put(id, { paragraphs: [id], related: [] });
    await bodies.flush();
    const again = new BodyStore(dir, []);
    for (const id of ids) expect((await again.get(id))?.paragraphs).toEqual([id]);
  });
});
