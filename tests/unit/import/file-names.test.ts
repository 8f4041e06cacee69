// File names are bytes, and need not be UTF-8 (robustness audit, finding 16): such a file is
// imported under its name decoded with U+FFFD for each stray byte, and opened by its bytes.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFolder, type ParseOptions } from '../../../src-main/core/import/import-folder';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';

const ARTICLE = 'Talks resume in Geneva\n\nDelegations met on Monday.\n';

let work: string;
let folder: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-names-'));
  folder = join(work, 'in');
  await mkdir(folder);
});
afterEach(() => rm(work, { recursive: true, force: true }));

/** `folder/<prefix><byte><suffix>` as the bytes a Linux file name may hold. */
const bytePath = (dir: string, prefix: string, byte: number, suffix = ''): Buffer =>
  Buffer.concat([Buffer.from(`${dir}/${prefix}`), Buffer.from([byte]), Buffer.from(suffix)]);

async function importWith(parse: ParseOptions, dataDir = join(work, 'data')) {
  const catalogue = await CatalogueStore.open(dataDir, []);
  const summary = await importFolder(folder, { catalogue, bodies: new BodyStore(dataDir, []), parse });
  return { summary, catalogue };
}

describe('file names that are not valid UTF-8', { timeout: 60_000 }, () => {
  for (const [where, parse] of [
    ['on the main thread', { workers: 0 }],
    ['on a worker', { workers: 1, workersFromFiles: 0 }],
  ] as const) {
    it(`imports a file whose name holds byte 0xff, under its name with U+FFFD, ${where}`, async () => {
      await writeFile(bytePath(folder, 'caf', 0xff, '.txt'), ARTICLE);
      const { summary, catalogue } = await importWith(parse);
      expect(summary).toMatchObject({ imported: 1, rejected: [] });
      expect(Object.values(catalogue.data.articles)[0]!.sources[0]!.path).toBe(join(folder, 'caf\uFFFD.txt'));
    });
  }

  it('imports the files of a folder whose name is not valid UTF-8', async () => {
    const dir = bytePath(folder, 'desk-', 0xe9);
    await mkdir(dir);
    await writeFile(Buffer.concat([dir, Buffer.from('/a.txt')]), ARTICLE);
    const { summary } = await importWith({ workers: 0 });
    expect(summary).toMatchObject({ imported: 1, rejected: [] });
  });

  it('leaves such a file alone on the next import when it has not changed', async () => {
    await writeFile(bytePath(folder, 'caf', 0xff, '.txt'), ARTICLE);
    await importWith({ workers: 0 });
    const { summary } = await importWith({ workers: 0 });
    expect(summary).toMatchObject({ imported: 0, unchanged: 1, missingFiles: 0 });
  });

  it('rejects the second of two names that read the same once decoded, saying why', async () => {
    await writeFile(bytePath(folder, 'caf', 0xfe, '.txt'), ARTICLE);
    await writeFile(bytePath(folder, 'caf', 0xff, '.txt'), ARTICLE.replace('Geneva', 'Vienna'));
    const { summary } = await importWith({ workers: 0 });
    expect(summary.imported).toBe(1);
    expect(summary.rejected).toEqual([
      {
        path: join(folder, 'caf\uFFFD.txt'),
        code: 'unreadable',
        reason: 'its name is not valid UTF-8 and reads the same as another name in its folder: rename it to import it',
      },
    ]);
  });
});
