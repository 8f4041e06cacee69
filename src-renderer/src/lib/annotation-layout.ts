// Where an article's highlights fall, paragraph by paragraph. Annotation offsets count
// in bodyText (paragraphs joined by a blank line, see contract/userdata.ts) while the
// reader renders one element per paragraph, so each annotation is cut into one span
// per paragraph it touches, in that paragraph's own offsets.
import { paragraphStarts, type Annotation, type HighlightColor } from '../../../src-main/contract/userdata';

/** The part of one annotation that lies inside one paragraph. */
export interface AnnotationSpan {
  id: string;
  color: HighlightColor;
  note: string;
  /** Offsets into the paragraph's text, start < end. */
  start: number;
  end: number;
}

/** An orphaned annotation has no place in the current text; it is listed, never drawn. */
export function isPlaced(annotation: Annotation): boolean {
  return annotation.placement !== 'orphaned';
}

/**
 * Each paragraph's annotation spans, sorted by start and, at one start, longest first,
 * so an annotation that lies inside another comes after it (see segmentText).
 */
export function layoutAnnotations(
  paragraphs: readonly string[],
  annotations: readonly Annotation[],
): AnnotationSpan[][] {
  const starts = paragraphStarts(paragraphs);
  const spans: AnnotationSpan[][] = paragraphs.map(() => []);
  for (const annotation of annotations) {
    if (!isPlaced(annotation)) continue;
    const { start, end } = annotation.anchor;
    paragraphs.forEach((text, i) => {
      const at = starts[i] ?? 0;
      const from = Math.max(start, at) - at;
      const to = Math.min(end, at + text.length) - at;
      if (to > from)
        spans[i]?.push({ id: annotation.id, color: annotation.color, note: annotation.note, start: from, end: to });
    });
  }
  for (const list of spans) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans;
}

/** Placed annotations in text order, then the orphaned ones, as the panel lists them. */
export function groupAnnotations(annotations: readonly Annotation[]): { placed: Annotation[]; orphaned: Annotation[] } {
  const placed = annotations
    .filter(isPlaced)
    .sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
  return { placed, orphaned: annotations.filter((a) => !isPlaced(a)) };
}
