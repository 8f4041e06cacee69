// The schema.org objects a page states in `<script type="application/ld+json">`: the most
// trusted source of a news page's date and author, written for search engines.
import { collapseSpaces } from './html-blocks';

type LdObject = Record<string, unknown>;

/** What the page's article object says; every field null when it says nothing. */
export interface LdArticle {
  published: string | null;
  modified: string | null;
  authors: string[];
  /** `articleBody`, the story's whole text as the page gives it to search engines. */
  body: string | null;
}

// NewsArticle and its kin (schema.org's subtypes of Article and of CreativeWork that a
// news or blog page uses); WebPage and others count only when no article object is given.
const ARTICLE_TYPE =
  /^(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|Review|Blog|Posting|CreativeWork)$/i;

/** Every JSON-LD object of the page, arrays and `@graph` flattened; blocks that do not parse are skipped. */
export function readJsonLd(document: Document): LdObject[] {
  const objects: LdObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    // Some CMSs wrap the JSON in a CDATA section or an HTML comment.
    const source = (script.textContent ?? '').replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '');
    try {
      collect(JSON.parse(source), objects, 0);
    } catch {
      // A broken block is the page's fault; the meta tags and the rest still date the page.
    }
  }
  return objects;
}

function collect(value: unknown, into: LdObject[], depth: number): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  const object = value as LdObject;
  into.push(object);
  if (object['@graph']) collect(object['@graph'], into, depth + 1);
  if (object.mainEntity) collect(object.mainEntity, into, depth + 1);
}

function isArticle(object: LdObject): boolean {
  const type = object['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

/** The article object's dates and authors: an article type first, else any object with a publication date. */
export function ldArticle(objects: LdObject[]): LdArticle {
  const dated = (o: LdObject): boolean => typeof o.datePublished === 'string' || typeof o.dateCreated === 'string';
  const article = objects.find((o) => isArticle(o) && dated(o)) ?? objects.find(dated) ?? objects.find(isArticle);
  if (!article) return { published: null, modified: null, authors: [], body: null };
  return {
    published: stringOf(article.datePublished) ?? stringOf(article.dateCreated),
    modified: stringOf(article.dateModified),
    authors: namesOf(article.author ?? article.creator),
    body: typeof article.articleBody === 'string' && article.articleBody.trim() ? article.articleBody : null,
  };
}

function stringOf(value: unknown): string | null {
  const text = typeof value === 'string' ? collapseSpaces(value) : '';
  return text || null;
}

/** `author` as a string, a Person or Organization, or an array of them. */
function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  const names = list.map((item) =>
    typeof item === 'string' ? collapseSpaces(item) : stringOf((item as LdObject | null)?.name),
  );
  return [...new Set(names.filter((n): n is string => !!n && !/^https?:\/\//.test(n)))];
}
