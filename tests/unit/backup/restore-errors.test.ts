// Restoring what is not a good backup: refused whole with a reason when it is not one at
// all, record by record when only some of it is bad; and highlights placed again when the
// archive holds a changed text of a backed-up article.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_FILE_FORMAT } from '../../../src-main/contract/export';
import type { ChannelResult } from '../../../src-main/contract/ipc';
import { describeAnchor } from '../../../src-main/core/annotations/anchor';
import { buildJsonExport } from '../../../src-main/core/export/json';
import { routeCall } from '../../../src-main/core/ipc-router';
import { ArchiveService } from '../../../src-main/core/service';
import { highlight, idOf, writeWires } from '../../fixtures/export/backup-archive';
import { dossierDoc, highlightOf, makeArticle } from '../../fixtures/export/articles';

let root: string;
let service: ArchiveService;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'da-restore-errors-'));
  service = await ArchiveService.open({ dataDir: join(root, 'data') });
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function restore(
  content: string,
): Promise<
  { ok: true; value: ChannelResult<'backup:restore'> } | { ok: false; error: { code: string; message: string } }
> {
  const path = join(root, 'backup.json');
  await writeFile(path, content);
  return routeCall(service.handlers, 'backup:restore', { path }) as never;
}

const paragraphs = ['The convoy reached Aleppo.'];
const articles = ['0000000000000001', '0000000000000002', '0000000000000003'].map((id) =>
  makeArticle({
    id,
    title: `Convoy ${id}`,
    paragraphs,
    userData: {
      tags: ['syria'],
      note: '',
      annotations: [highlightOf(paragraphs, 'convoy', { id: `00000000-0000-4000-8000-${id.slice(4)}` })],
    },
  }),
);
const good = (): { articles: Record<string, unknown>[] } & Record<string, unknown> =>
  JSON.parse(
    buildJsonExport(dossierDoc(articles), [{ name: 'syria', color: 'red', own: 3, count: 3, implicit: false }]),
  );

describe('backup:restore refuses a file that is not a backup', () => {
  it('names a file that is not JSON, and changes nothing', async () => {
    const reply = await restore('{"format": "dispatch-archive-export", ');
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'import-failed', message: expect.stringMatching(/backup\.json is not a backup: it is not JSON/u) },
    });
    expect((await service.stats()).articles).toBe(0);
  });

  it('names JSON that is not a Dispatch Archive export', async () => {
    const reply = await restore(JSON.stringify({ title: 'Some other app', articles: [] }));
    expect(reply).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(
          /is not a Dispatch Archive export: it has no "format": "dispatch-archive-export"/u,
        ),
      },
    });
  });

  it('names a backup from a newer version of the app', async () => {
    const reply = await restore(JSON.stringify({ ...good(), version: 2 }));
    expect(reply).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(
          /newer version of Dispatch Archive \(backup format 2; this version reads up to 1\)/u,
        ),
      },
    });
  });

  it('names a damaged frame', async () => {
    const reply = await restore(
      JSON.stringify({
        format: EXPORT_FILE_FORMAT,
        version: 1,
        exportedAt: 'x',
        title: 't',
        filter: null,
        articles: 'none',
      }),
    );
    expect(reply).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/damaged Dispatch Archive export: articles: /u) },
    });
  });
});

describe('backup:restore with some bad records', () => {
  it('refuses a broken article with its reason and restores the others', async () => {
    const file = good();
    file.articles[1] = { ...file.articles[1], paragraphs: 42 };
    const reply = await restore(JSON.stringify(file));
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value).toMatchObject({ articles: 3, added: 2, annotations: 2, tagged: 2 });
    expect(reply.value.rejected).toEqual([
      {
        path: '/wires/0000000000000002.txt',
        code: 'invalid-record',
        reason: expect.stringMatching(/^article 2 of the backup: paragraphs: /u),
      },
    ]);
    expect((await service.stats()).articles).toBe(2);
  });

  it('refuses an article whose annotation has no quote', async () => {
    const file = good();
    const [first] = file.articles as { annotations: { anchor: { quote: string } }[] }[];
    first!.annotations[0]!.anchor.quote = '';
    const reply = await restore(JSON.stringify(file));
    expect(reply.ok && reply.value.rejected.map((r) => r.reason)).toEqual([
      expect.stringMatching(/^article 1 of the backup: annotations\.0\.anchor\.quote: /u),
    ]);
  });

  it('refuses a tag with a colour it does not know, and restores the tag without it', async () => {
    const reply = await restore(JSON.stringify({ ...good(), tags: [{ name: 'syria', color: 'chartreuse' }] }));
    expect(reply.ok && reply.value.rejected.map((r) => r.code)).toEqual(['invalid-tag']);
    expect((await service.handlers['tags:list']({})).map((t) => t.name)).toEqual(['syria']);
  });

  it('places a highlight found out of place in the text where its quote is', async () => {
    const long = [
      'DAMASCUS (Reuters) - An aid convoy reached the city on Tuesday, officials said, after weeks of waiting at the checkpoints.',
    ];
    const start = long[0]!.indexOf('reached the city');
    const annotation = {
      ...highlightOf(long, 'reached the city', { id: '00000000-0000-4000-8000-0000000000aa' }),
      anchor: { ...describeAnchor(long[0]!, start, start + 16), start: 3, end: 19 },
    };
    const article = makeArticle({
      id: '00000000000000aa',
      paragraphs: long,
      userData: { tags: [], note: '', annotations: [annotation] },
    });
    expect(await restore(buildJsonExport(dossierDoc([article]), []))).toMatchObject({
      ok: true,
      value: { added: 1, annotations: 1, rejected: [] },
    });
    const [placed] = (await service.article(article.id))!.userData.annotations;
    expect(placed).toMatchObject({ placement: 'quote', anchor: { start, end: start + 16, quote: 'reached the city' } });
  });
});

describe('backup:restore onto an article whose text changed', () => {
  it("places the backup's highlights in the archive's text by their quote", async () => {
    const wires = join(root, 'wires');
    await writeWires(wires);
    const source = await ArchiveService.open({ dataDir: join(root, 'source') });
    await source.importFolder(wires);
    const id = await idOf(source, 'convoy');
    await highlight(source, id, 'The United Nations welcomed the news', 'UN quote');
    const backup = join(root, 'backup.json');
    await writeFile(
      backup,
      buildJsonExport(dossierDoc([(await source.article(id))!]), await source.handlers['tags:list']({})),
    );
    await writeWires(wires, {
      'en.txt':
        'Aleppo convoy reaches city\n\nA new first paragraph was added by the editor.\n\nDAMASCUS (Reuters) - An aid convoy reached the city on Tuesday, officials said.\n\nThe United Nations welcomed the news and asked for more access.\n',
    });
    await service.importFolder(wires);
    await service.handlers['backup:restore']({ path: backup });
    const article = (await service.article(id))!;
    const [annotation] = article.userData.annotations;
    expect(annotation!.placement).not.toBe('orphaned');
    expect(article.paragraphs.join('\n\n').slice(annotation!.anchor.start, annotation!.anchor.end)).toBe(
      'The United Nations welcomed the news',
    );
  });
});
