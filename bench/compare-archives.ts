// Two data folders built from the same folder (say, by two branches) give the user the same
// archive: the first list pages both ways, the first 30 articles' views (threads included),
// the stats, and the first result page (ids and total) of every bench query in both sorts.
// Open copies: opening a data folder may write to it.
// Run: node --import tsx bench/compare-archives.ts DATADIR_A DATADIR_B
import type { SearchSort } from '../src-main/contract/search';
import { ArchiveService } from '../src-main/core/service';
import { QUERIES } from './run-phases';

const SORTS: SearchSort[] = ['relevance', 'date-desc'];

async function answers(dataDir: string): Promise<Map<string, unknown>> {
  const service = await ArchiveService.open({ dataDir });
  const { handlers } = service;
  const out = new Map<string, unknown>();
  const head = await handlers['archive:list']({ offset: 0, limit: 100, sort: 'date-desc' });
  // An article's view builds the threads at once, so the lists carry their badges.
  if (head.items[0]) await service.article(head.items[0].id);
  for (const sort of ['date-desc', 'date-asc'] as const)
    out.set(`list ${sort}`, await handlers['archive:list']({ offset: 0, limit: 100, sort }));
  for (const { id } of head.items.slice(0, 30)) out.set(`article ${id}`, await service.article(id));
  out.set('stats', await service.stats());
  for (const { query, filters = {} } of QUERIES)
    for (const sort of SORTS) {
      const page = await handlers['archive:search']({ query, filters, sort, offset: 0, limit: 50 });
      out.set(`search ${query} ${JSON.stringify(filters)} ${sort}`, {
        total: page.total,
        ids: page.items.map((i) => i.id),
      });
    }
  await service.close();
  return out;
}

/** Times of import and the folder's own path differ between two imports of one folder. */
const comparable = (value: unknown): string =>
  String(JSON.stringify(value)).replace(/"(addedAt|updatedAt|dataDir)":"[^"]*"/g, '');

const [dirA, dirB] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: compare-archives.ts DATADIR_A DATADIR_B');
const [a, b] = [await answers(dirA), await answers(dirB)];
const differ = [...a.keys()].filter((key) => comparable(a.get(key)) !== comparable(b.get(key)));
console.log(JSON.stringify({ compared: a.size, same: a.size - differ.length, differ }));
for (const key of differ)
  console.log(key, '\n', comparable(a.get(key)).slice(0, 400), '\n', comparable(b.get(key)).slice(0, 400));
