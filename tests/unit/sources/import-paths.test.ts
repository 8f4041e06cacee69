// import:paths (command line, "Open with", drops) and the settings' file size limit.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, workspace, type Workspace } from './source-fixtures';

let ws: Workspace;
beforeEach(async () => {
  ws = await workspace('paths');
});
afterEach(() => ws.dispose());

describe('import:paths', () => {
  it('imports a single file alone, without adopting its folder as a source', async () => {
    const downloads = await ws.folder('downloads', { 'wanted.txt': dispatch('Aleppo'), 'other.txt': dispatch('Homs') });
    const [summary] = await ws.call('import:paths', { paths: [join(downloads, 'wanted.txt')] });
    expect(summary).toMatchObject({ root: join(downloads, 'wanted.txt'), filesSeen: 1, imported: 1, rejected: [] });
    expect(await ws.find('Aleppo')).toHaveLength(1);
    expect(await ws.find('Homs')).toEqual([]);
    expect(await ws.call('sources:list', {})).toEqual([]);
  });

  it('imports a file inside a source folder as part of that source, leaving its other files alone', async () => {
    const folder = await ws.folder('wires', { 'a.txt': dispatch('Aleppo') });
    await ws.service.importFolder(folder);
    await writeFile(join(folder, 'b.txt'), dispatch('Palmyra'));
    await writeFile(join(folder, 'c.txt'), dispatch('Raqqa'));
    await ws.call('import:paths', { paths: [join(folder, 'b.txt')] });
    expect(await ws.find('Palmyra')).toHaveLength(1);
    expect(await ws.find('Raqqa')).toEqual([]);
    expect(await ws.call('sources:list', {})).toMatchObject([{ path: folder, articles: 2, files: 2 }]);
  });

  it('imports a folder whole, as a new source', async () => {
    const folder = await ws.folder('wires', { 'a.txt': dispatch('Aleppo'), 'b.txt': dispatch('Homs') });
    const [summary] = await ws.call('import:paths', { paths: [folder] });
    expect(summary).toMatchObject({ root: folder, imported: 2 });
    expect((await ws.call('sources:list', {})).map((s) => s.path)).toEqual([folder]);
  });

  it('reports a missing path as a reject and still imports the others', async () => {
    const folder = await ws.folder('wires', { 'a.txt': dispatch('Aleppo') });
    const gone = join(ws.root, 'gone.txt');
    const summaries = await ws.call('import:paths', { paths: [gone, join(folder, 'a.txt')] });
    expect(summaries[0]).toMatchObject({
      root: gone,
      imported: 0,
      rejected: [{ path: gone, code: 'unreadable', reason: `cannot import ${gone}: no such file` }],
    });
    expect(summaries[1]).toMatchObject({ imported: 1 });
  });
});

describe('the file size limit setting', () => {
  it('rejects a file over the limit with its reason, and imports the rest', async () => {
    await ws.call('settings:set', { maxFileMb: 1 });
    const big = `${dispatch('Aleppo')}\n${'Another paragraph of the long dispatch.\n\n'.repeat(40_000)}`;
    const folder = await ws.folder('wires', { 'big.txt': big, 'small.txt': dispatch('Homs') });
    const summary = await ws.service.importFolder(folder);
    expect(summary.imported).toBe(1);
    expect(summary.rejected).toEqual([
      { path: join(folder, 'big.txt'), code: 'too-large', reason: 'file is 1.6 MB, over the 1.0 MB limit' },
    ]);
  });

  it('imports the same file once the limit is raised', async () => {
    await ws.call('settings:set', { maxFileMb: 1 });
    const folder = await ws.folder('wires', {
      'big.txt': `${dispatch('Aleppo')}\n${'More text.\n\n'.repeat(150_000)}`,
    });
    await ws.service.importFolder(folder);
    await ws.call('settings:set', { maxFileMb: 2 });
    expect((await ws.call('sources:rescan', { path: folder }))[0]).toMatchObject({ imported: 1, rejected: [] });
  });
});
