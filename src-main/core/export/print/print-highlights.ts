// Where an article's highlights fall in print, paragraph by paragraph. Annotation
// offsets count in bodyText (paragraphs joined by a blank line, contract/userdata.ts)
// while the print template writes one element per paragraph, so a highlight is cut into
// one span per paragraph it touches. The renderer's reader does the same cut for the
// screen (src-renderer/src/lib/annotation-layout.ts); the core cannot import it.
import { escapeUTF8 } from 'entities';
import { paragraphStarts, type Annotation, type HighlightColor } from '../../../contract/userdata';

/** The part of one highlight inside one paragraph, in that paragraph's offsets. */
export interface PrintSpan {
  color: HighlightColor;
  start: number;
  end: number;
  /** The footnote number, on the highlight's last span only: the marker follows the highlighted words. */
  marker: number | null;
}

export interface Footnote {
  number: number;
  annotation: Annotation;
}

export interface HighlightPlan {
  /** One list per paragraph. */
  spans: PrintSpan[][];
  /** Highlights with a note, numbered in text order. */
  footnotes: Footnote[];
  /** Orphaned highlights, and any whose offsets fall outside the text: listed, never dropped. */
  unplaced: Annotation[];
}

/**
 * Cuts the highlights into paragraph spans and numbers those with a note. Only a note
 * gets a number: a marker promises something to read at the foot, and a number that
 * leads nowhere would send the reader looking for it. The colour alone marks the rest.
 */
export function planHighlights(paragraphs: readonly string[], annotations: readonly Annotation[]): HighlightPlan {
  const starts = paragraphStarts(paragraphs);
  const plan: HighlightPlan = { spans: paragraphs.map(() => []), footnotes: [], unplaced: [] };
  const placed = annotations
    .filter((a) => a.placement !== 'orphaned')
    .sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
  for (const annotation of placed) {
    const pieces = clip(paragraphs, starts, annotation);
    const last = pieces.at(-1);
    if (!last) {
      plan.unplaced.push(annotation);
      continue;
    }
    if (annotation.note.trim()) {
      const number = plan.footnotes.length + 1;
      plan.footnotes.push({ number, annotation });
      last.span.marker = number;
    }
    for (const { index, span } of pieces) plan.spans[index]?.push(span);
  }
  plan.unplaced.push(...annotations.filter((a) => a.placement === 'orphaned'));
  return plan;
}

function clip(
  paragraphs: readonly string[],
  starts: readonly number[],
  annotation: Annotation,
): { index: number; span: PrintSpan }[] {
  const { start, end } = annotation.anchor;
  const pieces: { index: number; span: PrintSpan }[] = [];
  paragraphs.forEach((text, index) => {
    const at = starts[index] ?? 0;
    const from = Math.max(start, at) - at;
    const to = Math.min(end, at + text.length) - at;
    if (to > from) pieces.push({ index, span: { color: annotation.color, start: from, end: to, marker: null } });
  });
  return pieces;
}

/**
 * One paragraph as escaped HTML with its highlights as `<mark>`s and the footnote
 * markers after them. Where highlights overlap, the stretch takes the colour of the
 * innermost one (the latest to start), as the reader draws it.
 */
export function paragraphHtml(text: string, spans: readonly PrintSpan[], markerHtml: (n: number) => string): string {
  const cuts = new Set([0, text.length]);
  for (const span of spans) cuts.add(span.start).add(span.end);
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    const words = escapeUTF8(text.slice(from, to));
    const top = innermost(covering);
    html += top ? `<mark class="hl hl-${top.color}">${words}</mark>` : words;
    const markers = spans.filter((s) => s.end === to && s.marker !== null).map((s) => s.marker!);
    html += markers
      .sort((a, b) => a - b)
      .map(markerHtml)
      .join('');
  }
  return html;
}

/** The span drawn on top where several cover a stretch: the latest to start, then the shortest. */
function innermost(spans: readonly PrintSpan[]): PrintSpan | undefined {
  let inner: PrintSpan | undefined;
  for (const s of spans) {
    if (!inner || s.start > inner.start || (s.start === inner.start && s.end < inner.end)) inner = s;
  }
  return inner;
}
