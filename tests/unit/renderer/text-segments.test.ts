import { describe, expect, it } from 'vitest';
import type { AnnotationSpan } from '../../../src-renderer/src/lib/annotation-layout';
import { segmentText, topAnnotation, type TextPiece } from '../../../src-renderer/src/lib/text-segments';

const TEXT = 'Moscow and Washington exchange data';

function span(id: string, start: number, end: number): AnnotationSpan {
  return { id, color: 'green', note: '', start, end };
}

/** Each piece as its text parts, a hit's in brackets and each annotated part tagged with its ids. */
function show(pieces: TextPiece[]): string {
  return pieces
    .map((piece) => {
      const inner = piece.parts
        .map((part) =>
          part.annotations.length ? `<${part.annotations.map((a) => a.id).join('+')}:${part.text}>` : part.text,
        )
        .join('');
      return piece.hit === null ? inner : `[${piece.hit}:${inner}]`;
    })
    .join('');
}

describe('segmentText', () => {
  it('gives back the text whole when nothing is marked', () => {
    expect(show(segmentText(TEXT))).toBe(TEXT);
  });

  it('marks query hits, numbered from the paragraph’s first hit', () => {
    expect(
      show(
        segmentText(
          TEXT,
          [
            [0, 6],
            [11, 21],
          ],
          [],
          4,
        ),
      ),
    ).toBe('[4:Moscow] and [5:Washington] exchange data');
  });

  it('marks a highlight', () => {
    expect(show(segmentText(TEXT, [], [span('a', 11, 21)]))).toBe('Moscow and <a:Washington> exchange data');
  });

  it('keeps a hit in one piece when a highlight crosses it, cutting the highlight instead', () => {
    const pieces = segmentText(TEXT, [[11, 21]], [span('a', 7, 15)]);
    expect(show(pieces)).toBe('Moscow <a:and >[0:<a:Wash>ington] exchange data');
    expect(pieces.filter((p) => p.hit !== null)).toHaveLength(1);
  });

  it('cuts overlapping highlights where each begins and ends, listing both where they overlap', () => {
    expect(show(segmentText(TEXT, [], [span('a', 0, 10), span('b', 7, 21)]))).toBe(
      '<a:Moscow ><a+b:and><b: Washington> exchange data',
    );
  });

  it('draws a highlight inside another in the inner one’s colour', () => {
    const pieces = segmentText(TEXT, [], [span('outer', 0, 21), { ...span('inner', 7, 10), color: 'pink' }]);
    const middle = pieces[0]?.parts.find((part) => part.text === 'and');
    expect(topAnnotation(middle!)?.color).toBe('pink');
  });

  it('loses no text to a range past the end', () => {
    const pieces = segmentText(TEXT, [[31, 99]], [span('a', 30, 80)]);
    expect(pieces.flatMap((p) => p.parts.map((part) => part.text)).join('')).toBe(TEXT);
  });

  it('gives an empty paragraph one empty piece', () => {
    expect(segmentText('')).toEqual([{ hit: null, parts: [{ text: '', annotations: [] }] }]);
  });
});
