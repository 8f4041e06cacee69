// The reader's tag editor against the app's own state (the archive and the tag
// registry, over a stub bridge): adding a tag fetches the open article again, and
// the editor must stay open through that so a second tag can follow.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import ArticleReader from '../../src-renderer/src/components/ArticleReader.svelte';
import { createAppState } from '../../src-renderer/src/lib/app-state';
import type { Article } from '../../src-main/contract/archive';
import type { TagInfo } from '../../src-main/contract/userdata';
import { stubBridge } from './bridge-stub';
import { archiveSummary, hit, searchPage } from './search-fixtures';

const FIRST = '000000000000000a';
const SECOND = '000000000000000b';

function article(id: string, tagNames: string[]): Article {
  const source = {
    path: `/archive/${id}.txt`,
    format: 'text' as const,
    encoding: 'utf-8',
    sha256: 'ab'.repeat(32),
    size: 10,
    mtime: '2016-07-15T10:00:00.000Z',
  };
  return {
    id,
    title: `Dispatch ${id}`,
    date: '2016-07-15',
    place: 'Damascus',
    agency: 'SANA',
    language: 'en',
    signature: '',
    paragraphs: ['Water station in Aleppo back in service.'],
    related: [],
    source,
    warnings: [],
    sources: [source],
    missing: false,
    subheadings: [],
    folder: '/archive',
    highlights: null,
    userData: { tags: tagNames, note: '', annotations: [] },
    versions: [{ id, version: null, at: null, status: 'usable', title: `Dispatch ${id}` }],
    thread: [],
  };
}

/** A bridge keeping each article's tags, as main would: `archive:get` answers with a fresh object every time. */
function serveTaggedArchive() {
  const carried = new Map<string, string[]>([
    [FIRST, []],
    [SECOND, []],
  ]);
  const list = (): TagInfo[] =>
    [...new Set([...carried.values()].flat())].map((name) => ({
      name,
      color: 'grey',
      own: 1,
      count: 1,
      implicit: false,
    }));
  return stubBridge({
    'archive:get': ({ id }) => article(id, carried.get(id) ?? []),
    'archive:search': () => searchPage([hit(10), hit(11)]),
    'archive:summary': () => archiveSummary(2),
    'tags:list': list,
    'tags:apply': ({ ids, add = [] }) => {
      for (const id of ids) carried.set(id, [...(carried.get(id) ?? []), ...add]);
      return { changed: ids.length };
    },
  });
}

/** The reader as the app mounts it: showing whatever article the archive holds now. */
function renderReader(): void {
  render(ArticleReader, {
    props: {
      get article() {
        return archive.article;
      },
      annotations,
      tagState: tags,
    },
  });
}

async function addTag(name: string): Promise<void> {
  const input = screen.getByTestId('tag-input');
  await fireEvent.input(input, { target: { value: name } });
  await fireEvent.keyDown(input, { key: 'Enter' });
  await expect.poll(() => archive.article?.userData.tags).toContain(name);
}

let { archive, annotations, tags } = createAppState();

describe("The reader's tag editor", () => {
  beforeEach(async () => {
    serveTaggedArchive();
    ({ archive, annotations, tags } = createAppState());
    await archive.open(FIRST);
    renderReader();
  });

  it('stays open after a tag is added, so a second one can follow', async () => {
    await fireEvent.click(screen.getByTestId('article-tags-add'));
    await addTag('syria');
    await addTag('water');
    expect([screen.queryByTestId('tag-editor') !== null, archive.article?.userData.tags]).toEqual([
      true,
      ['syria', 'water'],
    ]);
  });

  it('closes when another article opens', async () => {
    await fireEvent.click(screen.getByTestId('article-tags-add'));
    await archive.open(SECOND);
    await expect.poll(() => screen.queryByTestId('reader-title')?.textContent).toBe(`Dispatch ${SECOND}`);
    expect(screen.queryByTestId('tag-editor')).toBeNull();
  });
});
