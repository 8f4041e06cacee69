// Cuts a paragraph into the pieces the reader draws: query hits on the outside, so a
// hit is always one <mark> however highlights cross it, and inside each piece the
// stretches covered by the same set of highlights. Pure, so overlaps are tested here.
import type { Range } from '../../../src-main/contract/search';
import type { AnnotationSpan } from './annotation-layout';

/** A stretch of text covered by the same annotations, outermost first. */
export interface TextPart {
  text: string;
  annotations: AnnotationSpan[];
}

/** A query hit (numbered across the article) or the text between hits. */
export interface TextPiece {
  hit: number | null;
  parts: TextPart[];
}

/**
 * The paragraph `text` cut at every hit and highlight boundary. Concatenating every
 * part's text gives `text` back exactly, which the selection offsets rely on.
 */
export function segmentText(
  text: string,
  hits: readonly Range[] = [],
  spans: readonly AnnotationSpan[] = [],
  firstHit = 0,
): TextPiece[] {
  const pieces: TextPiece[] = [];
  const piece = (start: number, end: number, hit: number | null) =>
    pieces.push({ hit, parts: cutByAnnotations(text, start, end, spans) });
  let at = 0;
  let hit = firstHit;
  // Hits arrive sorted and disjoint from main; clamp anyway so a bad range cannot drop text.
  for (const [start, end] of hits) {
    const s = Math.max(at, Math.min(start, text.length));
    const e = Math.max(s, Math.min(end, text.length));
    if (s > at) piece(at, s, null);
    if (e > s) piece(s, e, hit++);
    at = e;
  }
  if (at < text.length || pieces.length === 0) piece(at, text.length, null);
  return pieces;
}

function cutByAnnotations(text: string, start: number, end: number, spans: readonly AnnotationSpan[]): TextPart[] {
  const inside = spans.filter((span) => span.start < end && span.end > start);
  const cuts = new Set([start, end]);
  for (const span of inside) {
    if (span.start > start) cuts.add(span.start);
    if (span.end < end) cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: TextPart[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? start;
    const to = points[i + 1] ?? end;
    parts.push({
      text: text.slice(from, to),
      annotations: inside.filter((span) => span.start <= from && span.end >= to),
    });
  }
  return parts.length > 0 ? parts : [{ text: '', annotations: [] }];
}

/** The annotation a part is drawn as: the innermost, i.e. the last of those covering it. */
export function topAnnotation(part: TextPart): AnnotationSpan | undefined {
  return part.annotations.at(-1);
}
