import { describe, expect, it } from 'vitest';
import { BandBuckets } from '../../../src-main/core/threads/band-buckets';

/** What the buckets replaced: a Map per band of slot arrays, oldest first, the oldest dropped past `max`. */
class ModelBuckets {
  readonly maps: Map<number, number[]>[];
  constructor(
    bands: number,
    private readonly max: number,
  ) {
    this.maps = Array.from({ length: bands }, () => new Map());
  }
  slots(band: number, key: number): number[] {
    return [...(this.maps[band]!.get(key) ?? [])];
  }
  add(band: number, key: number, slot: number): void {
    const bucket = this.maps[band]!.get(key) ?? [];
    if (bucket.length >= this.max) bucket.shift();
    bucket.push(slot);
    this.maps[band]!.set(key, bucket);
  }
  remove(band: number, key: number, slot: number): void {
    const rest = (this.maps[band]!.get(key) ?? []).filter((s) => s !== slot);
    if (rest.length) this.maps[band]!.set(key, rest);
    else this.maps[band]!.delete(key);
  }
}

/** A small deterministic generator, so a failure repeats. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

describe('BandBuckets', () => {
  it('lists a bucket oldest first and keeps buckets of different bands apart', () => {
    const buckets = new BandBuckets(2, 4);
    buckets.add(0, 7, 1);
    buckets.add(0, 7, 2);
    buckets.add(1, 7, 3);
    expect(buckets.slots(0, 7)).toEqual([1, 2]);
    expect(buckets.slots(1, 7)).toEqual([3]);
    expect(buckets.slots(0, 8)).toEqual([]);
  });

  it('enters a slot having listed the bucket before it, newest first', () => {
    const buckets = new BandBuckets(1, 3);
    const before = new Int32Array(3);
    const listed = (slot: number): number[] => [...before.subarray(0, buckets.enter(0, 5, slot, before))];
    expect(listed(1)).toEqual([]);
    expect(listed(2)).toEqual([1]);
    expect(listed(3)).toEqual([2, 1]);
    expect(listed(4)).toEqual([3, 2, 1]);
    expect(listed(5)).toEqual([4, 3, 2]);
    expect(buckets.slots(0, 5)).toEqual([3, 4, 5]);
  });

  it('drops the oldest slot of a full bucket, and removing a dropped slot changes nothing', () => {
    const buckets = new BandBuckets(1, 3);
    for (const slot of [1, 2, 3, 4]) buckets.add(0, 5, slot);
    expect(buckets.slots(0, 5)).toEqual([2, 3, 4]);
    buckets.remove(0, 5, 1);
    expect(buckets.slots(0, 5)).toEqual([2, 3, 4]);
    buckets.remove(0, 5, 3);
    expect(buckets.slots(0, 5)).toEqual([2, 4]);
  });

  it('finds keys that share a home after others in their probe run are removed', () => {
    // Keys 1024 apart share a home in a table of 1,024 places: one probe run.
    const buckets = new BandBuckets(1, 32);
    const keys = [3, 3 + 1024, 3 + 2048, 4, 3 + 3072];
    keys.forEach((key, slot) => buckets.add(0, key, slot));
    buckets.remove(0, keys[0]!, 0);
    buckets.remove(0, keys[2]!, 2);
    expect(buckets.slots(0, keys[1]!)).toEqual([1]);
    expect(buckets.slots(0, keys[3]!)).toEqual([3]);
    expect(buckets.slots(0, keys[4]!)).toEqual([4]);
    expect(buckets.slots(0, keys[0]!)).toEqual([]);
  });

  it('agrees with a Map of arrays over many adds and removes, through growth', () => {
    const next = random(20);
    const [bands, max] = [3, 4];
    const buckets = new BandBuckets(bands, max);
    const model = new ModelBuckets(bands, max);
    const placed: { band: number; key: number; slot: number }[] = [];
    let slot = 0;
    for (let step = 0; step < 20_000; step++) {
      if (placed.length > 0 && next() < 0.4) {
        const { band, key, slot: s } = placed.splice(Math.floor(next() * placed.length), 1)[0]!;
        buckets.remove(band, key, s);
        model.remove(band, key, s);
      } else {
        // Few keys, so buckets fill and overflow; slots only grow, as a fresh slot each time.
        const item = { band: Math.floor(next() * bands), key: Math.floor(next() * 3_000) * 7, slot: slot++ };
        buckets.add(item.band, item.key, item.slot);
        model.add(item.band, item.key, item.slot);
        placed.push(item);
      }
    }
    for (let band = 0; band < bands; band++)
      for (let key = 0; key < 3_000 * 7; key += 7) expect(buckets.slots(band, key)).toEqual(model.slots(band, key));
  });
});
