// After an import: the user's work follows the articles. Highlights of changed articles
// are re-anchored, the work on an article whose file moved and changed goes to the
// article it became, and tags the source files give are added. One write for all of it.
import { tagKey } from '../../contract/userdata';
import type { BodyStore } from '../store/bodies';
import type { CatalogueStore } from '../store/catalogue';
import type { ArticleUserRecord, Change, UserData, UserDataStore } from '../store/userdata';
import { applyTags, emptyRecord } from '../tags/tag-ops';
import { reanchorRecord, type ArticleText } from './annotation-ops';
import { loadArticleText } from './article-text';
import { findMoves, type Move } from './find-moves';

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
  const moved = await findMoves(input);
  const target = new Map(moved.map((m) => [m.from, m.to]));
  const texts = new Map<string, ArticleText>();
  for (const [id, record] of Object.entries(userData.data.articles)) {
    const at = target.get(id) ?? id;
    const meta = catalogue.article(at);
    if (record.annotations.length === 0 || !meta || meta.contentHash === record.anchoredTo) continue;
    const text = await loadArticleText(catalogue, bodies, at);
    if (text) texts.set(at, text);
  }
  if (moved.length === 0 && texts.size === 0 && input.sourceTags.size === 0) return { moved, reanchored: 0, orphaned: 0, taggedFromSource: 0 };
  return userData.commit((data) => reconcileChange(data, { moved, texts, sourceTags: input.sourceTags }, new Date().toISOString()));
}

interface Plan {
  moved: Move[];
  texts: ReadonlyMap<string, ArticleText>;
  sourceTags: ReadonlyMap<string, readonly string[]>;
}

/** Pure: applied to whatever state is committed when the write runs, so edits made during the import stay. */
function reconcileChange(start: Readonly<UserData>, plan: Plan, now: string): Change<ReconcileReport> {
  let data: UserData = { ...start, articles: { ...start.articles } };
  for (const { from, to } of plan.moved) {
    const record = data.articles[from];
    if (!record) continue;
    data.articles[to] = mergeRecords(data.articles[to], record);
    delete data.articles[from];
  }
  let reanchored = 0;
  let orphaned = 0;
  for (const [id, text] of plan.texts) {
    const record = data.articles[id];
    if (!record || record.anchoredTo === text.contentHash) continue;
    const next = reanchorRecord(record, text, now);
    data.articles[id] = next;
    reanchored++;
    orphaned += next.annotations.filter((a, i) => a.placement === 'orphaned' && record.annotations[i]?.placement !== 'orphaned').length;
  }
  let taggedFromSource = 0;
  for (const [id, tags] of plan.sourceTags) {
    const applied = new Set((data.articles[id]?.sourceTags ?? []).map(tagKey));
    const fresh = tags.filter((t) => !applied.has(tagKey(t)));
    if (fresh.length === 0) continue;
    data = applyTags(data, { ids: [id], add: fresh, remove: [], now, linkOf: () => null }).data;
    data.articles[id] = { ...(data.articles[id] ?? emptyRecord(null, now)), sourceTags: [...tags] };
    taggedFromSource++;
  }
  const changed = [...plan.moved.flatMap((m) => [m.from, m.to]), ...plan.texts.keys(), ...plan.sourceTags.keys()];
  return { data, result: { moved: plan.moved, reanchored, orphaned, taggedFromSource }, changed };
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
