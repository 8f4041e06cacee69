import { describe, expect, it } from 'vitest';
import { wordHashes, wordsOf } from '../../../src-main/core/threads/minhash';

// wordHashes is the one-pass form of wordsOf + FNV-1a (issue 20): it must split and hash
// exactly as the two did, or stored signatures would stop matching new ones.
const fnv1a = (word: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
};
const reference = (text: string): number[] => wordsOf(text).map(fnv1a);

describe('wordHashes', () => {
  it.each([
    ['plain English', 'The minister said on Monday: talks will resume in Geneva.'],
    ['accents and marks inside words', 'Müller, Zürich — café naïve coöperate a\u0301b'],
    ['Arabic with harakat and tatweel', 'وَالشَّام سوريـــا دِمَشق ، ٢٠١٧'],
    ['Cyrillic with ё and й', 'Путин встретился с Медведевым; ёлка, йогурт'],
    ['a mark opening a word and digits', ' \u0301abc 2017 12:30 x-y_z'],
    ['characters outside the BMP', 'emoji 😀 ahead 𠀋𠀋 han and 𝐀𝐁 maths'],
    ['ligatures and full-width letters NFKD unfolds', 'ﬁnance Ｔｏｋｙｏ ½ İstanbul'],
    ['nothing but separators', ' ,.;:!? '],
    ['ASCII words, then punctuation and a curly quote in one word', 'Talks in Geneva: foo-bar’s x.y’z “quoted” £5'],
    ['a final sigma after ASCII words', 'ABC ΟΔΟΣ abΣ Σ. ΣΑΣ'],
    ['marks right after an ASCII letter', 'Cafe\u0301 ZU\u0308RICH tab\there'],
    ['a character outside the BMP after ASCII words', 'plain words first 😀 then𝐀more'],
  ])('splits and hashes %s as wordsOf and FNV-1a do', (_name, text) => {
    expect(wordHashes(text)).toEqual(reference(text));
  });

  it('agrees with the reference on every BMP character placed between two words', () => {
    const mismatches: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = `ab${String.fromCharCode(code)}cd`;
      if (wordHashes(text).join() !== reference(text).join()) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
  });
});
