// The catalogue as the list shows it: pages of summaries in one of the list orders. Each
// order of 100,000 articles takes tens of milliseconds to build (list-order.ts), so it is
// kept until an article is put or removed. A story's older versions are left out: the
// list shows each story once, as its newest version (story-versions.ts).
import type { ArticleSummary, ListPage, ListSort } from '../../contract/archive';
import type { StoredArticle } from './catalogue-records';
import { listOrder } from './list-order';
import type { StoryGroups } from './story-versions';
import { NO_THREADS, type StoryThreads } from './story-threads';

/** The user's part of a list row; the catalogue has none of it, so the service adds it. */
export type UserSummary = Pick<ArticleSummary, 'tags' | 'annotationCount' | 'hasNote'>;
export const NO_USER_SUMMARY: UserSummary = { tags: [], annotationCount: 0, hasNote: false };

/** What a row reads of the story groups; without them every article counts as its story's only version. */
export type VersionCounts = Pick<StoryGroups, 'count'>;
const ALONE: VersionCounts = { count: () => 1 };

export function summarise(
  a: StoredArticle,
  user: UserSummary = NO_USER_SUMMARY,
  stories: VersionCounts = ALONE,
  threads: Pick<StoryThreads, 'summaryOf'> = NO_THREADS,
): ArticleSummary {
  const thread = threads.summaryOf(a.id);
  return {
    id: a.id,
    title: a.title,
    date: a.date,
    place: a.place,
    agency: a.agency,
    language: a.language,
    snippet: a.snippet,
    missing: a.missing,
    sourceCount: a.sources.length,
    versionCount: stories.count(a.id),
    status: a.status ?? 'usable',
    ...(thread && { thread }),
    ...user,
  };
}

/** The list orders built so far, each kept until clear(). */
export class ListOrders {
  #sorted = new Map<ListSort, string[]>();

  /** Called whenever an article is put or removed. */
  clear(): void {
    this.#sorted.clear();
  }

  /**
   * Every listed article id (superseded versions left out) in list order. Search orders
   * its hits the same way (list-order.ts), so both lists agree. The catalogue clears the
   * orders whenever its story groups change, so an order never outlives the groups it read.
   */
  order(articles: Readonly<Record<string, StoredArticle>>, sort: ListSort, stories: StoryGroups): readonly string[] {
    let order = this.#sorted.get(sort);
    if (!order) {
      const listed = Object.values(articles).filter((a) => !stories.superseded(a.id));
      order = Array.from(listOrder(listed, sort), (i) => listed[i]!.id);
      this.#sorted.set(sort, order);
    }
    return order;
  }

  page(
    articles: Readonly<Record<string, StoredArticle>>,
    stories: StoryGroups,
    request: { offset: number; limit: number; sort: ListSort },
    threads: Pick<StoryThreads, 'summaryOf'> = NO_THREADS,
  ): ListPage {
    const { offset, limit, sort } = request;
    const order = this.order(articles, sort, stories);
    const items = order
      .slice(offset, offset + limit)
      .map((id) => summarise(articles[id]!, NO_USER_SUMMARY, stories, threads));
    return { total: order.length, offset, items };
  }
}
