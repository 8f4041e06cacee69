// What every export format is built from: the articles in print order plus what the
// cover says about them. PDF, Markdown, JSON and CSV all take this one model, so a
// scope ("these ids", "tag syria", "this search") means the same articles in each.
import type { Article, UiLocale } from '../../contract/archive';
import type { ExportScope } from '../../contract/export';
import { FACET_NAMES } from '../../contract/search';

export interface ExportDocument {
  /** One article on its own, or a dossier of many (cover, contents, one article per page). */
  kind: 'article' | 'dossier';
  /** The cover's title; for a single article, its headline. */
  title: string;
  /** The filter the articles came from, as the cover prints it; null for a single article. */
  filterLabel: string | null;
  /** ISO 8601 time of the export, printed in the footer. */
  exportedAt: string;
  /** Language of the labels the export prints ("Notes", "Contents", …). */
  locale: UiLocale;
  /** Print the scraped "related" teasers after each article (the exportRelated setting). */
  includeRelated: boolean;
  /** In print order: date order for a dossier, undated articles last. */
  articles: Article[];
}

/** Oldest first; undated articles after the dated ones; ties by headline so the order is stable. */
export function compareForDossier(a: Pick<Article, 'date' | 'title'>, b: Pick<Article, 'date' | 'title'>): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.title.localeCompare(b.title);
}

const LABELS = {
  en: {
    chosen: (n: number) => `${n} chosen article${n === 1 ? '' : 's'}`,
    tag: 'tag',
    search: 'search',
    all: 'all articles',
    dossier: 'Dossier',
  },
  ru: {
    chosen: (n: number) => `выбрано статей: ${n}`,
    tag: 'тег',
    search: 'поиск',
    all: 'все статьи',
    dossier: 'Досье',
  },
} as const;

/** How the cover names the filter: `tag: syria`, `search: "путин" · language: ru`, `3 chosen articles`. */
export function describeScope(scope: ExportScope, locale: UiLocale): string {
  const words = LABELS[locale];
  if (scope.kind === 'ids') return words.chosen(scope.ids.length);
  if (scope.kind === 'tag') return `${words.tag}: ${scope.tag}`;
  const parts = scope.query.trim() ? [`${words.search}: ${scope.query.trim()}`] : [];
  for (const facet of FACET_NAMES) {
    const values = scope.filters[facet];
    if (values?.length) parts.push(`${facet}: ${values.join(', ')}`);
  }
  // The timeline's brushed range, as the query language writes it.
  if (scope.filters.date) parts.push(`date: ${scope.filters.date}`);
  return parts.length ? parts.join(' · ') : words.all;
}

/** The cover title when the user gave none. */
export function defaultTitle(
  scope: ExportScope,
  articles: readonly Pick<Article, 'title'>[],
  locale: UiLocale,
): string {
  if (articles.length === 1 && scope.kind === 'ids') return articles[0]!.title;
  if (scope.kind === 'tag') return `${LABELS[locale].dossier}: ${scope.tag}`;
  if (scope.kind === 'search' && scope.query.trim()) return `${LABELS[locale].dossier}: ${scope.query.trim()}`;
  return LABELS[locale].dossier;
}
