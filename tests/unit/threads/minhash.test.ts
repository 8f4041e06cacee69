import { describe, expect, it } from 'vitest';
import {
  MIN_WORDS,
  SIGNATURE_BINS,
  decodeSignature,
  encodeSignature,
  signatureOf,
  similarity,
  wordsOf,
} from '../../../src-main/core/threads/minhash';

/** A text of `n` distinct words from a seed, so tests control the shingles two texts share. */
const words = (seed: string, n: number): string[] => Array.from({ length: n }, (_x, i) => `${seed}${i}`);

describe('MinHash signatures', () => {
  it('gives the same signature for the same text every time', () => {
    const text = words('alpha', 200).join(' ');
    expect(Array.from(signatureOf(text)!)).toEqual(Array.from(signatureOf(text)!));
  });

  it('ignores case, punctuation, diacritics and the Arabic tatweel', () => {
    const a = signatureOf(`${words('w', 40).join(' ')} Müller said: «Damascus» سوريـــا وَالشَّام`)!;
    const b = signatureOf(`${words('W', 40).join(', ')} muller said damascus سوريا والشام`)!;
    expect(similarity(a, b)).toBe(1);
  });

  it('splits words in every script', () => {
    expect(wordsOf('Путин, Trump; دمشق 2017!')).toEqual(['путин', 'trump', 'دمشق', '2017']);
  });

  it('gives no signature to a text shorter than the minimum', () => {
    expect(signatureOf(words('x', MIN_WORDS - 1).join(' '))).toBeNull();
    expect(signatureOf(words('x', MIN_WORDS).join(' '))).not.toBeNull();
  });

  it('estimates the Jaccard similarity of the shingle sets', () => {
    const shared = words('s', 600);
    // 600 shared words and 200 of each side's own: about 600/1000 shingles in common.
    const a = signatureOf([...shared, ...words('a', 200)].join(' '))!;
    const b = signatureOf([...shared, ...words('b', 200)].join(' '))!;
    expect(similarity(a, b)).toBeGreaterThan(0.45);
    expect(similarity(a, b)).toBeLessThan(0.75);
    const unrelated = signatureOf(words('u', 800).join(' '))!;
    expect(similarity(a, unrelated)).toBeLessThan(0.1);
  });

  it('survives being stored and read back, and refuses a signature of another length', () => {
    const signature = signatureOf(words('z', 100).join(' '))!;
    const stored = encodeSignature(signature);
    expect(Array.from(decodeSignature(stored)!)).toEqual(Array.from(signature));
    expect(signature.length).toBe(SIGNATURE_BINS);
    expect(decodeSignature(stored.slice(0, 40))).toBeNull();
  });
});
