// Exports and the agency's story versions: withdrawn stories stay out unless asked for
// (and are marked when taken in), and a search or tag exports each story once, newest.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Article } from '../../../src-main/contract/archive';
import type { ExportRequest, ExportScope } from '../../../src-main/contract/export';
import { selectForExport } from '../../../src-main/core/export/export-scope';
import { runExport, type ExportArchive } from '../../../src-main/core/export/export-run';
import { makeArticle } from '../../fixtures/export/articles';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-export-withdrawn-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A stand-in archive: `stories` lists each story's versions oldest first; a search matches `searched`. */
function archiveOf(articles: Article[], stories: string[][] = [], searched = articles.map((a) => a.id)): ExportArchive {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const storyOf = new Map(stories.flatMap((ids) => ids.map((id) => [id, ids] as const)));
  return {
    meta: (id) => byId.get(id),
    versionsOf: (id) => storyOf.get(id),
    searchIds: async () => searched,
    article: async (id) => byId.get(id) ?? null,
    settings: () => DEFAULT_SETTINGS,
    tags: async () => [],
  };
}

const SEARCH: ExportScope = { kind: 'search', query: '', filters: {} };
const usable = makeArticle({ id: '00000000000000a1', title: 'Usable story', status: 'usable' });
const killed = makeArticle({ id: '00000000000000b2', title: 'Killed story', status: 'canceled' });
const plain = makeArticle({ id: '00000000000000c3', title: 'Story with no status' });
const take1 = makeArticle({ id: '00000000000000d1', title: 'Quake, first take', version: '1' });
const take2 = makeArticle({ id: '00000000000000d2', title: 'Quake, second take', version: '2' });
const kill3 = makeArticle({ id: '00000000000000d3', title: 'Quake story killed', version: '3', status: 'canceled' });

const ONLY_USABLE = { includeWithdrawn: false, backup: false };
const WITH_WITHDRAWN = { includeWithdrawn: true, backup: false };
const BACKUP = { includeWithdrawn: false, backup: true };

describe('selectForExport', () => {
  it('leaves withdrawn stories out by default and counts them', async () => {
    const selection = await selectForExport(archiveOf([usable, killed, plain]), SEARCH, ONLY_USABLE);
    expect(selection.ids.sort()).toEqual([usable.id, plain.id].sort());
    expect(selection.withdrawnLeftOut).toBe(1);
    expect(selection.withdrawn.size).toBe(0);
  });

  it('takes withdrawn stories in when asked, marked to print as withdrawn', async () => {
    const selection = await selectForExport(archiveOf([usable, killed]), SEARCH, WITH_WITHDRAWN);
    expect(selection.ids).toHaveLength(2);
    expect([...selection.withdrawn]).toEqual([killed.id]);
    expect(selection.withdrawnLeftOut).toBe(0);
  });

  it('exports a searched story once, as its newest version the search matched', async () => {
    const archive = archiveOf([take1, take2, usable], [[take1.id, take2.id]]);
    expect((await selectForExport(archive, SEARCH, ONLY_USABLE)).ids.sort()).toEqual([usable.id, take2.id].sort());
    const onlyFirst = archiveOf([take1, take2], [[take1.id, take2.id]], [take1.id]);
    expect((await selectForExport(onlyFirst, SEARCH, ONLY_USABLE)).ids).toEqual([take1.id]);
  });

  it('exports exactly the chosen ids, older versions included', async () => {
    const archive = archiveOf([take1, take2], [[take1.id, take2.id]]);
    const selection = await selectForExport(archive, { kind: 'ids', ids: [take1.id, take2.id] }, ONLY_USABLE);
    expect(selection.ids.sort()).toEqual([take1.id, take2.id].sort());
  });

  it('backs up every version of each story and withdrawn ones too, so restore loses nothing', async () => {
    const archive = archiveOf([take1, take2, kill3, usable], [[take1.id, take2.id, kill3.id]], [kill3.id, usable.id]);
    const selection = await selectForExport(archive, SEARCH, BACKUP);
    expect(selection.ids.sort()).toEqual([take1.id, take2.id, kill3.id, usable.id].sort());
    expect(selection.withdrawnLeftOut).toBe(0);
  });

  it('counts every version of a story its agency killed as withdrawn', async () => {
    const archive = archiveOf([take1, take2, kill3], [[take1.id, take2.id, kill3.id]]);
    const chosen = await selectForExport(archive, { kind: 'ids', ids: [take1.id] }, ONLY_USABLE);
    expect(chosen).toMatchObject({ ids: [], withdrawnLeftOut: 1 });
    const taken = await selectForExport(archive, { kind: 'ids', ids: [take1.id] }, WITH_WITHDRAWN);
    expect([...taken.withdrawn]).toEqual([take1.id]);
  });
});

describe('runExport of withdrawn stories', () => {
  const request = (includeWithdrawn: boolean): ExportRequest => ({
    format: 'markdown',
    layout: 'dossier',
    scope: SEARCH,
    includeWithdrawn,
  });
  const target = (name: string) => async () => ({ path: join(dir, name), replace: false });
  const noPdf = (): Promise<never> => Promise.reject(new Error('no PDF engine in this test'));

  it('tells how many withdrawn stories it left out, and leaves them out of the file', async () => {
    const archive = archiveOf([usable, killed]);
    const result = await runExport(request(false), { archive, openRenderer: noPdf, chooseTarget: target('out.md') });
    expect(result).toMatchObject({ articles: 1, withdrawnLeftOut: 1 });
    const text = await readFile(join(dir, 'out.md'), 'utf8');
    expect(text).toContain('Usable story');
    expect(text).not.toContain('Killed story');
  });

  it('prints the withdrawn banner on an older version of a killed story taken in', async () => {
    const archive = archiveOf([take1, take2, kill3], [[take1.id, take2.id, kill3.id]]);
    const result = await runExport(
      { format: 'markdown', layout: 'dossier', scope: { kind: 'ids', ids: [take1.id] }, includeWithdrawn: true },
      { archive, openRenderer: noPdf, chooseTarget: target('take1.md') },
    );
    expect(result).toMatchObject({ articles: 1, withdrawnLeftOut: 0 });
    expect(await readFile(join(dir, 'take1.md'), 'utf8')).toContain('Withdrawn by the agency');
  });

  it('says the matches were withdrawn when that leaves nothing to export', async () => {
    const run = runExport(request(false), {
      archive: archiveOf([killed]),
      openRenderer: noPdf,
      chooseTarget: target('none.md'),
    });
    await expect(run).rejects.toThrow(/withdrawn by the agency/);
  });
});
