// Versions of one agency story through the real service and router: the list shows the
// newest, the reader lists them all, archive:diff compares two, and the user's work
// follows the story to the version an import brings.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, ImportSummary } from '../../../src-main/contract/archive';
import type { Channel, ChannelArgs, ChannelResult } from '../../../src-main/contract/ipc';
import { bodyText } from '../../../src-main/contract/userdata';
import { routeCall } from '../../../src-main/core/ipc-router';
import { ArchiveService } from '../../../src-main/core/service';
import { QUAKE_V1, QUAKE_V2, g2Item, type G2Version } from './g2-items';

let root: string;
let folder: string;
let service: ArchiveService;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'da-versions-'));
  folder = join(root, 'wires');
  await mkdir(folder);
  service = await ArchiveService.open({ dataDir: join(root, 'data') });
});
afterEach(async () => {
  await service.close();
  await rm(root, { recursive: true, force: true });
});

async function call<C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>> {
  const reply = await routeCall(service.handlers, channel, args);
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value as ChannelResult<C>;
}

/** Writes one version as its own file of the folder and imports the folder, as an agency feed landing. */
async function receive(v: G2Version, name = `quake-v${v.version}.xml`): Promise<ImportSummary> {
  await writeFile(join(folder, name), g2Item(v));
  return service.importFolder(folder);
}

async function listed() {
  return (await call('archive:list', { offset: 0, limit: 50, sort: 'date-desc' })).items;
}

async function article(id: string): Promise<Article> {
  return (await call('archive:get', { id }))!;
}

async function highlight(a: Article, words: string): Promise<void> {
  const start = bodyText(a.paragraphs).indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  await call('annotations:create', { articleId: a.id, start, end: start + words.length, color: 'yellow', note: '' });
}

const quotes = (a: Article): string[] =>
  a.userData.annotations.map((h) =>
    h.placement === 'orphaned'
      ? `orphaned: ${h.anchor.quote}`
      : bodyText(a.paragraphs).slice(h.anchor.start, h.anchor.end),
  );

