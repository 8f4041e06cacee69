// An article as the reader shows it: the catalogue's metadata, its body, where a query
// hits it, its sub-headlines and folder, the other versions of its story, and the user's
// work on it.
import type { Article, StoryVersion, ThreadReport, ThreadSummary } from '../../contract/archive';
import type { ArchiveStores } from '../archive-stores';
import { folderOf, sortRoots } from '../folder-paths';
import type { CatalogueStore, StoredArticle } from '../store/catalogue';
import { versionTime } from '../store/story-versions';
import { reportWindow, threadReport } from '../store/story-threads';
import { findSubheadings } from '../subheadings';
import { articleUserData } from '../user-work';
import { readEntities } from '../record-entities';
import { pickWireFields } from '../wire-fields';

/** The article, or null when the archive has no such id; with a query, the ranges of its hits. */
export async function readArticle(stores: ArchiveStores, id: string, query?: string): Promise<Article | null> {
  const { catalogue, bodies, search } = stores;
  const meta = catalogue.article(id);
  if (!meta) return null;
  const body = (await bodies.get(id)) ?? { paragraphs: [], related: [] };
  const source = meta.sources[0]!;
  return {
    id: meta.id,
    title: meta.title,
    date: meta.date,
    place: meta.place,
    agency: meta.agency,
    language: meta.language,
    signature: meta.signature,
    // The agency's fields (status above all: exports print a withdrawn story's banner from it).
    ...pickWireFields(meta),
    ...readEntities(meta),
    paragraphs: body.paragraphs,
    related: body.related,
    source,
    warnings: meta.warnings,
    sources: meta.sources,
    missing: meta.missing,
    subheadings: findSubheadings(body.paragraphs),
    folder: folderOf(source.path, sortRoots(catalogue.data.folders)),
    highlights: search.highlights(meta.title, body, query),
    userData: await articleUserData(stores, id),
    versions: storyVersions(catalogue, meta),
    thread: threadReports(catalogue, meta.id),
    ...threadSummaryOf(catalogue, meta.id),
  };
}

function threadSummaryOf(catalogue: CatalogueStore, id: string): { threadSummary?: ThreadSummary } {
  const summary = catalogue.threads().summaryOf(id);
  return summary ? { threadSummary: summary } : {};
}

/** The reports of the article's thread, earliest first, for the reader's timeline (a window of a large one); empty when it is in none. */
function threadReports(catalogue: CatalogueStore, id: string): ThreadReport[] {
  const ids = reportWindow(catalogue.threads().membersOf(id) ?? [], id);
  return ids.flatMap((tid) => {
    const a = catalogue.article(tid);
    return a ? [threadReport(a)] : [];
  });
}

/** Every version of the article's story, oldest first; just the article when it has no other. */
export function storyVersions(catalogue: CatalogueStore, meta: StoredArticle): StoryVersion[] {
  const ids = catalogue.stories().versionsOf(meta.id) ?? [meta.id];
  return ids
    .map((vid) => catalogue.article(vid))
    .filter((a) => a !== undefined)
    .map(versionOf);
}

function versionOf(a: StoredArticle): StoryVersion {
  return { id: a.id, version: a.version ?? null, at: versionTime(a), status: a.status ?? 'usable', title: a.title };
}
