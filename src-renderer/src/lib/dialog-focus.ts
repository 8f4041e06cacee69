// Keeping the keyboard inside a modal dialog: focus starts on its first control, Tab
// from its last control wraps to the first, Shift+Tab from the first to the last.
// Pure DOM, no state.

const FOCUSABLE =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex="0"]';

/** Focuses the first control inside `container`, or the container itself when it has none. */
export function focusFirst(container: HTMLElement): void {
  (container.querySelector<HTMLElement>(FOCUSABLE) ?? container).focus();
}

export function keepTabInside(event: KeyboardEvent, container: HTMLElement): void {
  const controls = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls.at(-1);
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}

/**
 * Svelte action: Escape pressed anywhere inside `node` calls `back` and goes no
 * further, so an inner form closes before the dialog around it. An action, because
 * the keys come from the controls inside; the element itself never takes focus.
 */
export function escapeBacksOut(node: HTMLElement, back: () => void) {
  let current = back;
  const onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    current();
  };
  node.addEventListener('keydown', onKeydown);
  return {
    update(next: () => void) {
      current = next;
    },
    destroy() {
      node.removeEventListener('keydown', onKeydown);
    },
  };
}
