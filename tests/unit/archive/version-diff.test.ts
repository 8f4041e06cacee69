// The word diff between two versions' texts (archive:diff), and its bound on huge texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiffPart } from '../../../src-main/contract/archive';
import {
  PARAGRAPH_BREAK,
  WORD_DIFF_MAX_CHARS,
  diffParagraphs,
  diffTexts,
} from '../../../src-main/core/archive/version-diff';

/** The text a diff's parts give for the older (`removed`) or the newer (`added`) side. */
function side(parts: readonly DiffPart[], kind: 'removed' | 'added'): string {
  return parts
    .filter((p) => p.kind === 'same' || p.kind === kind)
    .map((p) => p.text)
    .join('');
}

const changed = (parts: readonly DiffPart[]): DiffPart[] => parts.filter((p) => p.kind !== 'same');

describe('diffTexts', () => {
  it('marks the words that changed between two versions and keeps the rest as same', () => {
    const parts = diffTexts(
      ['Quake kills 12', 'The quake struck at dawn, officials said.'],
      ['Quake kills 30', 'The quake struck at dawn, officials said.', 'Rescuers are searching the rubble.'],
    );
    expect(changed(parts)).toEqual([
      { kind: 'removed', text: '12' },
      { kind: 'added', text: '30' },
      // The break before a new paragraph is new too: the older text ends where it starts.
      { kind: 'added', text: `${PARAGRAPH_BREAK}Rescuers are searching the rubble.` },
    ]);
    expect(parts[0]).toEqual({ kind: 'same', text: 'Quake kills ' });
  });

  it('shows neighbouring changed words as one change rather than word by word', () => {
    expect(changed(diffTexts(['The quick brown fox.'], ['The slow red fox.']))).toEqual([
      { kind: 'removed', text: 'quick brown' },
      { kind: 'added', text: 'slow red' },
    ]);
  });

  it('gives parts that read as the older text and as the newer one, paragraphs apart', () => {
    const older = ['Title', 'One two three.', 'Gone paragraph.'];
    const newer = ['Title, updated', 'One two four.'];
    const parts = diffTexts(older, newer);
    expect(side(parts, 'removed')).toBe(older.join(PARAGRAPH_BREAK));
    expect(side(parts, 'added')).toBe(newer.join(PARAGRAPH_BREAK));
  });

  it('gives parts that read as both texts for any two lists of paragraphs', () => {
    const paragraph = fc
      .array(fc.constantFrom('fox', 'the', 'said', ',', '.', ' ', '  ', 'Ünïcode', '\n'), { maxLength: 12 })
      .map((words) => words.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), fc.array(paragraph, { maxLength: 6 }), (older, newer) => {
        // Word by word, and by whole paragraphs as past the bound.
        for (const parts of [diffTexts(older, newer), diffParagraphs(older, newer)]) {
          expect(side(parts, 'removed')).toBe(older.join(PARAGRAPH_BREAK));
          expect(side(parts, 'added')).toBe(newer.join(PARAGRAPH_BREAK));
        }
      }),
    );
  });

  it('gives one part of the whole text when nothing changed', () => {
    expect(diffTexts(['Title', 'Body.'], ['Title', 'Body.'])).toEqual([
      { kind: 'same', text: `Title${PARAGRAPH_BREAK}Body.` },
    ]);
  });

  it('compares whole paragraphs once a text is past the word-diff bound', () => {
    const long = 'word '.repeat(WORD_DIFF_MAX_CHARS / 5 + 10).trim();
    const older = ['Title', long, 'Last paragraph.'];
    const newer = ['Title', long, 'Last paragraph, changed.'];
    const parts = diffTexts(older, newer);
    expect(changed(parts)).toEqual([
      { kind: 'removed', text: 'Last paragraph.' },
      { kind: 'added', text: 'Last paragraph, changed.' },
    ]);
    expect(side(parts, 'removed')).toBe(older.join(PARAGRAPH_BREAK));
    expect(side(parts, 'added')).toBe(newer.join(PARAGRAPH_BREAK));
  });

  it('keeps paragraph breaks with the side that has them when a first paragraph is dropped', () => {
    const long = 'x'.repeat(WORD_DIFF_MAX_CHARS + 1);
    const parts = diffTexts(['Old lead', long], [long]);
    expect(side(parts, 'removed')).toBe(`Old lead${PARAGRAPH_BREAK}${long}`);
    expect(side(parts, 'added')).toBe(long);
  });

  it('falls back to paragraphs for two unrelated texts rather than diffing them word by word for long', () => {
    let seed = 7;
    const word = (): string => `w${(seed = (seed * 48271) % 2147483647) % 5000}`;
    const text = (): string => Array.from({ length: 20_000 }, word).join(' ');
    const older = [text()];
    const newer = [text()];
    const started = performance.now();
    const parts = diffTexts(older, newer);
    // Word by word this takes tens of seconds; the bound gives up within about a second.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(parts).toEqual([
      { kind: 'removed', text: older[0] },
      { kind: 'added', text: newer[0] },
    ]);
  });
});
