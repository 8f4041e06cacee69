// The catalogue's one-string form of an article's mentions (issue 20: the tuples were a
// third of the catalogue's parse time at every start).
import { describe, expect, it } from 'vitest';
import { decodeMentions, encodeMentions, type StoredMention } from '../../../src-main/core/store/stored-mentions';

describe('stored mentions', () => {
  it('read back as the tuples they were made from, in order, names of any script and digits kept', () => {
    const mentions: StoredMention[] = [
      ['l', 'دمشق', 12],
      ['p', 'Юрий Лужков', 1],
      ['o', '3M Company', 2],
      ['l', 'Washington, D.C.', 104],
    ];
    const stored = encodeMentions(mentions);
    expect(typeof stored).toBe('string');
    expect(decodeMentions(stored)).toEqual(mentions);
  });

  it('never lets a separator inside a name split it', () => {
    const stored = encodeMentions([['p', 'A\u001eB\u001fC', 1]]);
    expect(decodeMentions(stored)).toEqual([['p', 'A B C', 1]]);
  });

  it('read nothing from no mentions, and none from a value that is not the string form', () => {
    expect(encodeMentions([])).toBe('');
    expect(decodeMentions('')).toEqual([]);
    expect(decodeMentions(undefined)).toEqual([]);
    expect(decodeMentions([['x', 7]] as unknown as string)).toEqual([]);
  });
});
