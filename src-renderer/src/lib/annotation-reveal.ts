// Bringing a highlight into view from the panel: scroll its first piece to the middle
// of the reader and flash every piece of it (a highlight across paragraphs or hits is
// several marks). The flash runs through the Web Animations API, which the strict CSP
// allows, unlike inline styles.

const FLASH: Keyframe[] = [
  { outline: '3px solid var(--accent)', outlineOffset: '2px' },
  { outline: '3px solid transparent', outlineOffset: '2px' },
];

/** The marks that draw annotation `id` inside `root`, in text order. */
export function annotationMarks(root: ParentNode, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('mark[data-annotation-ids]')].filter((mark) =>
    (mark.dataset.annotationIds ?? '').split(' ').includes(id),
  );
}

/** Scrolls to annotation `id` and flashes it; false when it is not drawn (e.g. orphaned). */
export function revealAnnotation(root: ParentNode, id: string): boolean {
  const marks = annotationMarks(root, id);
  const first = marks[0];
  if (!first) return false;
  const still = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  first.scrollIntoView?.({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  for (const mark of marks) mark.animate?.(FLASH, { duration: 1400, easing: 'ease-out' });
  return true;
}
