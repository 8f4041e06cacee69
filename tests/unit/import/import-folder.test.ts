import { mkdtemp, mkdir, readFile, rm, symlink, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { importFolder, ImportError } from '../../../src-main/core/import/import-folder';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';

const ARTICLE =
  'Ceasefire talks resume in Geneva\n\nDelegations met on Monday to resume the talks.\n\nThe next round is due next week.\n';

let work: string;
let folder: string;
let dataDir: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-import-'));
  folder = join(work, 'in');
  dataDir = join(work, 'data');
  await mkdir(folder);
  await mkdir(dataDir);
});
afterEach(() => rm(work, { recursive: true, force: true }));

async function stores() {
  const warnings: string[] = [];
  return {
    catalogue: await CatalogueStore.open(dataDir, warnings),
    bodies: new BodyStore(dataDir, warnings),
    warnings,
  };
}

async function run(extra: Partial<Parameters<typeof importFolder>[1]> = {}) {
  const s = await stores();
  const summary = await importFolder(folder, { ...s, ...extra });
  return { ...s, summary };
}

describe('importFolder', () => {
  it('imports files in nested folders and skips hidden and system files', async () => {
    await mkdir(join(folder, 'a/b'), { recursive: true });
    await writeFile(join(folder, 'a/b/one.txt'), ARTICLE);
    await writeFile(join(folder, 'two.txt'), ARTICLE.replace('Geneva', 'Vienna'));
    await writeFile(join(folder, '.hidden.txt'), ARTICLE.replace('Geneva', 'Oslo'));
    await writeFile(join(folder, 'Thumbs.db'), 'x');
    await mkdir(join(folder, '.git'));
    await writeFile(join(folder, '.git/HEAD'), 'ref: refs/heads/main\n');
    const { summary, catalogue } = await run();
    expect(summary.filesSeen).toBe(2);
    expect(summary.imported).toBe(2);
    expect(summary.rejected).toEqual([]);
    expect(
      Object.values(catalogue.data.articles)
        .map((a) => a.title)
        .sort(),
    ).toEqual(['Ceasefire talks resume in Geneva', 'Ceasefire talks resume in Vienna']);
  });

  it('reports each bad file with a specific reason and imports the rest', async () => {
    await writeFile(join(folder, 'good.txt'), ARTICLE);
    await writeFile(join(folder, 'empty.txt'), '');
    await writeFile(join(folder, 'blank.txt'), '  \n\t\n  ');
    await writeFile(
      join(folder, 'image.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
    );
    await writeFile(join(folder, 'cut.json'), '[{"title": "A", "text": "B"}, {"title": "C", "te');
    await writeFile(join(folder, 'huge.txt'), `${ARTICLE}${'x'.repeat(5000)}`);
    await writeFile(join(folder, 'locked.txt'), ARTICLE.replace('Geneva', 'Bern'));
    await symlink(join(folder, 'nowhere.txt'), join(folder, 'dangling.txt'));
    await mkdir(join(folder, 'sub'));
    await symlink(folder, join(folder, 'sub/loop'));
    const readBytes = async (path: string): Promise<Uint8Array> => {
      if (path.endsWith('locked.txt')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return readFile(path);
    };
    const { summary } = await run({ maxFileBytes: 4096, readBytes });
    const reasons = Object.fromEntries(
      summary.rejected.map((r) => [r.path.slice(folder.length + 1), `${r.code}: ${r.reason}`]),
    );
    expect(reasons).toEqual({
      'empty.txt': 'empty: file is empty (0 bytes)',
      'blank.txt': 'whitespace-only: file holds only whitespace',
      'image.txt': 'binary: file is binary, not text',
      'cut.json': expect.stringMatching(/^truncated-json: truncated JSON/),
      'huge.txt': expect.stringMatching(/^too-large: file is 0\.0 MB, over the 0\.0 MB limit$/),
      'locked.txt': 'unreadable: cannot read: permission denied',
      'dangling.txt': 'unreadable: broken symlink: its target does not exist',
      'sub/loop': expect.stringMatching(/^symlink-loop: symlink loop: points back to /),
    });
    expect(summary.imported).toBe(1);
  });

  it('does not read unchanged files again on a second run', async () => {
    await writeFile(join(folder, 'one.txt'), ARTICLE);
    await writeFile(join(folder, 'two.txt'), ARTICLE.replace('Geneva', 'Vienna'));
    await run();
    const read: string[] = [];
    const { summary } = await run({ readBytes: async (p) => (read.push(p), readFile(p)) });
    expect(read).toEqual([]);
    expect(summary).toMatchObject({ imported: 0, unchanged: 2, duplicates: 0 });
  });

  it('re-parses a changed file and keeps its article id', async () => {
    const file = join(folder, 'one.txt');
    await writeFile(file, ARTICLE);
    const first = await run();
    const [id] = Object.keys(first.catalogue.data.articles);
    await writeFile(file, ARTICLE.replace('Monday', 'Tuesday'));
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    const second = await run();
    expect(second.summary).toMatchObject({ imported: 1, unchanged: 0 });
    expect(Object.keys(second.catalogue.data.articles)).toEqual([id]);
    expect((await second.bodies.get(id!))?.paragraphs.join(' ')).toContain('Tuesday');
  });

  it('merges the same article saved in two encodings and line endings into one article with two sources', async () => {
    const russian =
      'Переговоры возобновились в Женеве\n\nДелегации встретились в понедельник, чтобы возобновить переговоры о прекращении огня.\n\nСледующий раунд назначен на следующую неделю.\n';
    await writeFile(join(folder, 'utf8.txt'), russian);
    await writeFile(join(folder, 'win1251.txt'), iconv.encode(russian.replace(/\n/g, '\r\n'), 'windows-1251'));
    const { summary, catalogue } = await run();
    expect(summary).toMatchObject({ imported: 1, duplicates: 1 });
    const articles = Object.values(catalogue.data.articles);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.sources.map((s) => [s.path.slice(folder.length + 1), s.encoding])).toEqual([
      ['utf8.txt', 'utf-8'],
      ['win1251.txt', 'windows-1251'],
    ]);
  });

  it('marks the article of a vanished file missing, keeps it, and restores it when the file returns', async () => {
    const file = join(folder, 'one.txt');
    await writeFile(file, ARTICLE);
    await run();
    const saved = await readFile(file);
    await unlink(file);
    const gone = await run();
    expect(gone.summary.missingFiles).toBe(1);
    const [article] = Object.values(gone.catalogue.data.articles);
    expect(article).toMatchObject({ title: 'Ceasefire talks resume in Geneva', missing: true });
    await writeFile(file, saved);
    const back = await run();
    expect(Object.values(back.catalogue.data.articles)[0]!.missing).toBe(false);
  });

  it('keeps an article whose duplicate file vanished readable from the other file', async () => {
    await writeFile(join(folder, 'a.txt'), ARTICLE);
    await writeFile(join(folder, 'b.txt'), ARTICLE.replace(/\n/g, '\r\n'));
    await run();
    await unlink(join(folder, 'b.txt'));
    const { catalogue } = await run();
    expect(Object.values(catalogue.data.articles).map((a) => a.missing)).toEqual([false]);
  });

  it('stops at a cancelled signal and saves what it imported', async () => {
    for (let i = 0; i < 5; i++) await writeFile(join(folder, `${i}.txt`), ARTICLE.replace('Geneva', `City ${i}`));
    const controller = new AbortController();
    let reads = 0;
    const { summary } = await run({
      signal: controller.signal,
      readBytes: async (p) => {
        if (++reads === 2) controller.abort();
        return readFile(p);
      },
    });
    expect(summary.cancelled).toBe(true);
    expect(summary.imported).toBe(2);
    expect((await stores()).catalogue.articleCount()).toBe(2);
  });

  it('refuses a path that is not a folder with a clear error', async () => {
    await writeFile(join(folder, 'one.txt'), ARTICLE);
    await expect(importFolder(join(folder, 'one.txt'), await stores())).rejects.toThrow(
      new ImportError(`cannot import ${join(folder, 'one.txt')}: it is not a folder`),
    );
    await expect(importFolder(join(work, 'nope'), await stores())).rejects.toThrow(/no such file/);
  });
});
