// The keyboard map: which action a key press means, given where the focus is.
// Pure, so the map is tested without a DOM; the components only carry actions out.

export type KeyAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'page-down'
  | 'page-up'
  | 'open'
  | 'focus-search'
  | 'focus-list'
  | 'clear-query'
  | 'clear-filters'
  /** Move the cursor one row and take it into the selection (Shift+j/k, Shift+arrows). */
  | 'extend-next'
  | 'extend-previous'
  | 'select-all'
  /** Open the tag editor for the selection. */
  | 'tag';

/** Actions that move the list's cursor, select rows or open a row: the list handles these itself. */
export const LIST_ACTIONS: ReadonlySet<KeyAction> = new Set([
  'next',
  'previous',
  'first',
  'last',
  'page-down',
  'page-up',
  'open',
  'extend-next',
  'extend-previous',
  'select-all',
]);

/**
 * Where a key press lands. `search` is the search box, `text` any other field that
 * takes typing (or a select, whose arrows are its own), `control` a button or link
 * (whose Enter, Space and arrows are its own), `dialog` anything inside a dialog,
 * `list` the article list, `page` anywhere else.
 */
export type FocusZone = 'search' | 'text' | 'control' | 'dialog' | 'list' | 'page';

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
  /** True while an input method is composing (e.g. typing Japanese): keys belong to it. */
  isComposing?: boolean;
}

const LIST_KEYS: Record<string, KeyAction> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  PageDown: 'page-down',
  PageUp: 'page-up',
  Enter: 'open',
};

/** With Shift, these extend the selection instead of moving; Shift+j reads as `J`. */
const EXTEND_KEYS: Record<string, KeyAction> = {
  j: 'extend-next',
  J: 'extend-next',
  ArrowDown: 'extend-next',
  k: 'extend-previous',
  K: 'extend-previous',
  ArrowUp: 'extend-previous',
};

/** Letters are matched as typed, so a Russian layout's о/л (the j/k keys) do nothing, as on any other letter. */
export function keyAction(press: KeyPress, zone: FocusZone): KeyAction | null {
  if (press.isComposing || press.altKey) return null;
  const rowZone = zone === 'list' || zone === 'page';
  // Ctrl+A (Cmd+A on macOS) selects every result; in a field it keeps selecting the field's text.
  if (press.ctrlKey || press.metaKey)
    return rowZone && (press.key === 'a' || press.key === 'A') && !press.shiftKey ? 'select-all' : null;
  if (press.shiftKey && (rowZone || zone === 'control')) {
    const extend = EXTEND_KEYS[press.key];
    if (extend) return extend;
  }
  switch (zone) {
    case 'dialog':
    case 'text':
      return null;
    case 'search':
      if (press.key === 'Escape') return 'clear-query';
      return press.key === 'ArrowDown' || press.key === 'Enter' ? 'focus-list' : null;
    case 'control':
      if (press.key === 'j') return 'next';
      if (press.key === 'k') return 'previous';
      return commonAction(press.key);
    case 'list':
    case 'page':
      return LIST_KEYS[press.key] ?? commonAction(press.key);
  }
}

function commonAction(key: string): KeyAction | null {
  if (key === '/') return 'focus-search';
  if (key === 't') return 'tag';
  if (key === 'Escape') return 'clear-filters';
  return null;
}

/** The smallest view of a DOM element `focusZone` needs, so it can be tested with plain objects. */
export interface ElementLike {
  tagName: string;
  isContentEditable?: boolean;
  getAttribute(name: string): string | null;
  closest(selector: string): unknown;
}

const TYPING_INPUTS = new Set([
  'text',
  'search',
  'email',
  'number',
  'password',
  'tel',
  'url',
  'date',
  'month',
  'time',
  'datetime-local',
]);

/**
 * Whether a key press belongs to a field (it is typing) or to a dialog (it has keys
 * of its own), so the reader's single-key shortcuts (n, h, Esc) leave it alone.
 */
export function isBusyElsewhere(target: EventTarget | ElementLike | null): boolean {
  if (!target || !('closest' in target) || typeof target.closest !== 'function') return false;
  const element = target as ElementLike;
  return (
    element.isContentEditable === true ||
    /^(input|textarea|select)$/i.test(element.tagName) ||
    element.closest('dialog, [role="dialog"]') != null
  );
}

/** The zone of the element a key press was sent to. */
export function focusZone(target: ElementLike | null): FocusZone {
  if (!target || typeof target.closest !== 'function') return 'page';
  if (target.closest('dialog, [role="dialog"]')) return 'dialog';
  const tag = target.tagName.toLowerCase();
  if (tag === 'input') {
    const type = (target.getAttribute('type') ?? 'text').toLowerCase();
    if (target.getAttribute('role') === 'searchbox' || type === 'search') return 'search';
    return TYPING_INPUTS.has(type) ? 'text' : 'control';
  }
  if (tag === 'textarea' || tag === 'select' || target.isContentEditable) return 'text';
  if (target.closest('[role="listbox"]')) return 'list';
  if (tag === 'button' || tag === 'a' || tag === 'summary') return 'control';
  return 'page';
}
