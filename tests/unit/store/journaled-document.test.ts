// The journaled document both stores are built on: replay, commit order, snapshots and
// folds, and reopening, on a small document of named counts.
import { appendFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicJsonFile } from '../../../src-main/core/store/atomic-json-file';
import { Journal } from '../../../src-main/core/store/journal';
import { JournaledDocument, type FoldPolicy } from '../../../src-main/core/store/journaled-document';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-document-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

type Counts = Record<string, number>;
interface Snapshot {
  journalSeq: number;
  counts: Counts;
}
const NEVER: FoldPolicy = () => null;

const journalPath = () => join(dir, 'doc.journal');
const snapshotFile = () => new AtomicJsonFile<Snapshot>(join(dir, 'doc.json'));
const journalLines = async () =>
  (await readFile(journalPath(), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** Opens the document as a store would: its snapshot, then the journal replayed over it. */
async function open(fold: FoldPolicy = NEVER) {
  const counts: Counts = { ...(await snapshotFile().read())?.counts };
  const journal = new Journal(journalPath());
  const replayed = await JournaledDocument.replay<Counts>(
    journal,
    (await snapshotFile().read())?.journalSeq ?? 0,
    ({ seq: _seq, ...entry }) => Object.assign(counts, entry),
  );
  const document = new JournaledDocument<Counts>({
    journal,
    seq: replayed.seq,
    writeSnapshot: (seq, pending) => snapshotFile().write({ journalSeq: seq, counts: { ...counts, ...pending } }),
    fold,
  });
  /** Commits `entry` and applies it once it is on disk, as the user-data store does. */
  const commit = (entry: Counts) => document.commit(() => ({ entry, apply: () => Object.assign(counts, entry) }));
  return { document, counts, replayed, commit };
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('JournaledDocument.replay', () => {
  it('drops a line cut short by a crash, quietly, and appends the next entry on a clean line', async () => {
    const { commit } = await open();
    await commit({ a: 1 });
    await appendFile(journalPath(), '{"seq":2,"b":');
    const second = await open();
    expect(second.counts).toEqual({ a: 1 });
    expect(second.replayed.setAsideAs).toBeNull();
    await second.commit({ c: 3 });
    expect((await open()).counts).toEqual({ a: 1, c: 3 });
  });

  it('skips the entries the snapshot already holds', async () => {
    const { document, commit } = await open();
    await commit({ a: 1 });
    const before = await readFile(journalPath(), 'utf8');
    await document.snapshot();
    // As if a crash came between writing the snapshot and emptying the journal.
    await appendFile(journalPath(), before);
    const again = await open();
    expect(again.replayed).toMatchObject({ seq: 1, applied: 0 });
  });

  it('sets a journal damaged in the middle aside, keeping the entries before the damage', async () => {
    const { commit } = await open();
    await commit({ a: 1 });
    await appendFile(journalPath(), 'garbage\n{"seq":3,"b":2}\n');
    const again = await open();
    expect(again.counts).toEqual({ a: 1 });
    expect(again.replayed.applied).toBe(1);
    expect(again.replayed.setAsideAs).toMatch(/doc\.journal\.damaged-/);
    expect(await readFile(again.replayed.setAsideAs!, 'utf8')).toContain('garbage');
  });
});

describe('JournaledDocument.commit', () => {
  it('runs concurrent commits in call order, each after the one before is on disk, numbering them in turn', async () => {
    const { document, counts } = await open();
    const seen: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        document.commit(() => {
          seen.push(counts.n ?? 0);
          return { entry: { n: i + 1 }, apply: () => Object.assign(counts, { n: i + 1 }) };
        }),
      ),
    );
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect((await journalLines()).map((l) => [l.seq, l.n])).toEqual(
      Array.from({ length: 10 }, (_, i) => [i + 1, i + 1]),
    );
  });

  it('applies nothing when the write fails, and writes a snapshot holding the next change', async () => {
    const { commit, counts } = await open();
    await commit({ a: 1 });
    // A folder where the journal goes makes the next append fail, as a full disk would.
    await rm(journalPath());
    await mkdir(journalPath());
    await expect(commit({ b: 2 })).rejects.toThrow();
    expect(counts).toEqual({ a: 1 });
    await rm(journalPath(), { recursive: true });
    await commit({ c: 3 });
    expect(await snapshotFile().read()).toEqual({ journalSeq: 2, counts: { a: 1, c: 3 } });
    expect((await open()).counts).toEqual({ a: 1, c: 3 });
  });
});

describe('JournaledDocument.record', () => {
  it('appends an entry only once what it waits for has settled, and later entries after it', async () => {
    const { document } = await open();
    let release = () => {};
    const bodies = new Promise<void>((done) => (release = done));
    const first = document.record({ a: 1 }, bodies);
    const second = document.record({ b: 2 });
    await pause(20);
    expect((await stat(journalPath()).catch(() => null))?.size ?? 0).toBe(0);
    release();
    await Promise.all([first, second]);
    expect((await journalLines()).map((l) => l.seq)).toEqual([1, 2]);
  });

  it('fails and appends nothing when what it waits for fails', async () => {
    const { document } = await open();
    await expect(document.record({ a: 1 }, Promise.reject(new Error('bodies not written')))).rejects.toThrow(
      'bodies not written',
    );
    await document.record({ b: 2 });
    expect((await journalLines()).map((l) => Object.keys(l))).toEqual([['seq', 'b']]);
  });
});

describe('JournaledDocument snapshots and folds', () => {
  it('writes the snapshot as holding every entry so far and empties the journal', async () => {
    const { document, commit } = await open();
    await commit({ a: 1 });
    await commit({ b: 2 });
    await document.snapshot();
    expect(await snapshotFile().read()).toEqual({ journalSeq: 2, counts: { a: 1, b: 2 } });
    expect(await readFile(journalPath(), 'utf8')).toBe('');
    const again = await open();
    expect(again.counts).toEqual({ a: 1, b: 2 });
    await again.commit({ c: 3 });
    expect((await journalLines()).map((l) => l.seq)).toEqual([3]);
  });

  it('folds at once when the policy says 0, and not at all when it says null', async () => {
    const { document, commit } = await open((bytes) => (bytes > 30 ? 0 : null));
    await commit({ a: 1 });
    await document.foldIfDue();
    expect(await snapshotFile().read()).toBeNull();
    await commit({ b: 2 });
    await document.foldIfDue();
    expect(await snapshotFile().read()).toEqual({ journalSeq: 2, counts: { a: 1, b: 2 } });
  });

  it('folds after a pause in the commits when the policy names one, and close leaves a waiting fold to the next open', async () => {
    const { document, commit } = await open(() => 200);
    await commit({ a: 1 });
    await document.foldIfDue();
    await pause(150);
    await commit({ b: 2 });
    await document.foldIfDue();
    await pause(80);
    // Past the pause asked for after the first commit, but not after the second: the fold was put off.
    expect(await snapshotFile().read()).toBeNull();
    await pause(300);
    expect(await snapshotFile().read()).toEqual({ journalSeq: 2, counts: { a: 1, b: 2 } });
    await commit({ c: 3 });
    await document.foldIfDue();
    await document.close();
    await pause(300);
    expect((await snapshotFile().read())?.journalSeq).toBe(2);
    expect((await open()).counts).toEqual({ a: 1, b: 2, c: 3 });
  });
});
