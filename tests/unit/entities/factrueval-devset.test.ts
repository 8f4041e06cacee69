// The Russian rules on FactRuEval-2016's development texts (../shared/ner and
// ../shared/corpus/factrueval/devset), scored by its track 1 rules with LocOrg as a location
// (bench/ner-score.ts, as `npm run bench:ner`). The floors are the figures measured when the
// rules were fitted (per 0.918, org 0.674, loc 0.914, overall 0.855), less a small margin.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Counts, metrics, readStandard, scoreDocument, standardNames, TAGS } from '../../../bench/ner-score';
import type { Tag } from '../../../bench/ner-standard';
import { extractEntities } from '../../../src-main/core/entities/extract';
import type { EntitySpan } from '../../../src-main/core/entities/entity-types';

const ANNOTATIONS = resolve(import.meta.dirname, '../../../../shared/ner/factrueval-devset');
const TEXTS = resolve(import.meta.dirname, '../../../../shared/corpus/factrueval/devset');
const FLOORS: Record<Tag | 'overall', number> = { per: 0.9, org: 0.65, loc: 0.89, overall: 0.83 };
const present = existsSync(ANNOTATIONS) && existsSync(TEXTS);
const KIND: Record<Tag, EntitySpan['type']> = { per: 'person', org: 'org', loc: 'place' };

function score(
  respond: (doc: ReturnType<typeof readStandard>) => EntitySpan[],
  limit = Infinity,
): Record<Tag | 'overall', number> {
  const total: Record<Tag, Counts> = {
    per: { tp: 0, nStd: 0, nTest: 0 },
    org: { tp: 0, nStd: 0, nTest: 0 },
    loc: { tp: 0, nStd: 0, nTest: 0 },
  };
  for (const name of standardNames(ANNOTATIONS).slice(0, limit)) {
    const doc = readStandard(ANNOTATIONS, TEXTS, name);
    const counts = scoreDocument(doc, respond(doc)).counts;
    for (const tag of TAGS) {
      total[tag].tp += counts[tag].tp;
      total[tag].nStd += counts[tag].nStd;
      total[tag].nTest += counts[tag].nTest;
    }
  }
  const overall = TAGS.reduce(
    (a, t) => ({ tp: a.tp + total[t].tp, nStd: a.nStd + total[t].nStd, nTest: a.nTest + total[t].nTest }),
    { tp: 0, nStd: 0, nTest: 0 },
  );
  return {
    per: metrics(total.per).f1,
    org: metrics(total.org).f1,
    loc: metrics(total.loc).f1,
    overall: metrics(overall).f1,
  };
}

describe.skipIf(!present)(
  `FactRuEval-2016 devset${present ? '' : ' (skipped: ../shared/ner or ../shared/corpus/factrueval is absent)'}`,
  () => {
    it('scores the standard itself, given as a response, as right', { timeout: 120_000 }, () => {
      const f1 = score(
        (doc) =>
          doc.sets
            .filter((s) => s.tokens.size > 0)
            .map((s) => {
              const tokens = [...s.tokens];
              return {
                type: KIND[s.tag],
                start: Math.min(...tokens.map((t) => t.start)),
                end: Math.max(...tokens.map((t) => t.end)) + 1,
                name: '',
              };
            }),
        10,
      );
      expect(f1.overall).toBeGreaterThan(0.98);
    });

    it('finds people, organisations and places above the measured floors', { timeout: 120_000 }, () => {
      const f1 = score((doc) => extractEntities(doc.text, 'ru'));
      console.log(`FactRuEval devset F1: ${JSON.stringify(f1)}`);
      for (const key of ['per', 'org', 'loc', 'overall'] as const)
        expect(f1[key], key).toBeGreaterThanOrEqual(FLOORS[key]);
    });
  },
);
