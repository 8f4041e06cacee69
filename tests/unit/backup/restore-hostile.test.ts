// Restoring a backup built to hurt (audit finding 7): whatever its highlights, contexts
// and tags, the restore finishes, refuses what the app itself would never have written
// with a reason, and restores the rest.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelResult } from '../../../src-main/contract/ipc';
import type { Annotation } from '../../../src-main/contract/userdata';
import {
  MAX_BACKUP_ANNOTATIONS,
  MAX_BACKUP_ARTICLE_TAGS,
  MAX_BACKUP_TAGS,
} from '../../../src-main/core/backup/backup-schema';
import { buildJsonExport } from '../../../src-main/core/export/json';
import { routeCall } from '../../../src-main/core/ipc-router';
import { ArchiveService } from '../../../src-main/core/service';
import { dossierDoc, highlightOf, makeArticle } from '../../fixtures/export/articles';

let root: string;
let service: ArchiveService;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'da-restore-hostile-'));
  service = await ArchiveService.open({ dataDir: join(root, 'data') });
});
afterEach(() => rm(root, { recursive: true, force: true }));

type Reply =
  { ok: true; value: ChannelResult<'backup:restore'> } | { ok: false; error: { code: string; message: string } };

async function restore(content: string): Promise<ChannelResult<'backup:restore'>> {
  const path = join(root, 'backup.json');
  await writeFile(path, content);
  const reply = (await routeCall(service.handlers, 'backup:restore', { path })) as Reply;
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

const paragraphs = ['The convoy reached Aleppo.'];
const idOf = (n: number): string => n.toString(16).padStart(16, '0');
const annotationId = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** A highlight of `words` in `paragraphs` as the app writes one, then `over` on its anchor. */
function highlight(
  n: number,
  over: Partial<Annotation['anchor']> = {},
  text = paragraphs,
  words = 'convoy',
): Annotation {
  const a = highlightOf(text, words, { id: annotationId(n) });
  return { ...a, anchor: { ...a.anchor, ...over } };
}

const good = makeArticle({
  id: idOf(1),
  title: 'A good article',
  paragraphs,
  userData: { tags: ['syria'], note: '', annotations: [highlight(1)] },
});

describe('backup:restore of a backup built to hang it', () => {
  // Before the fix this restore ran for over ten minutes; now about a second. The timeout
  // only leaves room for a busy machine.
  it('finishes placing long highlights in a text that repeats one letter', { timeout: 30_000 }, async () => {
    const run = ['a'.repeat(20_000)];
    // Quotes found nowhere exactly, with as much context as a backup may carry: the old search tried every start in the run.
    const quote = `${'a'.repeat(3_999)}b`;
    const annotations = [1, 2, 3].map((n) => ({
      ...highlight(n, {}, run, 'a'),
      anchor: { start: 100 * n, end: 100 * n + quote.length, quote, prefix: 'a'.repeat(200), suffix: 'a'.repeat(200) },
    }));
    const article = makeArticle({
      id: idOf(2),
      title: 'A run of one letter',
      paragraphs: run,
      userData: { tags: [], note: '', annotations },
    });
    expect(await restore(buildJsonExport(dossierDoc([article, good]), []))).toMatchObject({
      added: 2,
      annotations: 4,
      rejected: [],
    });
    const placed = (await service.article(article.id))!.userData.annotations;
    expect(placed.map((a) => a.placement)).toEqual(['fuzzy', 'fuzzy', 'fuzzy']);
  });

  it('refuses an article whose highlight carries more context than the app writes, and restores the rest', async () => {
    const article = makeArticle({
      id: idOf(2),
      paragraphs,
      userData: { tags: [], note: '', annotations: [highlight(2, { prefix: 'x'.repeat(201) })] },
    });
    const summary = await restore(buildJsonExport(dossierDoc([article, good]), []));
    expect(summary).toMatchObject({ added: 1, annotations: 1 });
    expect(summary.rejected).toEqual([
      {
        path: article.source.path,
        code: 'invalid-record',
        reason: expect.stringMatching(/^article 1 of the backup: annotations\.0\.anchor\.prefix: /u),
      },
    ]);
  });

  it('refuses an article with more highlights than a backup may hold per article, and restores the rest', async () => {
    const annotations = Array.from({ length: MAX_BACKUP_ANNOTATIONS + 1 }, (_, n) => highlight(n + 10));
    const article = makeArticle({ id: idOf(2), paragraphs, userData: { tags: [], note: '', annotations } });
    const summary = await restore(buildJsonExport(dossierDoc([article, good]), []));
    expect(summary).toMatchObject({ added: 1, annotations: 1 });
    expect(summary.rejected.map((r) => r.reason)).toEqual([
      expect.stringMatching(
        new RegExp(`^article 1 of the backup: annotations: .*${MAX_BACKUP_ANNOTATIONS.toLocaleString('en')}`, 'u'),
      ),
    ]);
  });

  it('refuses an article with more tags than a backup may hold per article, and restores the rest', async () => {
    const tags = Array.from({ length: MAX_BACKUP_ARTICLE_TAGS + 1 }, (_, n) => `tag-${n}`);
    const article = makeArticle({ id: idOf(2), paragraphs, userData: { tags, note: '', annotations: [] } });
    const summary = await restore(buildJsonExport(dossierDoc([article, good]), []));
    expect(summary).toMatchObject({ added: 1, tagged: 1 });
    expect(summary.rejected.map((r) => r.reason)).toEqual([expect.stringMatching(/^article 1 of the backup: tags: /u)]);
  });

  it('restores the tag colours a backup may hold and refuses the ones past them in one reason', async () => {
    const file = JSON.parse(
      buildJsonExport(dossierDoc([good]), [{ name: 'syria', color: 'red', own: 1, count: 1, implicit: false }]),
    ) as { tags: unknown[] };
    file.tags.push(...Array.from({ length: MAX_BACKUP_TAGS + 5 }, (_, n) => ({ name: `unused-${n}`, color: 'blue' })));
    const summary = await restore(JSON.stringify(file));
    expect(summary.rejected).toEqual([
      {
        path: expect.stringMatching(/backup\.json#tags\[50000\]$/u),
        code: 'invalid-tag',
        reason: expect.stringMatching(/^6 tags of the backup past the first 50,000/u),
      },
    ]);
    expect((await service.handlers['tags:list']({})).find((t) => t.name === 'syria')).toMatchObject({ color: 'red' });
  });
});

describe('backup:restore of tags named like the properties of an object', () => {
  it('restores a tag named __proto__ with its colour, alongside the other tags', async () => {
    const article = makeArticle({
      id: idOf(2),
      paragraphs,
      userData: { tags: ['__proto__', 'syria'], note: 'Mine', annotations: [highlight(2)] },
    });
    const tags = [
      { name: '__proto__', color: 'purple' as const, own: 1, count: 1, implicit: false },
      { name: 'syria', color: 'red' as const, own: 2, count: 2, implicit: false },
    ];
    expect(await restore(buildJsonExport(dossierDoc([article, good]), tags))).toMatchObject({
      added: 2,
      annotations: 2,
      notes: 1,
      tagged: 2,
      rejected: [],
    });
    expect((await service.article(article.id))!.userData.tags).toEqual(['__proto__', 'syria']);
    expect((await service.handlers['tags:list']({})).map((t) => [t.name, t.color, t.own])).toEqual([
      ['__proto__', 'purple', 1],
      ['syria', 'red', 2],
    ]);
  });
});
