import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFolder, ImportError, type ParseOptions } from '../../../src-main/core/import/import-folder';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';
import { CORPUS } from '../corpus/corpus-files';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-workers-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

/** Good files, duplicates and every kind of bad file, in several folders. */
async function mixedFolder(): Promise<string> {
  const folder = join(work, 'in');
  for (let i = 0; i < 12; i++) {
    const dir = join(folder, `desk-${i % 3}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${i}.txt`), `Talks resume in city ${i}\n\nDelegations met on Monday, round ${i}.\n`);
    await writeFile(
      join(dir, `${i}-copy.txt`),
      `Talks resume in city ${i}\r\n\r\nDelegations met on Monday, round ${i}.\r\n`,
    );
  }
  await writeFile(join(folder, 'empty.txt'), '');
  await writeFile(join(folder, 'blank.txt'), ' \n ');
  await writeFile(join(folder, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
  await writeFile(join(folder, 'cut.json'), '[{"title": "A", "text": "B"}, {"title": "C", "te');
  await writeFile(join(folder, 'wire.jsonl'), '{"title":"One","text":"First."}\n{"title":"Two","text":"Second."}\n');
  return folder;
}

/** The archive an import leaves, without the times that differ from run to run. */
async function importWith(folder: string, parse: ParseOptions) {
  const dataDir = await mkdtemp(join(work, 'data-'));
  const catalogue = await CatalogueStore.open(dataDir, []);
  const summary = await importFolder(folder, { catalogue, bodies: new BodyStore(dataDir, []), parse });
  const { durationMs: _duration, ...rest } = summary;
  return { summary: rest, archive: timeless(catalogue) };
}

function timeless(catalogue: CatalogueStore) {
  const { data } = catalogue;
  const articles = Object.values(data.articles).map(({ addedAt: _a, updatedAt: _u, ...article }) => article);
  return { articles, files: Object.fromEntries(catalogue.fileEntries()), folders: data.folders };
}

const ON_THIS_THREAD: ParseOptions = { workers: 0 };
const TWO_WORKERS: ParseOptions = { workers: 2, workersFromFiles: 0 };

// Workers load the parsers through tsx here, which takes a few seconds on a busy machine.
describe('parsing on worker threads', { timeout: 60_000 }, () => {
  it('gives the same articles, files, duplicates and rejects, in the same order, as parsing on the main thread', async () => {
    const folder = await mixedFolder();
    const inline = await importWith(folder, ON_THIS_THREAD);
    const pooled = await importWith(folder, TWO_WORKERS);
    expect(pooled).toEqual(inline);
    // The comparison means something only if the folder exercised duplicates and every reject path.
    expect(inline.summary.duplicates).toBe(12);
    expect(inline.summary.rejected.map((r) => r.code)).toEqual([
      'whitespace-only',
      'truncated-json',
      'empty',
      'binary',
    ]);
  });

  it('fails the import with a clear error, reading nothing on the main thread, when the worker script cannot start', async () => {
    const folder = await mixedFolder();
    const script = join(work, 'no-such-worker.mjs');
    await expect(importWith(folder, { ...TWO_WORKERS, workerScript: script })).rejects.toThrow(
      new ImportError(`cannot import ${folder}: the file reader could not start: Cannot find module '${script}'`),
    );
  });

  it('gives the same outcome for deeply nested files on worker threads as on the main thread', async () => {
    // Where a recursive reader ran out of stack depended on the thread's stack size, so the
    // two paths disagreed on the same file (audit finding 2); now nesting is capped first.
    const folder = join(work, 'nested');
    await mkdir(folder);
    await writeFile(join(folder, 'a.txt'), 'Talks resume in Geneva\n\nDelegations met on Monday.\n');
    await writeFile(
      join(folder, 'bold.html'),
      `<html><body><p>${'<b>'.repeat(3_000)}Delegations met.</p></body></html>`,
    );
    await writeFile(
      join(folder, 'divs.html'),
      `<html><body>${'<div>'.repeat(5_000)}<p>Delegations met.</p></body></html>`,
    );
    await writeFile(join(folder, 'quotes.md'), `Talks\n\n${'>'.repeat(5_000)} Delegations met.\n`);
    await writeFile(join(folder, 'strong.md'), `Talks\n\n${'**'.repeat(1_000)}Delegations met.${'**'.repeat(1_000)}\n`);
    await writeFile(join(folder, 'front.md'), `---\ntitle: ${'['.repeat(10_000)}\n---\nTalks\n\nDelegations met.\n`);
    await writeFile(join(folder, 'z.txt'), 'Talks resume in Vienna\n\nDelegations met on Tuesday.\n');
    const inline = await importWith(folder, ON_THIS_THREAD);
    expect(inline.summary.rejected).toEqual([]);
    expect(inline.summary.filesSeen).toBe(7);
    expect(await importWith(folder, TWO_WORKERS)).toEqual(inline);
  });

  it.skipIf(!existsSync(CORPUS))(
    'gives the same archive from the whole corpus as parsing on the main thread',
    async () => {
      const pooled = await importWith(CORPUS, TWO_WORKERS);
      expect(pooled).toEqual(await importWith(CORPUS, ON_THIS_THREAD));
    },
  );
});
