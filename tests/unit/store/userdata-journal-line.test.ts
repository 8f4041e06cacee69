// A user-data patch with many records goes into the journal as columns (userdata-journal-line.ts),
// for tagging 1,000 articles at 100k within budget (issue 20). Journals written one object per
// record must still replay.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COLUMNS_FROM, fromLine, toLine } from '../../../src-main/core/store/userdata-journal-line';
import { UserDataStore, type ArticleUserRecord, type UserData } from '../../../src-main/core/store/userdata';
import type { UserDataPatch } from '../../../src-main/core/store/userdata-records';
import { applyTags, emptyRecord } from '../../../src-main/core/tags/tag-ops';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-journal-line-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const NOW = '2026-12-07T12:00:00.000Z';
const ids = (n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => `id-${from + i}`);
const linkOf = (id: string) => ({ path: `/wires/${id}.txt`, title: id, contentHash: 'h' });
const tag = (tagged: string[], add: string[]) => (data: Readonly<UserData>) =>
  applyTags(data, { ids: tagged, add, remove: [], now: NOW, linkOf });
const record = (id: string, tags: string[]): ArticleUserRecord => ({ ...emptyRecord(linkOf(id), NOW), tags });
const journalLines = async (): Promise<Record<string, unknown>[]> =>
  (await readFile(join(dir, 'userdata.journal'), 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('a user-data journal line', () => {
  it('holds a patch of a few records as it is', () => {
    const patch: UserDataPatch = { articles: { a: record('a', ['syria']), b: null } };
    expect(toLine(patch)).toBe(patch);
  });

  it('holds many records as columns, shared values once, and gives the same patch back', () => {
    const articles: Record<string, ArticleUserRecord | null> = Object.fromEntries(
      ids(COLUMNS_FROM + 10).map((id, i) => [id, record(id, i % 2 ? ['syria'] : ['syria', 'un'])]),
    );
    articles['gone'] = null;
    const patch: UserDataPatch = { articles, tags: { syria: { name: 'Syria', color: 'red', createdAt: NOW } } };
    const line = JSON.parse(JSON.stringify(toLine(patch))) as ReturnType<typeof toLine>;
    expect(line.columns?.same).toEqual({ note: '', annotations: [], anchoredTo: null, sourceTags: [], updatedAt: NOW });
    expect(Object.keys(line.columns?.each ?? {}).sort()).toEqual(['link', 'tags']);
    expect(line.articles).toEqual({ gone: null });
    expect(JSON.stringify(line).length).toBeLessThan(JSON.stringify(patch).length * 0.7);
    expect(fromLine(line)).toEqual(patch);
  });

  it('gives every record of a line its own copy of a shared value', () => {
    const patch: UserDataPatch = {
      articles: Object.fromEntries(ids(COLUMNS_FROM).map((id) => [id, record(id, ['a'])])),
    };
    const back = fromLine(JSON.parse(JSON.stringify(toLine(patch))) as ReturnType<typeof toLine>);
    back.articles!['id-0']!.tags.push('b');
    expect(back.articles!['id-1']!.tags).toEqual(['a']);
  });

  it('writes records whose fields differ (an older record lacking one) one object each', () => {
    const articles = Object.fromEntries(ids(COLUMNS_FROM).map((id) => [id, record(id, ['a'])]));
    delete (articles['id-3'] as Partial<ArticleUserRecord>).sourceTags;
    const patch: UserDataPatch = { articles };
    expect(toLine(patch)).toBe(patch);
  });
});

describe('the user-data journal on disk', () => {
  it('replays a journal of the old shape, one object per record, with column lines after it', async () => {
    const old = ids(COLUMNS_FROM + 5).map((id) => [id, record(id, ['old'])]);
    await writeFile(
      join(dir, 'userdata.journal'),
      `${JSON.stringify({ seq: 1, articles: Object.fromEntries(old) })}\n`,
    );
    const store = await UserDataStore.open(dir, []);
    expect(Object.keys(store.data.articles)).toHaveLength(COLUMNS_FROM + 5);
    await store.commit(tag(ids(100, 1000), ['bulk']));
    await store.commit(tag(['id-0'], ['one']));
    const lines = await journalLines();
    expect(lines.map((l) => 'columns' in l)).toEqual([true, false]);
    const expected = structuredClone(store.data);
    await store.close();
    const reopened = await UserDataStore.open(dir, []);
    expect(reopened.data.articles).toEqual(expected.articles);
    expect(reopened.data.articles['id-1050']?.tags).toEqual(['bulk']);
    expect(reopened.data.articles['id-0']?.tags).toEqual(['old', 'one']);
  });
});
