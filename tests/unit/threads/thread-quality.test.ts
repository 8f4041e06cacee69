// Floors for threads' pair precision and recall (bench/threads.ts prints the figures):
// bench-corpus variants against the template each was made from, and fa-kes/SANA's real
// duplicates against equal headlines and exact 8-word shingle overlap.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realSet, variantSet } from '../../../bench/threads';
import { pairScore, threadsOf } from '../../../bench/threads-quality';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus');
const present = existsSync(CORPUS);
if (!present) console.warn(`skipping thread quality floors: ${CORPUS} not found`);

describe.skipIf(!present)('thread quality on the shared corpus', () => {
  it('threads the bench corpus’s variants of one source together, and little else', async () => {
    const { texts, truth } = await variantSet(1500);
    const score = pairScore(threadsOf(texts), truth);
    expect(score.truePairs).toBeGreaterThan(100);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.88);
  }, 120_000);

  it('finds the duplicates in fa-kes and SANA', async () => {
    const real = (await realSet())!;
    const score = pairScore(threadsOf(real.texts), real.truth);
    expect(score.truePairs).toBeGreaterThan(40);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
    // The extra pairs are mostly one event told by two outlets (see bench/threads.ts --misses).
    expect(score.precision).toBeGreaterThanOrEqual(0.65);
  }, 120_000);
});
