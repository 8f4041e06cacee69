// Recoll's recorded runs and the line fitted through them (issue 20: "Run it at 100k and
// 200k, and fit its rate for 1M. Say so in the table.").
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  estimateRecoll,
  fitLine,
  loadRecollRuns,
  saveRecollRuns,
  withRun,
  type RecollRun,
} from '../../../bench/recoll-runs';

const run = (files: number, indexMs: number, queryP95Ms = 20): RecollRun => ({
  files,
  date: '2026-12-07T04:00:00.000Z',
  dir: `/tmp/bc${files}`,
  version: 'recoll 1.34.3-1',
  indexMs,
  rerunMs: files / 50,
  queryP50Ms: queryP95Ms / 2,
  queryP95Ms,
  load: 2,
});

describe('fitLine', () => {
  it('passes through two points', () => {
    expect(
      fitLine([
        [100_000, 900_000],
        [200_000, 1_700_000],
      ]),
    ).toEqual({ a: 100_000, b: 8 });
  });

  it('fits the least-squares line through more points', () => {
    const { a, b } = fitLine([
      [0, 1],
      [1, 3],
      [2, 5],
      [3, 7.5],
    ]);
    expect(b).toBeCloseTo(2.15, 5);
    expect(a).toBeCloseTo(0.9, 5);
  });

  it('refuses runs all at one N', () => {
    expect(() =>
      fitLine([
        [100, 1],
        [100, 2],
      ]),
    ).toThrow(/two different N/);
  });
});

describe('estimateRecoll', () => {
  const runs = [run(100_000, 900_000, 20), run(200_000, 1_700_000, 24)];

  it('predicts 1M from the 100k and 200k runs, and says so', () => {
    const at1m = estimateRecoll(runs, 1_000_000)!;
    expect(at1m.kind).toBe('fitted');
    expect(at1m.source).toContain('100,000 and 200,000-file runs');
    expect(at1m.indexMs).toBeCloseTo(100_000 + 8 * 1_000_000);
    expect(at1m.rerunMs).toBeCloseTo(20_000);
  });

  it("takes recollq's latencies from the largest run, never from a line that can go below zero", () => {
    const falling = [run(100_000, 900_000, 20.6), run(200_000, 1_700_000, 16.9)];
    const at1m = estimateRecoll(falling, 1_000_000)!;
    expect(at1m.queryP95Ms).toBeCloseTo(16.9);
    expect(at1m.source).toContain("recollq's latencies as measured at 200,000 files");
    expect(estimateRecoll(runs, 1_000_000)!.queryP95Ms).toBeCloseTo(24);
  });

  it('takes the run measured at the same N over any fit', () => {
    const same = estimateRecoll(runs, 200_000)!;
    expect(same.kind).toBe('earlier');
    expect(same.indexMs).toBe(1_700_000);
  });

  it('gives nothing with runs at fewer than two other N', () => {
    expect(estimateRecoll([run(100_000, 900_000)], 1_000_000)).toBeNull();
    expect(estimateRecoll([], 1_000_000)).toBeNull();
  });
});

describe('the recorded runs file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'da-recoll-runs-'));

  it('round-trips, one run per N, the newer replacing the older', () => {
    const path = join(dir, 'runs.json');
    saveRecollRuns(path, withRun(withRun([run(200_000, 2)], run(100_000, 1)), run(200_000, 3)));
    expect(loadRecollRuns(path).map((r) => [r.files, r.indexMs])).toEqual([
      [100_000, 1],
      [200_000, 3],
    ]);
  });

  it('is empty when absent', () => {
    expect(loadRecollRuns(join(dir, 'none.json'))).toEqual([]);
  });

  it('names the entry and field of a malformed run', () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify([run(100_000, 1), { ...run(200_000, 2), indexMs: 'slow' }]));
    expect(() => loadRecollRuns(path)).toThrow(/run 1 has no numeric "indexMs"/);
    writeFileSync(path, '{}');
    expect(() => loadRecollRuns(path)).toThrow(/expected a JSON array/);
  });
});
