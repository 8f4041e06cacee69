// Numbering of query hits across an article, so the reader can step through them in
// reading order: title, then each paragraph, then each related teaser's title and excerpt.
import type { ArticleHighlights, Range } from '../../../src-main/contract/search';

export interface HitLayout {
  /** Index of the first hit of each piece of text; pieces without hits still get one. */
  title: number;
  paragraphs: number[];
  related: { title: number; excerpt: number }[];
  total: number;
}

export function layoutHits(highlights: ArticleHighlights | null, paragraphs: number, related: number): HitLayout {
  let next = 0;
  const take = (ranges: Range[] | undefined): number => {
    const first = next;
    next += ranges?.length ?? 0;
    return first;
  };
  const title = take(highlights?.title);
  const paragraphFirsts = Array.from({ length: paragraphs }, (_, i) => take(highlights?.paragraphs[i]));
  const relatedFirsts = Array.from({ length: related }, (_, i) => {
    const item = highlights?.related[i];
    return { title: take(item?.title), excerpt: take(item?.excerpt) };
  });
  return { title, paragraphs: paragraphFirsts, related: relatedFirsts, total: next };
}

/** The hit `delta` steps from `current`, wrapping round at either end as a browser's find does. */
export function stepHit(current: number, total: number, delta: number): number {
  if (total <= 0) return -1;
  return (((current + delta) % total) + total) % total;
}
