import { describe, expect, it } from 'vitest';
import { fieldTokens, type IndexDoc } from '../../../../src-main/core/search/index/index-doc';
import { PendingSegment } from '../../../../src-main/core/search/index/pending-segment';
import type { Segment } from '../../../../src-main/core/search/index/segment';
import { docTexts, FIELD_END, TermEncoder, TEXT_END } from '../../../../src-main/core/search/index/term-ids';

/** A segment's bytes, to compare two ways of building it. */
function bytesOf(segment: Segment): number[][] {
  return Object.values(segment.parts)
    .filter((part) => ArrayBuffer.isView(part))
    .map((part) => Array.from(new Uint8Array(part.buffer, part.byteOffset, part.byteLength)));
}

const doc = (title: string, body: string[], place = '', agency = ''): IndexDoc => ({
  id: title,
  title,
  body,
  place,
  agency,
});

const DOCS: IndexDoc[] = [
  doc(
    "Syria's talks resume",
    ['The talks, which don’t include Iraqi envoys, resume.', '', 'Syrian officials said'],
    'Damascus',
    'SANA',
  ),
  doc('', [], '', ''),
  doc('Москва: по-прежнему тепло', ['Ёлка на площади; ёлки в парке.'], 'Москва', 'ТАСС'),
  doc('الوزير يصل إلى القاهرة', ['وَالوزير قال ٢٠٢٤', 'ـــ'], 'القاهرة', 'واس'),
  doc('Letters past the BMP: 𝐁old 𝐁old and Ünïcödé', ['𝐁old ＡＢＣ café cafe\u0301 naïve']),
  doc("Syria's talks resume", ['The talks resume: talks, talks.', 'a b c d e f g h i j']),
  // Enough words for the word table to grow more than once.
  doc('many', [Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`).join(' ')]),
];

describe('TermEncoder', () => {
  it('builds the same segment as analysing each article', () => {
    const analysed = new PendingSegment(0);
    const numbered = new PendingSegment(0);
    const encoder = new TermEncoder();
    DOCS.forEach((d, n) => {
      analysed.add(
        n,
        docTexts(d).map((texts) => fieldTokens(texts)),
      );
      numbered.addIds(n, encoder.encode(d));
    });
    for (let n = 0; n < DOCS.length; n++)
      for (let f = 0; f < 4; f++) expect(numbered.length(n, f)).toBe(analysed.length(n, f));
    expect(bytesOf(numbered.seal())).toEqual(bytesOf(analysed.seal()));
  });

  it('builds the same segment when its dictionary starts over within one', () => {
    const analysed = new PendingSegment(0);
    const numbered = new PendingSegment(0);
    const encoder = new TermEncoder(5);
    DOCS.forEach((d, n) => {
      analysed.add(
        n,
        docTexts(d).map((texts) => fieldTokens(texts)),
      );
      numbered.addIds(n, encoder.encode(d));
    });
    expect(bytesOf(numbered.seal())).toEqual(bytesOf(analysed.seal()));
  });

  it('reads words as analysis does, on random text of words, marks, apostrophes, digits and surrogates', () => {
    const pieces = [
      'a',
      'B',
      'é',
      'e\u0301',
      "'",
      '’',
      's',
      ' ',
      '-',
      'ё',
      'Ё',
      'ال',
      'و',
      '\u064e',
      '٣',
      '7',
      '𝐁',
      'ＡＢ',
      '.',
      'ß',
      'ﬁ',
    ];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const texts = Array.from({ length: 300 }, () =>
      Array.from({ length: 1 + next(30) }, () => pieces[next(pieces.length)]).join(''),
    );
    const analysed = new PendingSegment(0);
    const numbered = new PendingSegment(0);
    const encoder = new TermEncoder();
    texts.forEach((text, n) => {
      const d = doc(text, [text, text.slice(1)]);
      analysed.add(
        n,
        docTexts(d).map((t) => fieldTokens(t)),
      );
      numbered.addIds(n, encoder.encode(d));
    });
    expect(bytesOf(numbered.seal())).toEqual(bytesOf(analysed.seal()));
  });

  it('gives a word met again the id it had, and closes each text and field', () => {
    const encoder = new TermEncoder();
    const { dictionary, ids } = encoder.encode(doc('talks Talks', ['talks', ''], 'x'));
    expect([...ids]).toEqual([0, 0, FIELD_END, 0, TEXT_END, FIELD_END, 1, FIELD_END, FIELD_END]);
    expect(dictionary).toEqual(['talk', 'x']);
  });

  it('numbers terms across segments by the dictionary, looked up once per segment', () => {
    const encoder = new TermEncoder();
    const first = new PendingSegment(0);
    first.addIds(0, encoder.encode(doc('alpha beta', [])));
    const second = new PendingSegment(1);
    second.addIds(1, encoder.encode(doc('beta gamma', [])));
    expect(second.seal().termCount).toBe(2);
    expect(first.seal().termCount).toBe(2);
  });
});
