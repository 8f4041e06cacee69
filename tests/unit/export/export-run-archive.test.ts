// runExport over a stand-in archive: no data folder, no stores, no service. What it
// reads of the archive is the ExportArchive interface, and these tests pin that down.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Article } from '../../../src-main/contract/archive';
import type { ExportProgress } from '../../../src-main/contract/export';
import { runExport, type ExportArchive, type ExportTarget } from '../../../src-main/core/export/export-run';
import { makeArticle } from '../../fixtures/export/articles';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-export-archive-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function archiveOf(articles: Article[], searched: string[] = []): ExportArchive & { read: string[] } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const read: string[] = [];
  return {
    read,
    meta: (id) => byId.get(id),
    versionsOf: () => undefined,
    searchIds: async () => searched,
    article: async (id) => {
      read.push(id);
      return byId.get(id) ?? null;
    },
    settings: () => DEFAULT_SETTINGS,
    tags: async () => [],
  };
}

const noPdf = (): Promise<never> => Promise.reject(new Error('no PDF engine in this test'));

describe('runExport over an archive interface', () => {
  it('writes a Markdown dossier of the chosen ids oldest first, reading each article once', async () => {
    const older = makeArticle({ id: '00000000000000a1', title: 'Older dispatch', date: '2016-01-01' });
    const newer = makeArticle({ id: '00000000000000b2', title: 'Newer dispatch', date: '2017-01-01' });
    const archive = archiveOf([newer, older]);
    const path = join(dir, 'dossier.md');
    const targets: ExportTarget[] = [];
    const result = await runExport(
      { format: 'markdown', layout: 'dossier', scope: { kind: 'ids', ids: [newer.id, older.id] } },
      { archive, openRenderer: noPdf, chooseTarget: async (t) => (targets.push(t), { path, replace: false }) },
    );
    expect(result).toMatchObject({ files: [path], articles: 2, cancelled: false });
    expect(targets).toEqual([{ kind: 'file', extension: 'md', defaultName: expect.stringMatching(/\.md$/) }]);
    expect(archive.read).toEqual([older.id, newer.id]);
    const text = await readFile(path, 'utf8');
    expect(text.indexOf('Older dispatch')).toBeGreaterThan(-1);
    expect(text.indexOf('Older dispatch')).toBeLessThan(text.indexOf('Newer dispatch'));
  });

  it('asks for a folder and writes one file per article for a per-article layout', async () => {
    const articles = [
      makeArticle({ id: '00000000000000a1' }),
      makeArticle({ id: '00000000000000b2', date: '2016-08-01' }),
    ];
    const progress: ExportProgress[] = [];
    const result = await runExport(
      { format: 'markdown', layout: 'per-article', scope: { kind: 'search', query: 'x', filters: {} } },
      {
        archive: archiveOf(
          articles,
          articles.map((a) => a.id),
        ),
        openRenderer: noPdf,
        chooseTarget: async (t) => (t.kind === 'folder' ? { path: dir, replace: false } : null),
        onProgress: (p) => progress.push(p),
      },
    );
    expect(result?.files).toHaveLength(2);
    expect((await readdir(dir)).sort()).toHaveLength(2);
    expect(progress.at(-1)).toEqual({ phase: 'done', done: 2, total: 2 });
  });

  it('stops before the dialog when the scope matches nothing the archive has', async () => {
    let asked = false;
    const run = runExport(
      { format: 'csv', layout: 'dossier', scope: { kind: 'ids', ids: ['00000000000000ff'] } },
      { archive: archiveOf([]), openRenderer: noPdf, chooseTarget: async () => ((asked = true), null) },
    );
    await expect(run).rejects.toThrow(/nothing to export/);
    expect(asked).toBe(false);
  });

  it('returns null and writes nothing when the dialog is cancelled', async () => {
    const article = makeArticle({ id: '00000000000000a1' });
    const result = await runExport(
      { format: 'json', layout: 'dossier', scope: { kind: 'ids', ids: [article.id] } },
      { archive: archiveOf([article]), openRenderer: noPdf, chooseTarget: async () => null },
    );
    expect(result).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });
});
