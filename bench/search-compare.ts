// What every bench query answers, to compare two versions of search: the first page's
// ids, scores and snippets, the total, the facet counts and the timeline, both sorts
// (the counts asked for when the page left them pending), after the same tag writes as
// the scale bench's search phase (so `tag:bench` finds something). Writes tags into the
// data dir: run it on a fresh copy each time, never on a bench data dir itself.
// Run: node --import tsx bench/search-compare.ts DATADIR OUT.json [BEFORE.json]
//   with BEFORE.json, prints each query and sort whose answer differs, and exits 1 if any does.
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { pendingSnippetIds, type SearchSort } from '../src-main/contract/search';
import { ArchiveService } from '../src-main/core/service';
import { QUERIES } from './run-phases';

const [dataDir, out, before] = process.argv.slice(2);
const SORTS: SearchSort[] = ['relevance', 'date-desc'];

async function answers(service: ArchiveService): Promise<Record<string, unknown>> {
  const ids = Object.keys(service.catalogue.data.articles);
  for (let i = 0; i < 30; i++) {
    const batch = Array.from({ length: 1000 }, (_, k) => ids[(i * 1000 + k) % ids.length]!);
    await service.handlers['tags:apply']({ ids: batch, add: [`bench/batch${i}`], remove: [] });
  }
  const all: Record<string, unknown> = {};
  for (const sort of SORTS) {
    for (const q of QUERIES) {
      const args = { query: q.query, filters: q.filters ?? {}, sort };
      const page = await service.handlers['archive:search']({ ...args, offset: 0, limit: 100 });
      const pending = pendingSnippetIds(page.items);
      const later = pending.length
        ? await service.handlers['archive:searchSnippets']({ query: q.query, ids: pending })
        : [];
      const counts = page.countsPending ? await service.handlers['archive:searchCounts'](args) : null;
      all[`${sort} ${q.query} ${JSON.stringify(q.filters ?? {})}`] = {
        total: page.total,
        rows: page.items.map((h) => [h.id, h.score, h.snippetPending ? null : [h.snippet, h.snippetHits, h.titleHits]]),
        later,
        facets: counts?.facets ?? page.facets,
        timeline: counts?.timeline ?? page.timeline,
      };
    }
  }
  return all;
}

async function main(): Promise<void> {
  if (!dataDir || !out) throw new Error('usage: search-compare.ts DATADIR OUT.json [BEFORE.json]');
  const service = await ArchiveService.open({ dataDir });
  await service.search.ready;
  const now = await answers(service);
  await service.close();
  writeFileSync(out, JSON.stringify(now));
  if (!before) return;
  const then = JSON.parse(readFileSync(before, 'utf8')) as Record<string, unknown>;
  const differ = Object.keys({ ...then, ...now }).filter(
    (k) => !isDeepStrictEqual(then[k], JSON.parse(JSON.stringify(now[k]))),
  );
  for (const k of differ) console.log(`differs: ${k}`);
  console.log(`${Object.keys(now).length - differ.length} of ${Object.keys(now).length} answers the same`);
  if (differ.length) process.exitCode = 1;
}

await main();
