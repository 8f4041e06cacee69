import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../../src-main/contract/archive';
import { importFolder } from '../../../src-main/core/import/import-folder';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';
import { CORPUS } from './corpus-files';

if (!existsSync(CORPUS))
  console.warn(`corpus import test skipped: ${CORPUS} not found (it sits beside the repo as ../shared/corpus)`);

// Records per source folder, as the foundation issue states them.
const EXPECTED: Record<string, number> = {
  bbc: 300,
  sana: 343,
  reuters21578: 578,
  'ant-multisource': 138,
  'ant-jawharafm': 38,
  factrueval: 150,
  'tgnews-html': 44,
  'fa-kes': 804,
};

describe.skipIf(!existsSync(CORPUS))('importing the whole corpus', { timeout: 300_000 }, () => {
  let dataDir: string;
  let summary: ImportSummary;
  let catalogue: CatalogueStore;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'da-corpus-'));
    catalogue = await CatalogueStore.open(dataDir, []);
    summary = await importFolder(CORPUS, { catalogue, bodies: new BodyStore(dataDir, []) });
  }, 300_000);
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('imports every file without a reject', () => {
    expect(summary.rejected).toEqual([]);
    expect(summary.filesSeen).toBe(674); // 673 data files plus SOURCES.md
  });

  it('yields the stated number of records from each source', () => {
    const records: Record<string, number> = {};
    for (const [path, entry] of catalogue.fileEntries()) {
      const source = path.slice(CORPUS.length + 1).split('/')[0]!;
      records[source] = (records[source] ?? 0) + entry.recordIds.length;
    }
    const { 'SOURCES.md': _doc, ...bySource } = records;
    expect(bySource).toEqual(EXPECTED);
  });

  it('counts every record once, as an article or as a duplicate source', () => {
    const total = Object.values(EXPECTED).reduce((a, b) => a + b, 0) + 1;
    expect(summary.imported + summary.duplicates).toBe(total);
    expect(catalogue.articleCount()).toBe(summary.imported);
  });

  it('reads nothing again on a second import of the unchanged corpus', async () => {
    const read: string[] = [];
    const again = await importFolder(CORPUS, {
      catalogue,
      bodies: new BodyStore(dataDir, []),
      readBytes: async (p) => {
        read.push(p);
        throw new Error('unchanged files must not be read');
      },
    });
    expect(read).toEqual([]);
    expect(again).toMatchObject({ imported: 0, unchanged: 674, rejected: [] });
  });
});
