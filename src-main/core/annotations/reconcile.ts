// After an import: the user's work follows the articles. Highlights of changed articles
// are re-anchored, the work on an article whose file moved and changed, or on a story an
// agency sent a newer version of, goes to the article it became, and tags the source
// files give are added. One write for all of it.
import { tagKey } from '../../contract/userdata';
import type { BodyStore } from '../store/bodies';
import type { CatalogueStore } from '../store/catalogue';
import type { ArticleLink, ArticleUserRecord, Change, UserData, UserDataStore } from '../store/userdata';
import { applyTags, emptyRecord } from '../tags/tag-ops';
import { reanchorRecord, type ArticleText } from './annotation-ops';
import { linkOf, loadArticleText } from './article-text';
import { findMoves, type Move } from './find-moves';
import { findVersionMoves } from './version-moves';

export interface ReconcileInput {
  userData: UserDataStore;
  catalogue: CatalogueStore;
  bodies: BodyStore;
  /** Article ids the catalogue held before the import. */
  existedBefore: ReadonlySet<string>;
  /** Tags each imported article's source file gives. */
  sourceTags: ReadonlyMap<string, readonly string[]>;
}

export interface ReconcileReport {
  moved: Move[];
  /** Articles whose highlights were placed again in a changed text. */
  reanchored: number;
  /** Highlights that could not be placed and now show as orphaned. */
  orphaned: number;
  taggedFromSource: number;
}

export async function reconcileUserData(input: ReconcileInput): Promise<ReconcileReport> {
  const { userData, catalogue, bodies } = input;
  // A story's versions are known by the agency's guid, which beats matching by text.
  const versions = findVersionMoves(input);
  const moved = [...versions, ...(await findMoves({ ...input, settled: new Set(versions.map((m) => m.from)) }))];
  const target = new Map(moved.map((m) => [m.from, m.to]));
  // Moved work points at its new article, so a later move starts from there, not from the old one's text.
  const links = new Map(moved.map((m) => [m.to, linkOf(catalogue.article(m.to)!)]));
  const texts = new Map<string, ArticleText>();
  for (const [id, record] of Object.entries(userData.data.articles)) {
    const at = target.get(id) ?? id;
    const meta = catalogue.article(at);
    if (record.annotations.length === 0 || !meta || meta.contentHash === record.anchoredTo) continue;
    const text = await loadArticleText(catalogue, bodies, at);
    if (text) texts.set(at, text);
  }
  if (moved.length === 0 && texts.size === 0 && input.sourceTags.size === 0)
    return { moved, reanchored: 0, orphaned: 0, taggedFromSource: 0 };
  return userData.commit((data) =>
    reconcileChange(data, { moved, links, texts, sourceTags: input.sourceTags }, new Date().toISOString()),
  );
}

interface Plan {
  moved: Move[];
  links: ReadonlyMap<string, ArticleLink>;
  texts: ReadonlyMap<string, ArticleText>;
  sourceTags: ReadonlyMap<string, readonly string[]>;
}

/** Pure: applied to whatever state is committed when the write runs, so edits made during the import stay. */
function reconcileChange(start: Readonly<UserData>, plan: Plan, now: string): Change<ReconcileReport> {
  const patch: Record<string, ArticleUserRecord | null> = {};
  const current = (id: string): ArticleUserRecord | undefined =>
    id in patch ? (patch[id] ?? undefined) : start.articles[id];
  for (const { from, to } of plan.moved) {
    const record = current(from);
    if (!record) continue;
    patch[to] = { ...mergeRecords(current(to), record), link: plan.links.get(to) ?? record.link };
    patch[from] = null;
  }
  let reanchored = 0;
  let orphaned = 0;
  for (const [id, text] of plan.texts) {
    const record = current(id);
    if (!record || record.anchoredTo === text.contentHash) continue;
    const next = reanchorRecord(record, text, now);
    patch[id] = next;
    reanchored++;
    orphaned += next.annotations.filter(
      (a, i) => a.placement === 'orphaned' && record.annotations[i]?.placement !== 'orphaned',
    ).length;
  }
  let tags = start.tags;
  let taggedFromSource = 0;
  for (const [id, names] of plan.sourceTags) {
    const record = current(id);
    const applied = new Set((record?.sourceTags ?? []).map(tagKey));
    const fresh = names.filter((t) => !applied.has(tagKey(t)));
    if (fresh.length === 0) continue;
    // applyTags reads only the records it is asked to tag: give it this one, as patched so far.
    const view = { ...start, tags, articles: record ? { [id]: record } : {} };
    const tagged = applyTags(view, { ids: [id], add: fresh, remove: [], now, linkOf: () => null });
    tags = tagged.tags ?? tags;
    patch[id] = { ...(tagged.articles?.[id] ?? record ?? emptyRecord(null, now)), sourceTags: [...names] };
    taggedFromSource++;
  }
  return {
    articles: patch,
    ...(tags !== start.tags && { tags }),
    result: { moved: plan.moved, reanchored, orphaned, taggedFromSource },
  };
}

/** Two records of one article (its work found again after a move, onto one already annotated): nothing is dropped. */
function mergeRecords(into: ArticleUserRecord | undefined, from: ArticleUserRecord): ArticleUserRecord {
  if (!into) return from;
  const keys = new Set(into.tags.map(tagKey));
  return {
    ...into,
    tags: [...into.tags, ...from.tags.filter((t) => !keys.has(tagKey(t)))],
    note: [into.note, from.note].filter(Boolean).join('\n\n'),
    annotations: [...into.annotations, ...from.annotations],
    // The moved annotations were anchored in the old text; a null stamp re-anchors all of them.
    anchoredTo: from.annotations.length > 0 ? null : into.anchoredTo,
    sourceTags: [...new Set([...into.sourceTags, ...from.sourceTags])],
  };
}
