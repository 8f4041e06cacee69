// How restore merges an article note from a backup with the one the archive holds: never losing either.
import { describe, expect, it } from 'vitest';
import { mergedNote } from '../../../src-main/core/backup/restore-userwork';

describe('mergedNote', () => {
  it("takes the backup's note when the archive has none", () => {
    expect(mergedNote('', 'From the backup')).toBe('From the backup');
  });

  it("keeps the archive's note when the backup has none", () => {
    expect(mergedNote('Mine', '  ')).toBe('Mine');
  });

  it("keeps a different note and adds the backup's after a blank line", () => {
    expect(mergedNote('Mine', 'From the backup')).toBe('Mine\n\nFrom the backup');
  });

  it("adds nothing when an earlier restore already added the backup's note", () => {
    expect(mergedNote('Mine\n\nFrom the backup', 'From the backup')).toBe('Mine\n\nFrom the backup');
  });

  it("still adds a backup note that appears in the archive's note only inside a word", () => {
    expect(mergedNote('Check the notebook', 'book')).toBe('Check the notebook\n\nbook');
  });
});
