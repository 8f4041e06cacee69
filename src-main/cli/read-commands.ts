// The commands that read the archive: list, search, tags, stats, sources.
import type { ArticleSummary } from '../contract/archive';
import type { DispatchRecord } from '../contract/records';
import { pendingSnippetIds, withSnippets, type SearchSort } from '../contract/search';
import type { ArchiveDoor } from './archive-door';
import { marked, warnStore } from './print';

/** archive:list's largest page. */
const PAGE = 500;

export async function listCommand(door: ArchiveDoor, json: boolean): Promise<number> {
  const records: DispatchRecord[] = [];
  let total = 0;
  for (let offset = 0; offset === 0 || offset < total; offset += PAGE) {
    const page = await door.call('archive:list', { offset, limit: PAGE, sort: 'date-desc' });
    total = page.total;
    for (const a of page.items) {
      if (!json) {
        console.log(`${a.date ?? '----------'}  ${(a.agency ?? '').padEnd(10).slice(0, 10)}  ${a.title}${flags(a)}`);
        continue;
      }
      const article = await door.call('archive:get', { id: a.id });
      if (!article) continue;
      // The record shape exactly, as `parse --json` prints it; the extra provenance stays in `stats`.
      const {
        sources: _s,
        missing: _m,
        subheadings: _h,
        folder: _f,
        highlights: _hl,
        userData: _u,
        versions: _v,
        ...record
      } = article;
      records.push(record);
    }
    if (page.items.length === 0) break;
  }
  if (json) console.log(JSON.stringify(records, null, 2));
  else console.error(`${total} articles in ${door.dataDir}`);
  return 0;
}

/** What a row's headline alone does not say: `[v3]` for a story in three versions, `[withdrawn]`, `[missing]`. */
function flags(a: ArticleSummary): string {
  const marks = [
    a.versionCount > 1 ? `v${a.versionCount}` : '',
    a.status === 'canceled' ? 'withdrawn' : '',
    a.missing ? 'missing' : '',
  ];
  return marks
    .filter(Boolean)
    .map((m) => `  [${m}]`)
    .join('');
}

export async function searchCommand(
  door: ArchiveDoor,
  query: string,
  options: { json: boolean; sort: SearchSort; limit: number },
): Promise<number> {
  const page = await door.call('archive:search', {
    query,
    filters: {},
    sort: options.sort,
    offset: 0,
    limit: options.limit,
  });
  if (page.queryError) {
    console.error(`error: ${page.queryError.message}`);
    return 2;
  }
  // Rows past the first screen come without their snippets (issue 20): a terminal shows them all at once.
  const ids = pendingSnippetIds(page.items);
  if (ids.length) page.items = withSnippets(page.items, ids, await door.call('archive:searchSnippets', { query, ids }));
  if (options.json) {
    console.log(JSON.stringify(page, null, 2));
    return 0;
  }
  for (const hit of page.items) {
    console.log(
      `${hit.date ?? '----------'}  ${(hit.agency ?? '').padEnd(10).slice(0, 10)}  ${marked(hit.title, hit.titleHits)}`,
    );
    console.log(`    ${marked(hit.snippet, hit.snippetHits)}`);
  }
  console.error(`${page.total} hits${page.total > page.items.length ? `, first ${page.items.length} shown` : ''}`);
  return 0;
}

export async function tagsCommand(door: ArchiveDoor, json: boolean): Promise<number> {
  const tags = await door.call('tags:list', {});
  if (json) console.log(JSON.stringify(tags, null, 2));
  else
    for (const tag of tags)
      console.log(
        `${'  '.repeat(tag.name.split('/').length - 1)}${tag.name}  ${tag.count}${tag.implicit ? '' : ` (${tag.color})`}`,
      );
  if (!json && tags.length === 0) console.error('no tags yet');
  return 0;
}

export async function statsCommand(door: ArchiveDoor): Promise<number> {
  const stats = await door.call('archive:stats', {});
  console.log(`Data directory: ${stats.dataDir}`);
  console.log(
    `Articles: ${stats.articles} (${stats.missingArticles} missing, ${stats.multiSource} with several source files)`,
  );
  if (stats.stories !== stats.articles) console.log(`Stories: ${stats.stories} (older versions counted once)`);
  console.log(`Files: ${stats.files}`);
  console.log(`Folders: ${stats.folders.join(', ') || '(none)'}`);
  for (const [label, map] of [
    ['Formats', stats.byFormat],
    ['Languages', stats.byLanguage],
    ['Agencies', stats.byAgency],
  ] as const) {
    const top = Object.entries(map)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12);
    console.log(`${label}: ${top.map(([k, v]) => `${k} ${v}`).join(', ') || '(none)'}`);
  }
  warnStore(stats.storeWarnings);
  return 0;
}

export async function sourcesCommand(door: ArchiveDoor, json: boolean): Promise<number> {
  const sources = await door.call('sources:list', {});
  if (json) {
    console.log(JSON.stringify(sources, null, 2));
    return 0;
  }
  for (const s of sources) {
    const flags = [s.present ? '' : 'folder gone', s.watch ? '' : 'not watched'].filter(Boolean).join(', ');
    console.log(`${s.path}${flags ? `  [${flags}]` : ''}`);
    console.log(
      `    ${s.articles} articles (${s.missingArticles} missing), ${s.files} files, last scan ${s.lastScanAt ?? 'never'}`,
    );
  }
  if (sources.length === 0) console.error('no source folders yet');
  return 0;
}
