// What the export dialog may offer and the request its choices make. Pure (no runes,
// no DOM), so the mapping from choices to `export:run` is tested on its own.
import type { ExportFormat, ExportLayout, ExportRequest, ExportScope } from '../../../src-main/contract/export';
import type { FacetFilters } from '../../../src-main/contract/search';
import type { TagInfo } from '../../../src-main/contract/userdata';
import type { ArchiveState } from './archive.svelte';
import { isWithdrawn } from './story-status';

/** The four answers to "what": the open article, the hand-picked rows, a tag, the search as listed. */
export type ScopeKind = 'article' | 'selection' | 'tag' | 'search';

/** Where the dialog was opened from; it decides the scope preselected. */
export type ExportOrigin = 'reader' | 'selection' | 'toolbar';

/** What the window holds when the dialog opens: the scopes it can offer and their sizes. */
export interface ExportContext {
  /** `withdrawn`: its agency withdrew it, so exporting it alone means taking in withdrawn stories. */
  article: { id: string; title: string; withdrawn?: boolean } | null;
  /** Ids picked by hand (two or more), else empty. */
  selection: string[];
  search: { query: string; filters: FacetFilters; total: number };
  /** Every tag, with how many articles carry it or a tag under it. */
  tags: { name: string; count: number }[];
}

export interface ExportChoices {
  scope: ScopeKind;
  /** The tag picked for the `tag` scope. */
  tag: string;
  format: ExportFormat;
  layout: ExportLayout;
  /** The dossier's title; empty lets main make one from the scope. */
  title: string;
  /** Take in stories their agency withdrew; main leaves them out otherwise. */
  includeWithdrawn: boolean;
}

/** The context of the window as it stands: the open article, the rows picked, the search, the tags. */
export function contextOf(archive: ArchiveState, tags: readonly TagInfo[]): ExportContext {
  const { article, selection, query, filters, results } = archive;
  return {
    article: article ? { id: article.id, title: article.title, withdrawn: isWithdrawn(article.status) } : null,
    selection: selection.isMulti ? selection.ids() : [],
    search: { query, filters, total: results.total },
    tags: tags.map(({ name, count }) => ({ name, count })),
  };
}

/** The scopes the context can fill, most specific first. */
export function availableScopes(context: ExportContext): ScopeKind[] {
  const scopes: ScopeKind[] = [];
  if (context.article) scopes.push('article');
  if (context.selection.length) scopes.push('selection');
  if (context.tags.length) scopes.push('tag');
  scopes.push('search');
  return scopes;
}

/** A search narrowed by a query or a filter; without either it is the whole archive. */
export function isNarrowed(search: ExportContext['search']): boolean {
  return search.query.trim() !== '' || Object.values(search.filters).some((values) => values?.length);
}

/**
 * The scope preselected: what the button that opened the dialog stands for. The toolbar
 * and the menu take the narrowest thing the user set up: rows picked by hand, then a
 * narrowed search; the open article only after those, since the list always opens one.
 */
export function defaultScope(origin: ExportOrigin, context: ExportContext): ScopeKind {
  if (origin === 'reader' && context.article) return 'article';
  if (context.selection.length) return 'selection';
  if (isNarrowed(context.search) || !context.article) return 'search';
  return 'article';
}

/** The tag preselected: the first one the list is filtered by, else the first tag. */
export function defaultTag(context: ExportContext): string {
  return context.search.filters.tag?.[0] ?? context.tags[0]?.name ?? '';
}

/**
 * The choices a fresh dialog starts from: the scope its button stands for, a PDF dossier,
 * withdrawn stories left out. Except for a withdrawn article exported on its own: the
 * user is looking at it and asked for it, and leaving it out would export nothing.
 */
export function initialChoices(origin: ExportOrigin, context: ExportContext): ExportChoices {
  const scope = defaultScope(origin, context);
  return {
    scope,
    tag: defaultTag(context),
    format: 'pdf',
    layout: 'dossier',
    title: '',
    includeWithdrawn: scope === 'article' && context.article?.withdrawn === true,
  };
}

/** How many articles a scope holds, as far as the window knows. */
export function scopeSize(scope: ScopeKind, choices: Pick<ExportChoices, 'tag'>, context: ExportContext): number {
  if (scope === 'article') return context.article ? 1 : 0;
  if (scope === 'selection') return context.selection.length;
  if (scope === 'tag') return context.tags.find((tag) => tag.name === choices.tag)?.count ?? 0;
  return context.search.total;
}

/** Only PDF and Markdown of more than one article choose between one file each and a dossier. */
export function offersLayout(choices: ExportChoices, context: ExportContext): boolean {
  return (choices.format === 'pdf' || choices.format === 'markdown') && scopeSize(choices.scope, choices, context) > 1;
}

/** The `export:run` request the choices make; null while they name nothing to export. */
export function buildRequest(choices: ExportChoices, context: ExportContext): ExportRequest | null {
  const scope = requestScope(choices, context);
  if (!scope) return null;
  const request: ExportRequest = { format: choices.format, layout: choices.layout, scope };
  const title = choices.title.trim();
  if (title && choices.layout === 'dossier' && offersLayout(choices, context)) request.title = title;
  // Only when asked for: main leaves withdrawn stories out by default.
  if (choices.includeWithdrawn) request.includeWithdrawn = true;
  return request;
}

function requestScope(choices: ExportChoices, context: ExportContext): ExportScope | null {
  switch (choices.scope) {
    case 'article':
      return context.article ? { kind: 'ids', ids: [context.article.id] } : null;
    case 'selection':
      return context.selection.length ? { kind: 'ids', ids: [...context.selection] } : null;
    case 'tag':
      return choices.tag ? { kind: 'tag', tag: choices.tag } : null;
    case 'search':
      return { kind: 'search', query: context.search.query, filters: context.search.filters };
  }
}
