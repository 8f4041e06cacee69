// After a disk-full failure mid-import (issue 16, finding 9), no catalogue record is
// persisted pointing at a body that never reached disk, nor a file entry that would make
// the next import skip the file as unchanged: the texts come back when it is read again.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFolder } from '../../../src-main/core/import/import-folder';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore, type FileEntry } from '../../../src-main/core/store/catalogue';
import { FaultyIo } from './faulty-io';
import { storedArticle } from './stored-article';

let work: string;
let folder: string;
let dataDir: string;
let io: FaultyIo;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-unwritten-'));
  folder = join(work, 'wires');
  dataDir = join(work, 'data');
  await mkdir(folder);
  await mkdir(dataDir);
  io = new FaultyIo();
});
afterEach(() => rm(work, { recursive: true, force: true }));

const dispatch = (city: string) => `Ceasefire talks resume in ${city}\n\nDelegations met in ${city} on Monday.\n`;
const ID = 'ab00000000000001';
const body = { paragraphs: ['Delegations met on Monday.'], related: [] };
const fileEntry = (recordIds: string[]): FileEntry => ({
  size: 10,
  mtimeMs: 1,
  sha256: 'x',
  format: 'text',
  encoding: 'utf-8',
  recordIds,
  missing: false,
});

/** A catalogue and body store as a restart finds them, with the disk behaving again. */
async function restart() {
  const catalogue = await CatalogueStore.open(dataDir, []);
  await catalogue.loadFiles();
  return { catalogue, bodies: new BodyStore(dataDir, []) };
}

/** An import batch: an article, its body and its file entry, committed once the body is flushed. */
async function batch(catalogue: CatalogueStore, bodies: BodyStore): Promise<void> {
  await catalogue.loadFiles();
  catalogue.putArticle(storedArticle(ID));
  bodies.put(ID, body);
  catalogue.putFile('/wires/a.txt', fileEntry([ID]));
  await catalogue.commit(bodies.flush());
}

describe('a disk that fills up while bodies are written', () => {
  it('leaves the texts to be read again by the next import, after a later catalogue save', async () => {
    await writeFile(join(folder, 'one.txt'), dispatch('Geneva'));
    const catalogue = await CatalogueStore.open(dataDir, []);
    const bodies = new BodyStore(dataDir, [], io);
    await importFolder(folder, { catalogue, bodies });
    await writeFile(join(folder, 'two.txt'), dispatch('Vienna'));
    io.fill(/bodies/);
    await expect(importFolder(folder, { catalogue, bodies })).rejects.toThrow(/ENOSPC/);
    // Turning watching off saves the catalogue.
    catalogue.updateSource(folder, { watch: false });
    await catalogue.save();
    const again = await restart();
    await importFolder(folder, again);
    const ids = Object.keys(again.catalogue.data.articles);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect((await again.bodies.get(id))?.paragraphs, id).toBeDefined();
  });

  it('keeps a failed batch out of a snapshot written before its bodies are', async () => {
    const catalogue = await CatalogueStore.open(dataDir, [], io);
    const bodies = new BodyStore(dataDir, [], io);
    io.fill(/bodies/);
    await expect(batch(catalogue, bodies)).rejects.toThrow(/ENOSPC/);
    await catalogue.snapshot();
    const { catalogue: reopened } = await restart();
    expect(reopened.article(ID)).toBeUndefined();
    expect(reopened.file('/wires/a.txt')).toBeUndefined();
  });

  it('commits a failed batch once its bodies are written', async () => {
    const catalogue = await CatalogueStore.open(dataDir, [], io);
    const bodies = new BodyStore(dataDir, [], io);
    io.fill(/bodies/);
    await expect(batch(catalogue, bodies)).rejects.toThrow(/ENOSPC/);
    io.clear();
    await catalogue.commit(bodies.flush());
    const again = await restart();
    expect(again.catalogue.article(ID)).toBeDefined();
    expect(again.catalogue.file('/wires/a.txt')?.recordIds).toEqual([ID]);
    expect(await again.bodies.get(ID)).toEqual(body);
  });
});
