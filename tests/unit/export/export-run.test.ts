// The export pipeline through the real service and router: which articles a scope
// covers and in what order, where files land, and that nothing is overwritten unasked.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportProgress, ExportResult } from '../../../src-main/contract/export';
import type { Channel, ChannelArgs, ChannelResult } from '../../../src-main/contract/ipc';
import type { ExportDestination, ExportTarget } from '../../../src-main/core/export/export-run';
import type { PdfOptions } from '../../../src-main/core/export/pdf';
import { routeCall } from '../../../src-main/core/ipc-router';
import { ArchiveService } from '../../../src-main/core/service';

let root: string;
let service: ArchiveService;
let answer: ExportDestination | null;
const asked: ExportTarget[] = [];
const rendered: { html: string; options: PdfOptions }[] = [];
const progress: ExportProgress[] = [];
const revealed: string[] = [];

function dispatch(title: string, date: string | null, body: string, tags: string[] = []): string {
  const front = [
    `title: "${title}"`,
    date ? `date: ${date}` : '',
    tags.length ? `tags: [${tags.join(', ')}]` : '',
  ].filter(Boolean);
  return `---\n${front.join('\n')}\n---\n\n${body}\n`;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'da-export-'));
  const wires = join(root, 'wires');
  await mkdir(wires);
  await writeFile(
    join(wires, 'b.md'),
    dispatch('Convoy reaches Aleppo', '2016-07-15', 'An aid convoy reached the city.', ['syria/aleppo']),
  );
  await writeFile(
    join(wires, 'a.md'),
    dispatch('Talks open in Geneva', '2016-03-02', 'Delegations met on Monday.', ['syria']),
  );
  await writeFile(
    join(wires, 'c.md'),
    dispatch('Без даты: заявление МИД', null, 'Министерство сделало заявление.', ['syria']),
  );
  await writeFile(join(wires, 'd.md'), dispatch('Markets close higher', '2016-01-10', 'Shares rose on Friday.'));
  answer = { path: join(root, 'out.md'), replace: false };
  asked.length = rendered.length = progress.length = revealed.length = 0;
  service = await ArchiveService.open({
    dataDir: join(root, 'data'),
    chooseExportTarget: async (target) => {
      asked.push(target);
      return answer;
    },
    openPdfRenderer: async () => ({
      render: async (html, options) => {
        rendered.push({ html, options });
        return new TextEncoder().encode('%PDF-1.4 stand-in');
      },
      close: async () => undefined,
    }),
    showItem: async (path) => {
      revealed.push(path);
      return true;
    },
  });
  service.onEvent((event, payload) => {
    if (event === 'export:progress') progress.push(payload as ExportProgress);
  });
  await service.importFolder(wires);
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function call<C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>> {
  const reply = await routeCall(service.handlers, channel, args);
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value as ChannelResult<C>;
}