describe('versions of a story through the service', () => {
  it('moves tags, note and highlights to the version an import brings, and hides the older one from the list', async () => {
    await receive(QUAKE_V1);
    const [first] = await listed();
    const v1 = await article(first!.id);
    await call('tags:apply', { ids: [v1.id], add: ['quake'], remove: [] });
    await call('note:set', { articleId: v1.id, note: 'Check casualty figures.' });
    await highlight(v1, 'magnitude 5.8');
    await highlight(v1, 'no immediate reports of casualties');

    const summary = await receive(QUAKE_V2);
    expect(summary.userWork).toMatchObject({ moved: 1, orphaned: 1 });
    const rows = await listed();
    expect(rows).toHaveLength(1);
    const v2 = await article(rows[0]!.id);
    expect(v2.id).not.toBe(v1.id);
    expect(rows[0]).toMatchObject({
      versionCount: 2,
      status: 'usable',
      tags: ['quake'],
      annotationCount: 2,
      hasNote: true,
    });
    expect(v2.userData.tags).toEqual(['quake']);
    expect(v2.userData.note).toBe('Check casualty figures.');
    // Placed again in the new text; what the new text lacks stays, as an orphan.
    expect(quotes(v2)).toEqual(['magnitude 5.8', 'orphaned: no immediate reports of casualties']);
    const old = await article(v1.id);
    expect(old.userData).toEqual({ tags: [], note: '', annotations: [] });
    expect(old.versions).toEqual(v2.versions);
    expect(v2.versions).toEqual([
      { id: v1.id, version: '1', at: QUAKE_V1.at, status: 'usable', title: QUAKE_V1.headline },
      { id: v2.id, version: '2', at: QUAKE_V2.at, status: 'usable', title: QUAKE_V2.headline },
    ]);
  });

  it('gives a story in one version just itself as its versions, with the agency’s fields', async () => {
    await receive(QUAKE_V1);
    const [row] = await listed();
    expect(row).toMatchObject({ versionCount: 1, status: 'usable' });
    const a = await article(row!.id);
    expect(a.versions).toEqual([
      { id: a.id, version: '1', at: QUAKE_V1.at, status: 'usable', title: QUAKE_V1.headline },
    ]);
    expect(a).toMatchObject({ guid: 'urn:newsml:example.com:20240301:quake', version: '1', status: 'usable' });
  });

  it('merges the work on two older versions into the newest rather than one overwriting the other', async () => {
    await receive(QUAKE_V1);
    const v1 = (await listed())[0]!.id;
    await call('tags:apply', { ids: [v1], add: ['quake'], remove: [] });
    await call('note:set', { articleId: v1, note: 'First report.' });
    await receive(QUAKE_V2);
    const v2 = (await listed())[0]!.id;
    // Work put on the older version on purpose, with the newer one there, stays on it...
    await call('tags:apply', { ids: [v1], add: ['first-take'], remove: [] });
    await call('note:set', { articleId: v1, note: 'Magnitude was revised later.' });
    expect((await article(v1)).userData.tags).toEqual(['first-take']);

    // ...until a newer version arrives: then all of it goes there, nothing dropped.
    const summary = await receive({
      ...QUAKE_V2,
      version: 3,
      at: '2024-03-01T12:00:00Z',
      headline: 'Quake toll rises',
    });
    expect(summary.userWork?.moved).toBe(2);
    const [row] = await listed();
    expect(row!.id).not.toBe(v2);
    const v3 = await article(row!.id);
    expect([...v3.userData.tags].sort()).toEqual(['first-take', 'quake']);
    expect(v3.userData.note).toContain('First report.');
    expect(v3.userData.note).toContain('Magnitude was revised later.');
    expect(v3.versions.map((v) => v.version)).toEqual(['1', '2', '3']);
  });

  it('keeps the work where it is when an import brings an older version of the story', async () => {
    await receive(QUAKE_V2);
    const v2 = (await listed())[0]!.id;
    await call('tags:apply', { ids: [v2], add: ['quake'], remove: [] });
    const summary = await receive(QUAKE_V1);
    expect(summary.userWork?.moved).toBe(0);
    const rows = await listed();
    expect(rows.map((r) => r.id)).toEqual([v2]);
    expect(rows[0]!.tags).toEqual(['quake']);
  });

  it('keeps a new version with the very same text as a version of its own, not as a duplicate file', async () => {
    await receive(QUAKE_V1);
    const summary = await receive({ ...QUAKE_V1, version: 2, at: '2024-03-01T09:00:00Z', pubStatus: 'canceled' });
    expect(summary.duplicates).toBe(0);
    const [row] = await listed();
    expect(row).toMatchObject({ versionCount: 2, status: 'canceled' });
  });

  it('diffs two versions word by word, headline first, and answers null for an unknown id', async () => {
    await receive(QUAKE_V1);
    const v1 = (await listed())[0]!.id;
    await receive(QUAKE_V2);
    const v2 = (await listed())[0]!.id;
    const parts = (await call('archive:diff', { id: v1, against: v2 }))!;
    expect(parts[0]).toEqual({ kind: 'same', text: 'Earthquake ' });
    const added = parts.filter((p) => p.kind === 'added').map((p) => p.text);
    const removed = parts.filter((p) => p.kind === 'removed').map((p) => p.text);
    expect(added.join('|')).toContain('Three people were killed when a house collapsed, the mayor said.');
    expect(removed.join('|')).toContain('There were no immediate reports of casualties');
    expect(
      parts
        .filter((p) => p.kind === 'same')
        .map((p) => p.text)
        .join(''),
    ).toContain('An earthquake of magnitude 5.8 struck the coastal town early on Friday, officials said.');
    expect(await call('archive:diff', { id: v1, against: '0123456789abcdef' })).toBeNull();
    expect(await call('archive:diff', { id: '0123456789abcdef', against: v2 })).toBeNull();
  });
});
