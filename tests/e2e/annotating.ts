// Selecting words in the reader's story and highlighting them, for the annotation
// specs: by a real mouse drag, or by setting the document's selection as a keyboard
// user's caret would.
import type { Locator, Page } from '@playwright/test';
import { expect } from '../harness/fixtures';
import type { HighlightColor } from '../../src-main/contract/userdata';

/** The highlight marks drawn in the story. */
export function marksOf(page: Page): Locator {
  return page.getByTestId('reader-body').locator('mark.annotation');
}

interface Ends {
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/** Where the first and last characters of `words` are on screen, after scrolling them into view. */
function endsOf(page: Page, words: string): Promise<Ends | null> {
  return page.evaluate((words) => {
    const body = document.querySelector('[data-testid="reader-body"]');
    if (!body) return null;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(words);
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const rectOf = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      const first = rectOf(at);
      const last = rectOf(at + words.length - 1);
      return {
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    }
    return null;
  }, words);
}

/** Drags the mouse over `words` (left to right, so for a left-to-right text), as a reader would. */
export async function dragOver(page: Page, words: string): Promise<void> {
  const ends = await endsOf(page, words);
  if (!ends) throw new Error(`"${words}" is not in the story`);
  await page.mouse.move(ends.from.x, ends.from.y);
  await page.mouse.down();
  await page.mouse.move((ends.from.x + ends.to.x) / 2, (ends.from.y + ends.to.y) / 2, { steps: 4 });
  await page.mouse.move(ends.to.x, ends.to.y, { steps: 4 });
  await page.mouse.up();
}

/** Selects `words` in the story through the Selection API, as a keyboard selection ends up. */
export async function selectWords(page: Page, words: string): Promise<void> {
  const found = await page.evaluate((words) => {
    const body = document.querySelector('[data-testid="reader-body"]');
    const walker = body && document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
      const at = (node as Text).data.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return true;
    }
    return false;
  }, words);
  if (!found) throw new Error(`"${words}" is not in the story`);
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
}

/** Clicks a colour on the selection toolbar and waits until the highlight is drawn. */
export async function highlightIn(page: Page, color: HighlightColor): Promise<void> {
  const before = await marksOf(page).count();
  await page.getByTestId(`highlight-${color}`).click();
  await expect(page.getByTestId('selection-toolbar')).toHaveCount(0);
  await expect.poll(() => marksOf(page).count()).toBeGreaterThan(before);
}