describe('export:run', () => {
  it('exports everything under a tag, its children included, oldest first and undated last', async () => {
    const result = (await call('export:run', {
      format: 'markdown',
      layout: 'dossier',
      scope: { kind: 'tag', tag: 'syria' },
    }))!;
    expect(result.articles).toBe(3);
    const text = await readFile(result.files[0]!, 'utf8');
    const headings = text.split('\n').filter((line) => line.startsWith('## ') && line !== '## Contents');
    expect(headings.map((h) => h.slice(3))).toEqual([
      'Talks open in Geneva',
      'Convoy reaches Aleppo',
      'Без даты: заявление МИД',
    ]);
    expect(text).not.toContain('Markets close higher');
  });

  it('offers a file named after the dossier, and writes nothing when the dialog is cancelled', async () => {
    answer = null;
    expect(
      await call('export:run', {
        format: 'csv',
        scope: { kind: 'search', query: 'convoy OR delegations', filters: {} },
      }),
    ).toBeNull();
    expect(asked).toEqual([{ kind: 'file', extension: 'csv', defaultName: 'Dossier-convoy-OR-delegations.csv' }]);
    expect(await readdir(root)).toEqual(['data', 'wires']);
  });

  it("names a single article's file after its date and headline", async () => {
    const [id] = (await call('archive:ids', { query: 'Geneva', filters: {} })).ids;
    await call('export:run', { format: 'markdown', scope: { kind: 'ids', ids: [id!] } });
    expect(asked[0]).toEqual({ kind: 'file', extension: 'md', defaultName: '2016-03-02_Talks-open-in-Geneva.md' });
  });

  it('refuses an export that matches nothing as not-found, before asking where to save', async () => {
    const reply = await routeCall(service.handlers, 'export:run', {
      format: 'pdf',
      scope: { kind: 'search', query: 'nowhere-to-be-found', filters: {} },
    });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'nothing to export: no article matches' },
    });
    expect(asked).toEqual([]);
  });

  it('writes one file per article into the chosen folder, keeping a file already there', async () => {
    const folder = join(root, 'per-article');
    await mkdir(folder);
    await writeFile(join(folder, '2016-03-02_Talks-open-in-Geneva.md'), "the user's own file");
    answer = { path: folder, replace: false };
    const result = (await call('export:run', {
      format: 'markdown',
      layout: 'per-article',
      scope: { kind: 'tag', tag: 'syria' },
    }))!;
    expect(asked).toEqual([{ kind: 'folder' }]);
    expect((await readdir(folder)).sort()).toEqual([
      '2016-03-02_Talks-open-in-Geneva (2).md',
      '2016-03-02_Talks-open-in-Geneva.md',
      '2016-07-15_Convoy-reaches-Aleppo.md',
      'Без-даты-заявление-МИД.md',
    ]);
    expect(await readFile(join(folder, '2016-03-02_Talks-open-in-Geneva.md'), 'utf8')).toBe("the user's own file");
    expect(result.files).toHaveLength(3);
    expect(progress.map((p) => p.phase)).toEqual(['writing', 'writing', 'writing', 'done']);
  });

  it('never replaces an existing file unless the user confirmed it in the save dialog', async () => {
    const path = join(root, 'dossier.csv');
    await writeFile(path, 'keep me');
    answer = { path, replace: false };
    const kept = (await call('export:run', { format: 'csv', scope: { kind: 'search', query: '', filters: {} } }))!;
    expect(kept.files).toEqual([join(root, 'dossier (2).csv')]);
    expect(await readFile(path, 'utf8')).toBe('keep me');
    answer = { path, replace: true };
    await call('export:run', { format: 'csv', scope: { kind: 'search', query: '', filters: {} } });
    expect(await readFile(path, 'utf8')).toContain('Markets close higher');
    expect((await readdir(root)).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('renders a dossier PDF with the paper size setting and an outline, and one article without an outline', async () => {
    await call('settings:set', { paperSize: 'Letter' });
    answer = { path: join(root, 'd.pdf'), replace: false };
    await call('export:run', { format: 'pdf', scope: { kind: 'tag', tag: 'syria' } });
    const [id] = (await call('archive:ids', { query: 'Markets', filters: {} })).ids;
    answer = { path: join(root, 'one.pdf'), replace: false };
    await call('export:run', { format: 'pdf', scope: { kind: 'ids', ids: [id!] } });
    expect(rendered.map((r) => [r.options.paperSize, r.options.outline])).toEqual([
      ['Letter', true],
      ['Letter', false],
    ]);
    expect(rendered[0]!.html).toContain('Convoy reaches Aleppo');
    expect(await readFile(join(root, 'one.pdf'), 'utf8')).toBe('%PDF-1.4 stand-in');
  });

  it('stops after the file in hand when cancelled, keeping the files already written whole', async () => {
    const folder = join(root, 'cancelled');
    await mkdir(folder);
    answer = { path: folder, replace: false };
    const running = call('export:run', {
      format: 'markdown',
      layout: 'per-article',
      scope: { kind: 'tag', tag: 'syria' },
    });
    // The first file is written before the export yields again; cancel lands between files.
    await new Promise((r) => setImmediate(r));
    expect(await call('export:cancel', {})).toEqual({ cancelled: true });
    const result = (await running)!;
    expect(result.cancelled).toBe(true);
    expect(result.files.length).toBeLessThan(3);
    expect((await readdir(folder)).sort()).toEqual(result.files.map((f) => f.slice(folder.length + 1)).sort());
    expect(await call('export:cancel', {})).toEqual({ cancelled: false });
  });

  it('shows in the file manager only files this export wrote', async () => {
    const result = (await call('export:run', {
      format: 'markdown',
      scope: { kind: 'search', query: '', filters: {} },
    })) as ExportResult;
    expect(await call('export:reveal', { path: result.files[0]! })).toEqual({ opened: true });
    expect(await call('export:reveal', { path: join(root, 'data', 'userdata.json') })).toEqual({ opened: false });
    expect(revealed).toEqual([result.files[0]]);
  });
});
