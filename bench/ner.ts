// People, organisations and places on FactRuEval-2016's development texts (../shared/ner,
// texts in ../shared/corpus/factrueval/devset), scored by its track 1 rules with LocOrg as
// a location (bench/ner-score.ts). Prints P/R/F1 per type and overall, on the whole set and
// on each half (A: the 1st, 3rd… documents, where the rules were studied; B: the others,
// held out), and the extraction time per article (ru on these texts; en on BBC and ar on
// Jawhara FM copy from ../shared/corpus when present). It asserts nothing.
// Run: npm run bench:ner [-- --misses] [-- --misses=B]
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractEntities, summariseMentions } from '../src-main/core/entities/extract';
import { type Counts, metrics, type Miss, readStandard, scoreDocument, standardNames, TAGS } from './ner-score';
import { type StandardDoc, type Tag, textFiles } from './ner-standard';

const ANNOTATIONS = resolve(process.env.NER_DIR ?? '../shared/ner/factrueval-devset');
const TEXTS = resolve(process.env.NER_TEXTS ?? '../shared/corpus/factrueval/devset');
const missesArg = process.argv.find((a) => a.startsWith('--misses'));

if (!existsSync(ANNOTATIONS) || !existsSync(TEXTS)) {
  console.log(
    `bench:ner: skipped, ${existsSync(ANNOTATIONS) ? TEXTS : ANNOTATIONS} is absent (../shared is not beside the repo)`,
  );
  process.exit(0);
}

const docs: StandardDoc[] = standardNames(ANNOTATIONS).map((n) => readStandard(ANNOTATIONS, TEXTS, n));
const half = (i: number): 'A' | 'B' => (i % 2 === 0 ? 'A' : 'B');
const empty = (): Record<Tag, Counts> => ({ per: zero(), org: zero(), loc: zero() });
const zero = (): Counts => ({ tp: 0, nStd: 0, nTest: 0 });
const totals = { all: empty(), A: empty(), B: empty() };
const misses: Miss[] = [];

docs.forEach((doc, i) => {
  const score = scoreDocument(doc, extractEntities(doc.text, 'ru'));
  for (const tag of TAGS)
    for (const group of [totals.all, totals[half(i)]]) {
      group[tag].tp += score.counts[tag].tp;
      group[tag].nStd += score.counts[tag].nStd;
      group[tag].nTest += score.counts[tag].nTest;
    }
  if (missesArg && (missesArg === '--misses' || missesArg === `--misses=${half(i)}`)) misses.push(...score.misses);
});

for (const m of misses)
  console.log(
    `${m.kind.padEnd(8)} ${m.tag} ${m.doc}: ${m.text}${m.kind === 'partial' ? ` (${m.quality.toFixed(2)})` : ''}`,
  );

const f = (n: number): string => n.toFixed(3);
function table(label: string, counts: Record<Tag, Counts>): void {
  const overall = TAGS.reduce(
    (acc, t) => ({ tp: acc.tp + counts[t].tp, nStd: acc.nStd + counts[t].nStd, nTest: acc.nTest + counts[t].nTest }),
    zero(),
  );
  console.log(`\n${label}\ntype      P      R      F1     (tp, in standard, in response)`);
  for (const [name, c] of [
    ...TAGS.map((t): [string, Counts] => [t, counts[t]]),
    ['overall', overall] as [string, Counts],
  ]) {
    const m = metrics(c);
    console.log(`${name.padEnd(8)} ${f(m.p)}  ${f(m.r)}  ${f(m.f1)}  (${c.tp.toFixed(1)}, ${c.nStd}, ${c.nTest})`);
  }
}

table(`FactRuEval-2016 devset, track 1 (t1_eval.py -l: LocOrg as loc), ${docs.length} texts`, totals.all);
table('half A (odd-numbered texts in order, where misses were studied)', totals.A);
table('half B (even-numbered texts, held out while fitting)', totals.B);

// One organisation, one name: the scores above compare spans, not names, so the nominative
// rules (russian-org-names.ts) show here, as fewer distinct names for the same spans.
const orgNames = new Set<string>();
let orgsKept = 0;
for (const doc of docs) {
  const spans = extractEntities(doc.text, 'ru');
  for (const s of spans) if (s.type === 'org') orgNames.add(s.name.toLowerCase());
  orgsKept += summariseMentions(spans).filter((m) => m.type === 'org').length;
}
console.log(`
org names: ${orgNames.size} distinct over the devset, ${orgsKept} kept by its articles (summed)`);

/** Mean extraction time over `texts` (after five warm-up passes for the JIT), per article and per 3,000 characters. */
function timeOn(language: string, texts: string[]): string {
  const rounds = 20;
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (let r = 0; r < 5; r++) for (const t of texts) extractEntities(t, language);
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) extractEntities(t, language);
  const ms = (performance.now() - started) / (rounds * texts.length);
  return `${language}: ${f(ms)} ms per article (${texts.length} articles, mean ${Math.round(chars / texts.length)} chars), ${f((ms * 3000 * texts.length) / chars)} ms per 3,000 chars`;
}

const corpusTexts = (dir: string, limit: number): string[] => textFiles(dir, limit).map((p) => readFileSync(p, 'utf8'));

console.log(`\ntime (load average ${loadavg().map(f).join(' ')}):`);
console.log(
  timeOn(
    'ru',
    docs.map((d) => d.text),
  ),
);
const english = corpusTexts(resolve(TEXTS, '../../bbc'), 200);
const arabic = corpusTexts(resolve(TEXTS, '../../ant-jawharafm'), 200);
if (english.length > 0) console.log(timeOn('en', english));
if (arabic.length > 0) console.log(timeOn('ar', arabic));
console.log('published (test set): best 2016 systems about 0.81 F1 overall, 0.91 for people');
