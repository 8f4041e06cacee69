// Write latency of the user's work at scale: every tag or highlight change rewrites
// userdata.json atomically (temp file, fsync, rename, folder fsync) before its call
// resolves. Run: npm run bench:userdata -- [ARTICLES] [TAGGED] [ANNOTATED]
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bodyText } from '../src-main/contract/userdata';
import { describeAnchor } from '../src-main/core/annotations/anchor';
import { createAnnotation, type ArticleText } from '../src-main/core/annotations/annotation-ops';
import { FacetTable } from '../src-main/core/search/facets';
import { UserSearch } from '../src-main/core/search/user-search';
import { UserDataStore, applyChange, type UserData } from '../src-main/core/store/userdata';
import { applyTags, emptyRecord, renameTag } from '../src-main/core/tags/tag-ops';

const [ARTICLES = 100_000, TAGGED = 20_000, ANNOTATED = 2_000] = process.argv.slice(2).map(Number);
const HIGHLIGHTS_EACH = 4;
const NOW = new Date().toISOString();
const idOf = (i: number): string => i.toString(16).padStart(16, '0');
const TEXT = bodyText(
  Array.from(
    { length: 12 },
    (_, p) =>
      `Paragraph ${p}: the convoy reached Aleppo on Tuesday, officials in Damascus said, and aid was handed out.`,
  ),
);
const articleText = (i: number): ArticleText => ({
  id: idOf(i),
  text: TEXT,
  contentHash: 'h',
  link: { path: `/wires/${i}.txt`, title: `T${i}`, contentHash: 'h' },
});

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

async function time(label: string, runs: number, once: (run: number) => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  // CPU time beside wall time: the machine is shared, and wall time counts others' work too.
  const cpus: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    await once(r);
    times.push(performance.now() - start);
    const { user, system } = process.cpuUsage(cpu);
    cpus.push((user + system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(46)} p50 ${percentile(times, 0.5).toFixed(1)} ms   p95 ${percentile(times, 0.95).toFixed(1)} ms   cpu p50 ${percentile(cpus, 0.5).toFixed(1)} ms   (${runs} runs)`,
  );
}

async function fill(store: UserDataStore): Promise<void> {
  const linkOf = (id: string) => ({ path: `/wires/${id}.txt`, title: id, contentHash: 'h' });
  const topics = ['syria/aleppo', 'syria/idlib', 'russia', 'iraq/mosul', 'un', 'humanitarian', 'economy', 'energy'];
  await store.commit((data) => {
    let next: UserData = data;
    topics.forEach((topic, t) => {
      const ids = Array.from({ length: TAGGED }, (_, i) => i)
        .filter((i) => i % topics.length === t || i % 3 === 0)
        .map(idOf);
      next = applyChange(next, applyTags(next, { ids, add: [topic], remove: [], now: NOW, linkOf }));
    });
    // Built directly: going through createAnnotation copies the article map each time.
    const articles = { ...next.articles };
    for (let i = 0; i < ANNOTATED; i++) {
      const id = idOf(i * 7);
      const annotations = Array.from({ length: HIGHLIGHTS_EACH }, (_, h) => ({
        id: `00000000-0000-4000-8000-${(i * 10 + h).toString(16).padStart(12, '0')}`,
        color: 'yellow' as const,
        note: `note ${i} ${h} about the convoy`,
        anchor: describeAnchor(TEXT, h * 100, h * 100 + 30),
        placement: 'created' as const,
        createdAt: NOW,
        updatedAt: NOW,
      }));
      articles[id] = { ...(articles[id] ?? emptyRecord(null, NOW)), annotations, anchoredTo: 'h' };
    }
    return { articles, tags: next.tags, result: null };
  });
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'da-bench-userdata-'));
  try {
    let start = performance.now();
    const store = await UserDataStore.open(dir, []);
    await fill(store);
    const journal = (await stat(join(dir, 'userdata.journal'))).size;
    start = performance.now();
    const reopened = await UserDataStore.open(dir, []);
    const openMs = performance.now() - start;
    const size = (await stat(join(dir, 'userdata.json'))).size;
    console.log(
      `${ARTICLES} articles, ${TAGGED} tagged, ${ANNOTATED} × ${HIGHLIGHTS_EACH} highlights: userdata.json ${(size / 1e6).toFixed(1)} MB, filled in ${(performance.now() - start).toFixed(0)} ms`,
    );
    console.log(
      `open the store, folding a ${(journal / 1e6).toFixed(1)} MB journal entry into the file: ${openMs.toFixed(0)} ms`,
    );
    const linkOf = () => null;
    await time('tag one article', 30, (r) =>
      reopened.commit((d) =>
        applyTags(d, { ids: [idOf(ARTICLES - 1 - r)], add: ['bench'], remove: [], now: NOW, linkOf }),
      ),
    );
    await time('tag 1,000 articles in one call', 30, (r) =>
      reopened.commit((d) =>
        applyTags(d, {
          ids: Array.from({ length: 1000 }, (_, i) => idOf(50_000 + r * 1000 + i)),
          add: ['bulk'],
          remove: [],
          now: NOW,
          linkOf,
        }),
      ),
    );
    await time('create one highlight', 30, (r) =>
      reopened.commit((d) =>
        createAnnotation(d, articleText(ARTICLES - 1 - r), { start: 10, end: 40, color: 'green', note: 'n' }, NOW),
      ),
    );
    await time('rename a tag across the archive', 5, (r) =>
      reopened.commit((d) => renameTag(d, r % 2 ? 'levant' : 'syria', r % 2 ? 'syria' : 'levant', NOW)),
    );
    const user = new UserSearch(reopened);
    const table = new FacetTable(
      Array.from({ length: ARTICLES }, (_, i) => ({
        id: idOf(i),
        title: '',
        date: null,
        language: 'en',
        agency: null,
        place: null,
        folder: null,
        status: 'usable' as const,
        versionCount: 1,
      })),
    );
    await time('rebuild tag + annotated facets after a change', 10, async (r) => {
      await reopened.commit((d) =>
        applyTags(d, { ids: [idOf(r)], add: ['facet-bench'], remove: [], now: NOW, linkOf }),
      );
      start = performance.now();
      table.select(null, { tag: ['syria'] }, user.columns(table));
    });
    await time('count facets with a tag filter (cached columns)', 20, async () =>
      table.select(null, { tag: ['syria'] }, user.columns(table)),
    );
    console.log(`journal now ${((await stat(join(dir, 'userdata.journal'))).size / 1e3).toFixed(0)} kB`);
    console.log(
      `heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
