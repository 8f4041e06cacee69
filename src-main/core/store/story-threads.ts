// Story threads as the catalogue serves them (issue 19 §3): the ThreadIndex's groups of
// near-duplicate articles (threads/thread-index.ts), each named by its earliest report and
// counted in reports and agencies. The index is kept current article by article; these
// views of it are built again only when it changed, from the threads alone (a few
// thousand of 100,000 articles), never from the whole archive.
import type { ThreadReport, ThreadSummary } from '../../contract/archive';
import { decodeSignature } from '../threads/minhash';
import { ThreadIndex } from '../threads/thread-index';
import type { StoredArticle } from './catalogue-records';
import { instant, versionTime } from './story-versions';

export interface StoryThreads {
  summaryOf(id: string): ThreadSummary | undefined;
  /** Every report of the article's thread, earliest first; undefined when it is in none. */
  membersOf(id: string): readonly string[] | undefined;
  /** Members of the thread named `threadId`, earliest first; undefined for no such thread. */
  thread(threadId: string): readonly string[] | undefined;
}

export const NO_THREADS: StoryThreads = {
  summaryOf: () => undefined,
  membersOf: () => undefined,
  thread: () => undefined,
};

/** The index over every article with a signature: about 0.01 ms an article (bench/threads.ts). */
export function threadIndexOf(articles: Iterable<StoredArticle>): ThreadIndex {
  const index = new ThreadIndex();
  for (const a of articles) if (a.minhash) index.put(a.id, decodeSignature(a.minhash));
  return index;
}

/** Keeps the index in step with one article put: only a changed signature moves it. */
export function reindexArticle(index: ThreadIndex, article: StoredArticle, previous: StoredArticle | undefined): void {
  if (previous && previous.minhash === article.minhash) return;
  index.put(article.id, article.minhash ? decodeSignature(article.minhash) : null);
}

export function storyThreads(index: ThreadIndex, articles: Readonly<Record<string, StoredArticle>>): StoryThreads {
  const membersOf = new Map<string, readonly string[]>();
  const summaries = new Map<string, ThreadSummary>();
  for (const ids of index.threads()) {
    const members = ids.map((id) => articles[id]!);
    const order = byEarlierReport(members).map((a) => a.id);
    const agencies = new Set(members.flatMap((a) => (a.agency ? [a.agency.trim().toLowerCase()] : [])));
    const summary: ThreadSummary = { id: order[0]!, size: order.length, agencies: agencies.size };
    for (const id of order) {
      membersOf.set(id, order);
      summaries.set(id, summary);
    }
  }
  return {
    summaryOf: (id) => summaries.get(id),
    membersOf: (id) => membersOf.get(id),
    thread: (threadId) => (summaries.get(threadId)?.id === threadId ? membersOf.get(threadId) : undefined),
  };
}

/** The reports earliest first, each one's time read once: a thread of 100,000 sorted with earlierReport read 3.4 million. */
function byEarlierReport(members: StoredArticle[]): StoredArticle[] {
  const keyed = members.map((a) => ({ a, t: instant(versionTime(a)) ?? Infinity }));
  keyed.sort((x, y) =>
    x.t !== y.t ? (x.t < y.t ? -1 : 1) : x.a.addedAt.localeCompare(y.a.addedAt) || x.a.id.localeCompare(y.a.id),
  );
  return keyed.map((k) => k.a);
}

/**
 * The reports a reader lists of a thread of `ids` (earliest first) when it shows `id`: all
 * of a thread of up to `max`; of a larger one the earliest half and the reports around this
 * one, so the article view stays small when a template joins thousands.
 */
export function reportWindow(ids: readonly string[], id: string, max = MAX_LISTED_REPORTS): readonly string[] {
  if (ids.length <= max) return ids;
  const head = Math.ceil(max / 2);
  const at = ids.indexOf(id);
  const from = Math.max(head, Math.min(at - Math.floor((max - head) / 2), ids.length - (max - head)));
  return [...ids.slice(0, head), ...ids.slice(from, from + max - head)];
}

/** Reports the reader lists of one thread at most; its heading still counts them all. */
export const MAX_LISTED_REPORTS = 50;

/** Earlier first: by when each was made (as instants), then when it reached the archive, then id. */
export function earlierReport(a: StoredArticle, b: StoredArticle): number {
  const ta = instant(versionTime(a)) ?? Infinity;
  const tb = instant(versionTime(b)) ?? Infinity;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id);
}

export function threadReport(a: StoredArticle): ThreadReport {
  return { id: a.id, agency: a.agency, at: versionTime(a), title: a.title };
}
