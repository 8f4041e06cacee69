import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src-main/contract/userdata';
import { bodyText } from '../../../src-main/contract/userdata';
import { groupAnnotations, layoutAnnotations } from '../../../src-renderer/src/lib/annotation-layout';
import { annotationOver } from '../../fixtures/annotations';

const PARAGRAPHS = ['Damascus, SANA – talks resumed.', 'Moscow and Washington exchange data.', 'Geneva next.'];
const BODY = bodyText(PARAGRAPHS);

/** An annotation `id` over the first occurrence of `quote` in the body. */
function annotation(id: string, quote: string, extra: Partial<Annotation> = {}): Annotation {
  return annotationOver(BODY, quote, { id, ...extra });
}

describe('layoutAnnotations', () => {
  it('puts an annotation inside one paragraph at that paragraph’s own offsets', () => {
    const spans = layoutAnnotations(PARAGRAPHS, [annotation('a', 'Washington')]);
    expect(spans[0]).toEqual([]);
    expect(spans[1]).toEqual([{ id: 'a', color: 'yellow', note: '', start: 11, end: 21 }]);
    expect(PARAGRAPHS[1]!.slice(11, 21)).toBe('Washington');
  });

  it('splits an annotation that spans paragraphs into one span per paragraph, leaving out the gap between them', () => {
    const spans = layoutAnnotations(PARAGRAPHS, [annotation('a', 'resumed.\n\nMoscow')]);
    expect(spans[0]?.map((s) => PARAGRAPHS[0]!.slice(s.start, s.end))).toEqual(['resumed.']);
    expect(spans[1]?.map((s) => PARAGRAPHS[1]!.slice(s.start, s.end))).toEqual(['Moscow']);
    expect(spans[2]).toEqual([]);
  });

  it('covers a whole middle paragraph when an annotation runs through it', () => {
    const spans = layoutAnnotations(PARAGRAPHS, [
      annotation('a', 'talks resumed.\n\nMoscow and Washington exchange data.\n\nGeneva'),
    ]);
    expect(spans[1]).toEqual([{ id: 'a', color: 'yellow', note: '', start: 0, end: PARAGRAPHS[1]!.length }]);
    expect(spans[2]?.[0]).toMatchObject({ start: 0, end: 6 });
  });

  it('keeps overlapping annotations, the outer one first', () => {
    const outer = annotation('outer', 'Moscow and Washington');
    const inner = annotation('inner', 'and', { color: 'blue' });
    const spans = layoutAnnotations(PARAGRAPHS, [inner, outer]);
    expect(spans[1]?.map((s) => s.id)).toEqual(['outer', 'inner']);
  });

  it('orders the spans of a paragraph by where they start', () => {
    const spans = layoutAnnotations(PARAGRAPHS, [annotation('late', 'data'), annotation('early', 'Moscow')]);
    expect(spans[1]?.map((s) => s.id)).toEqual(['early', 'late']);
  });

  it('leaves orphaned annotations out of the text', () => {
    const spans = layoutAnnotations(PARAGRAPHS, [annotation('lost', 'Geneva', { placement: 'orphaned' })]);
    expect(spans.flat()).toEqual([]);
  });

  it('draws nothing for an annotation that only covers the blank line between paragraphs', () => {
    const gap = PARAGRAPHS[0]!.length;
    const spans = layoutAnnotations(PARAGRAPHS, [
      annotation('gap', 'resumed.', { anchor: { start: gap, end: gap + 2, quote: '\n\n', prefix: '', suffix: '' } }),
    ]);
    expect(spans.flat()).toEqual([]);
  });
});

describe('groupAnnotations', () => {
  it('lists placed annotations in text order and the orphaned ones apart', () => {
    const later = annotation('later', 'Geneva');
    const earlier = annotation('earlier', 'Damascus');
    const lost = annotation('lost', 'Moscow', { placement: 'orphaned' });
    const groups = groupAnnotations([lost, later, earlier]);
    expect(groups.placed.map((a) => a.id)).toEqual(['earlier', 'later']);
    expect(groups.orphaned.map((a) => a.id)).toEqual(['lost']);
  });
});
