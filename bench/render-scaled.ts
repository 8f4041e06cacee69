// Answers the renderer as an archive `factor` times the real one would: the search's total,
// its facet counts, its timeline's day counts and the archive's stats multiplied, and pages
// past the real results wrapping round onto them. The renderer then draws a list of
// factor × N rows, the same facets and bars with factor × the counts, and asks for the same
// pages it would of an archive that size. Why: at 1,000,000 articles the real store's
// catalogue.json (~970 bytes an article here) passes V8's 512 MiB string limit, so
// AtomicJsonFile cannot read it back, and building it took ~2.8 h on a loaded 2-core
// machine (88,000 articles in 15 min). What this measures is the renderer; main's own
// answers at 1M are `npm run bench`'s (search, startup, RSS).
import type { ContractHandlers } from '../src-main/contract/ipc';
import type { SearchHit, SearchPage } from '../src-main/contract/search';

type SearchArgs = Parameters<ContractHandlers['archive:search']>[0];

function scalePage(page: SearchPage, factor: number): SearchPage {
  const facets = Object.fromEntries(
    Object.entries(page.facets).map(([name, counts]) => [name, counts.map((c) => ({ ...c, count: c.count * factor }))]),
  ) as SearchPage['facets'];
  const timeline = page.timeline && {
    ...page.timeline,
    counts: page.timeline.counts.map((c) => c * factor),
    undated: page.timeline.undated * factor,
  };
  return { ...page, total: page.total * factor, facets, timeline };
}

/** The rows at `offset..offset+limit` of the scaled list: the real list's, wrapping round. */
async function wrappedItems(search: ContractHandlers['archive:search'], args: SearchArgs, realTotal: number) {
  const items: SearchHit[] = [];
  let at = args.offset % realTotal;
  while (items.length < args.limit) {
    const page = await search({ ...args, offset: at, limit: Math.min(args.limit - items.length, realTotal - at) });
    items.push(...page.items);
    at = 0;
    if (page.items.length === 0) break;
  }
  return items;
}

export function scaledHandlers(handlers: ContractHandlers, factor: number): ContractHandlers {
  const search = handlers['archive:search'];
  const stats = handlers['archive:stats'];
  return {
    ...handlers,
    'archive:search': async (args) => {
      const first = await search({ ...args, offset: 0 });
      const scaled = scalePage(first, factor);
      if (args.offset === 0 || first.total === 0) return scaled;
      // Pages after the first send no timeline (contract/search.ts).
      return { ...scaled, offset: args.offset, timeline: null, items: await wrappedItems(search, args, first.total) };
    },
    'archive:stats': async (args) => {
      const real = await stats(args);
      return { ...real, articles: real.articles * factor, stories: real.stories * factor, files: real.files * factor };
    },
  };
}
