// The list drawn over made-up rows, for the tests of what a row shows (list-badges, thread-badge).
import { render, screen } from '@testing-library/svelte';
import { expect } from 'vitest';
import ArticleList from '../../src-renderer/src/components/ArticleList.svelte';
import { ArchiveState } from '../../src-renderer/src/lib/archive.svelte';
import type { SearchHit } from '../../src-main/contract/search';
import { hit, serveArchive } from './search-fixtures';

/** Renders the list over these rows and returns their elements once all are drawn. */
export async function showRows(rows: SearchHit[]): Promise<HTMLElement[]> {
  serveArchive(rows.length, (n) => rows[n] ?? hit(n));
  const archive = new ArchiveState();
  archive.start();
  render(ArticleList, { archive });
  await expect.poll(() => screen.queryAllByTestId('article-row').length).toBe(rows.length);
  return screen.getAllByTestId('article-row');
}
