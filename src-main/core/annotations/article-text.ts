// The text annotations are anchored in, read from the stores.
import { bodyText } from '../../contract/userdata';
import type { BodyStore } from '../store/bodies';
import type { CatalogueStore, StoredArticle } from '../store/catalogue';
import type { ArticleLink } from '../store/userdata';
import type { ArticleText } from './annotation-ops';

export function linkOf(meta: StoredArticle): ArticleLink {
  const source = meta.sources[0];
  return {
    path: source?.path ?? '',
    ...(source?.recordIndex !== undefined && { recordIndex: source.recordIndex }),
    title: meta.title,
    contentHash: meta.contentHash,
  };
}

/**
 * The article's text, or null when the article is unknown or its body cannot be read
 * (a damaged body shard). Never an empty text in place of an unreadable one: anchoring
 * in it would orphan every highlight of the article.
 */
export async function loadArticleText(
  catalogue: CatalogueStore,
  bodies: BodyStore,
  id: string,
): Promise<ArticleText | null> {
  const meta = catalogue.article(id);
  if (!meta) return null;
  const body = await bodies.get(id);
  if (!body) return null;
  return { id, text: bodyText(body.paragraphs), contentHash: meta.contentHash, link: linkOf(meta) };
}
