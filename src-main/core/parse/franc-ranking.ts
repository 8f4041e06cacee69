import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { trigrams } from 'trigram-utils';

// franc-min's francAll, answer for answer, from franc-min's own models, script expressions
// and trigram-utils' trigrams. Only the scoring is ours: francAll looks each trigram of the
// sample up in every language's model (60 Latin-script models, a dictionary-mode object
// each), and that look-up, its tuple sort and the counting dictionary were ~7% of the parse
// worker's time (cpu profile of bench/prepare-stages.ts, 20,000 files: trigram-utils 1.2 s,
// franc-min 0.9 s of 43 s). Here each distinct trigram is looked up once, in one map from
// trigram to the models that hold it. The sums are of small integers, so the distances are
// the same numbers, and they are sorted stably from the same order, as francAll does.
// tests/unit/parse/franc-ranking.test.ts holds it to francAll.

/** francAll's constants (franc-min/index.js). */
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

export type Ranking = Array<[string, number]>;

/** One script's models, turned around: for each trigram, the models that hold it and its weight there. */
interface ScriptIndex {
  languages: string[];
  postings: Map<string, { models: number[]; weights: number[] }>;
}

const indexes = new Map<string, ScriptIndex>();

function scriptIndex(script: string): ScriptIndex {
  let index = indexes.get(script);
  if (index) return index;
  const models = data[script]!;
  const languages = Object.keys(models);
  const postings: ScriptIndex['postings'] = new Map();
  languages.forEach((language, model) => {
    const seen = new Set<string>();
    // A model is its trigrams by rank, and the rank is the weight (franc-min builds
    // `trigrams[model[weight]] = weight` from the last down, so a repeat keeps its first rank).
    models[language]!.split('|').forEach((trigram, weight) => {
      if (seen.has(trigram)) return;
      seen.add(trigram);
      let posting = postings.get(trigram);
      if (!posting) postings.set(trigram, (posting = { models: [], weights: [] }));
      posting.models.push(model);
      posting.weights.push(weight);
    });
  });
  indexes.set(script, (index = { languages, postings }));
  return index;
}

/** What `francAll(value, { only })` returns. */
export function francRanking(text: string, only: readonly string[] = []): Ranking {
  if (!text || text.length < MIN_LENGTH) return [['und', 1]];
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (script === undefined) return [['und', 1]];
  if (!(script in data)) return share === 0 || !allowed(script, only) ? [['und', 1]] : [[script, 1]];
  return normalised(value, distances(value, scriptIndex(script), only));
}

/** The expression matching most of `value`, and its share; the first on a tie (franc's getTopScript). */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topShare = -1;
  for (const [script, expression] of Object.entries(expressions)) {
    const share = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (share > topShare) [top, topShare] = [script, share];
  }
  return [top, topShare];
}

function allowed(language: string, only: readonly string[]): boolean {
  return only.length === 0 || only.includes(language);
}

/** Each allowed language's distance from the sample's trigram counts, nearest first. */
function distances(value: string, { languages, postings }: ScriptIndex, only: readonly string[]): Ranking {
  const counts = new Map<string, number>();
  for (const trigram of trigrams(value)) counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  // Every trigram costs MAX_DIFFERENCE in a model without it, and |count - weight - 1| in one with it.
  const sums = new Float64Array(languages.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [trigram, count] of counts) {
    const posting = postings.get(trigram);
    if (!posting) continue;
    const { models, weights } = posting;
    for (let k = 0; k < models.length; k++) sums[models[k]!]! += Math.abs(count - weights[k]! - 1) - MAX_DIFFERENCE;
  }
  const ranked: Ranking = [];
  languages.forEach((language, model) => {
    if (allowed(language, only)) ranked.push([language, sums[model]!]);
  });
  return ranked.length === 0 ? [['und', 1]] : ranked.sort((a, b) => a[1] - b[1]);
}

/** franc's normalize: 1 for the nearest, falling towards 0 with distance. */
function normalised(value: string, ranked: Ranking): Ranking {
  const min = ranked[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0;
  return ranked;
}
