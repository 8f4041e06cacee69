// An article as the reader shows it: the catalogue's metadata, its body, where a query
// hits it, its sub-headlines and folder, and the user's work on it.
import type { Article } from '../../contract/archive';
import type { ArchiveStores } from '../archive-stores';
import { folderOf, sortRoots } from '../folder-paths';
import { findSubheadings } from '../subheadings';
import { articleUserData } from '../user-work';

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
  };
}
