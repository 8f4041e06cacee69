// A crashed import keeps every batch it had committed, and the archive on disk is whole:
// no file entry without its articles, no article without its body. Importing again reads
// only the files the crash lost.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importFolder } from '../../../src-main/core/import/import-folder';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';

const WRITER = resolve(__dirname, 'import-kill-writer.ts');
const FILES = 600;
const KILL_AFTER_FILES = 120;

let root: string;
let folder: string;
let dataDir: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'da-import-kill-'));
  folder = join(root, 'wires');
  dataDir = join(root, 'data');
  for (let desk = 0; desk < 6; desk++) await mkdir(join(folder, `desk-${desk}`), { recursive: true });
  for (let i = 0; i < FILES; i++) {
    await writeFile(
      join(folder, `desk-${i % 6}`, `${String(i).padStart(3, '0')}.txt`),
      `Talks resume in city ${i}\n\nDelegations met on Monday for round ${i}.\n`,
    );
  }
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** Runs the writer and kills it once it has stored `after` files; resolves with what it printed. */
function importThenKill(after: number): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, folder], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const stored = Number(out.trimEnd().split('\n').pop());
      if (stored >= after) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? done(out) : fail(new Error(`the import ended without being killed: ${err}`)),
    );
  });
}

it(
  'keeps the batches a killed import committed, whole, and imports only the rest again',
  { timeout: 120_000 },
  async () => {
    const printed = await importThenKill(KILL_AFTER_FILES);
    expect(printed).not.toContain('finished');

    const catalogue = await CatalogueStore.open(dataDir, []);
    const bodies = new BodyStore(dataDir, []);
    await catalogue.loadFiles();
    const kept = [...catalogue.fileEntries()];
    expect(kept.length).toBeGreaterThanOrEqual(25);
    expect(kept.length).toBeLessThan(FILES);
    for (const [path, file] of kept) {
      for (const id of file.recordIds) {
        expect(catalogue.article(id), path).toBeDefined();
        expect((await bodies.get(id))?.paragraphs.length, path).toBeGreaterThan(0);
      }
    }

    const again = await importFolder(folder, { catalogue, bodies, parse: { workers: 0 } });
    expect(again.unchanged).toBe(kept.length);
    expect(again.imported).toBe(FILES - kept.length);
    expect(catalogue.articleCount()).toBe(FILES);
  },
);
