// Locators and small actions on the reading room, by the test ids of the UI contract
// (search box, article list, facet sidebar, reader), shared by the e2e specs.
import type { Locator, Page } from '@playwright/test';
import type { Archive } from '../harness/fixtures';
import { expect } from '../harness/fixtures';
import type { ArticleSummary } from '../../src-main/contract/archive';
import type { FacetName } from '../../src-main/contract/search';

export function rows(page: Page): Locator {
  return page.getByTestId('article-row');
}

export function rowTitled(page: Page, title: string | RegExp): Locator {
  return rows(page).filter({ has: page.getByTestId('row-title').filter({ hasText: title }) });
}

export function facetOption(page: Page, facet: FacetName, value: string): Locator {
  return page
    .getByTestId('facet-sidebar')
    .locator(`[data-testid="facet-option"][data-facet="${facet}"][data-value="${value}"]`);
}

/** The facet option, after expanding its section's "show more" list when the value is folded away. */
export async function revealFacetOption(page: Page, facet: FacetName, value: string): Promise<Locator> {
  const option = facetOption(page, facet, value);
  await expect(page.getByTestId(`facet-${facet}`)).toBeVisible();
  if ((await option.count()) === 0)
    await page.getByTestId(`facet-${facet}`).locator('button[aria-expanded="false"]').click();
  return option;
}

/** The number a facet option shows next to its value. */
export async function facetCount(option: Locator): Promise<number> {
  return numberIn(await option.getByTestId('facet-count').textContent());
}

/** The total the result count shows (digits only, so "1,234 articles" reads 1234). */
export async function resultTotal(page: Page): Promise<number> {
  return numberIn(await page.getByTestId('result-count').textContent());
}

function numberIn(text: string | null): number {
  const digits = (text ?? '').replace(/\D/g, '');
  if (!digits) throw new Error(`no number in ${JSON.stringify(text)}`);
  return Number(digits);
}

/** Opens the app and waits until the list has rows. */
export async function openReadingRoom(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(rows(page).first()).toBeVisible();
}

/** Resolves when main has answered a search for this query (whatever the filters). */
export function searchAnswered(page: Page, query: string, channel = 'archive:search'): Promise<unknown> {
  return page.waitForResponse((response) => {
    if (!response.url().endsWith(`/ipc/${encodeURIComponent(channel)}`)) return false;
    const args = JSON.parse(response.request().postData() ?? '{}') as { query?: string };
    return (args.query ?? '') === query;
  });
}

/** Types a query into the search box and waits for main to answer it. */
export async function search(page: Page, query: string): Promise<void> {
  const answered = searchAnswered(page, query);
  await page.getByTestId('search-input').fill(query);
  await answered;
}

/** Opens the article whose row shows this title. */
export async function openArticle(page: Page, title: string | RegExp): Promise<void> {
  await rowTitled(page, title).first().click();
  await expect(page.getByTestId('reader-title')).toHaveText(title);
}

/** Every article in the archive, read straight from the store: the truth the UI's counts must match. */
export async function allArticles(archive: Archive): Promise<ArticleSummary[]> {
  const items: ArticleSummary[] = [];
  for (;;) {
    const page = await archive.service.handlers['archive:list']({
      offset: items.length,
      limit: 500,
      sort: 'date-desc',
    });
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}
