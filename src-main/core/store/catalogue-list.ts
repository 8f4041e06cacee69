// The catalogue as the list shows it: pages of summaries in one of the list orders. Each
// order of 100,000 articles takes tens of milliseconds to build (list-order.ts), so it is
// kept until an article is put or removed.
import type { ArticleSummary, ListPage, ListSort } from '../../contract/archive';
import type { StoredArticle } from './catalogue-records';
import { listOrder } from './list-order';

/** The user's part of a list row; the catalogue has none of it, so the service adds it. */
export type UserSummary = Pick<ArticleSummary, 'tags' | 'annotationCount' | 'hasNote'>;
export const NO_USER_SUMMARY: UserSummary = { tags: [], annotationCount: 0, hasNote: false };

export function summarise(a: StoredArticle, user: UserSummary = NO_USER_SUMMARY): ArticleSummary {
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
   * Every article id in list order. Search orders its hits the same way (list-order.ts),
   * so both lists agree.
   */
  order(articles: Readonly<Record<string, StoredArticle>>, sort: ListSort): readonly string[] {
    let order = this.#sorted.get(sort);
    if (!order) {
      const all = Object.values(articles);
      order = Array.from(listOrder(all, sort), (i) => all[i]!.id);
      this.#sorted.set(sort, order);
    }
    return order;
  }

  page(articles: Readonly<Record<string, StoredArticle>>, offset: number, limit: number, sort: ListSort): ListPage {
    const order = this.order(articles, sort);
    const items = order.slice(offset, offset + limit).map((id) => summarise(articles[id]!));
    return { total: order.length, offset, items };
  }
}
