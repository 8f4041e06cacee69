import { describe, expect, it } from 'vitest';
import { focusZone, isBusyElsewhere, keyAction, type ElementLike } from '../../../src-renderer/src/lib/keyboard';

describe('keyAction', () => {
  it('moves to the next row on j in the list', () => {
    expect(keyAction({ key: 'j' }, 'list')).toBe('next');
  });

  it('moves to the next row on ArrowDown with the focus on the page', () => {
    expect(keyAction({ key: 'ArrowDown' }, 'page')).toBe('next');
  });

  it('moves to the previous row on k and ArrowUp', () => {
    expect([keyAction({ key: 'k' }, 'list'), keyAction({ key: 'ArrowUp' }, 'list')]).toEqual(['previous', 'previous']);
  });

  it('opens the cursor row on Enter in the list', () => {
    expect(keyAction({ key: 'Enter' }, 'list')).toBe('open');
  });

  it('jumps with Home, End, PageUp and PageDown in the list', () => {
    const keys = ['Home', 'End', 'PageUp', 'PageDown'].map((key) => keyAction({ key }, 'list'));
    expect(keys).toEqual(['first', 'last', 'page-up', 'page-down']);
  });

  it('focuses the search box on / outside text fields', () => {
    expect(keyAction({ key: '/' }, 'page')).toBe('focus-search');
  });

  it('leaves / to the field while typing', () => {
    expect([keyAction({ key: '/' }, 'search'), keyAction({ key: '/' }, 'text')]).toEqual([null, null]);
  });

  it('leaves j and k to the field while typing in the search box', () => {
    expect([keyAction({ key: 'j' }, 'search'), keyAction({ key: 'k' }, 'search')]).toEqual([null, null]);
  });

  it('clears the query on Escape in the search box', () => {
    expect(keyAction({ key: 'Escape' }, 'search')).toBe('clear-query');
  });

  it('moves from the search box to the list on ArrowDown', () => {
    expect(keyAction({ key: 'ArrowDown' }, 'search')).toBe('focus-list');
  });

  it('clears the filters on Escape elsewhere', () => {
    expect([keyAction({ key: 'Escape' }, 'list'), keyAction({ key: 'Escape' }, 'page')]).toEqual([
      'clear-filters',
      'clear-filters',
    ]);
  });

  it('leaves Enter and the arrows to a focused button', () => {
    expect([keyAction({ key: 'Enter' }, 'control'), keyAction({ key: 'ArrowDown' }, 'control')]).toEqual([null, null]);
  });

  it('still moves through the list on j from a focused button', () => {
    expect(keyAction({ key: 'j' }, 'control')).toBe('next');
  });

  it('does nothing inside a dialog', () => {
    expect(keyAction({ key: 'Escape' }, 'dialog')).toBeNull();
  });

  it('does nothing with a modifier held, so browser shortcuts keep working', () => {
    expect([
      keyAction({ key: 'j', ctrlKey: true }, 'list'),
      keyAction({ key: 'ArrowDown', altKey: true }, 'list'),
    ]).toEqual([null, null]);
  });

  it('does nothing while an input method is composing', () => {
    expect(keyAction({ key: 'Enter', isComposing: true }, 'list')).toBeNull();
  });
});

function element(tagName: string, attributes: Record<string, string> = {}, ancestors: string[] = []): ElementLike {
  return {
    tagName: tagName.toUpperCase(),
    getAttribute: (name) => attributes[name] ?? null,
    closest: (selector) => (ancestors.some((a) => selector.includes(a)) ? {} : null),
  };
}

describe('keyAction for the selection', () => {
  it('extends the selection on Shift+j (read as J) and Shift+ArrowDown in the list', () => {
    const keys = [{ key: 'J' }, { key: 'ArrowDown' }].map((press) => keyAction({ ...press, shiftKey: true }, 'list'));
    expect(keys).toEqual(['extend-next', 'extend-next']);
  });

  it('extends the selection upwards on Shift+k and Shift+ArrowUp', () => {
    const keys = [{ key: 'K' }, { key: 'ArrowUp' }].map((press) => keyAction({ ...press, shiftKey: true }, 'page'));
    expect(keys).toEqual(['extend-previous', 'extend-previous']);
  });

  it('leaves Shift+arrows to a text field, where they select text', () => {
    expect(keyAction({ key: 'ArrowDown', shiftKey: true }, 'text')).toBeNull();
  });

  it('selects every result on Ctrl+A and Cmd+A in the list', () => {
    expect([keyAction({ key: 'a', ctrlKey: true }, 'list'), keyAction({ key: 'a', metaKey: true }, 'page')]).toEqual([
      'select-all',
      'select-all',
    ]);
  });

  it('leaves Ctrl+A to the search box, where it selects the query', () => {
    expect(keyAction({ key: 'a', ctrlKey: true }, 'search')).toBeNull();
  });

  it('opens the tag editor on t outside text fields', () => {
    expect([keyAction({ key: 't' }, 'list'), keyAction({ key: 't' }, 'search')]).toEqual(['tag', null]);
  });

  it('still focuses the search on a / typed with Shift, as some layouts need', () => {
    expect(keyAction({ key: '/', shiftKey: true }, 'page')).toBe('focus-search');
  });
});

describe('isBusyElsewhere', () => {
  it('leaves keys sent to a field or into a dialog to them', () => {
    expect(
      [element('input', { type: 'checkbox' }), element('textarea'), element('button', {}, ['dialog'])].map(
        isBusyElsewhere,
      ),
    ).toEqual([true, true, true]);
  });

  it('takes keys sent to the page or a button outside dialogs', () => {
    expect([element('body'), element('button'), null].map(isBusyElsewhere)).toEqual([false, false, false]);
  });
});

describe('focusZone', () => {
  it('puts the search input in the search zone', () => {
    expect(focusZone(element('input', { type: 'search' }))).toBe('search');
  });

  it('puts other typing inputs and selects in the text zone', () => {
    expect([focusZone(element('input')), focusZone(element('select'))]).toEqual(['text', 'text']);
  });

  it('puts a checkbox among the controls', () => {
    expect(focusZone(element('input', { type: 'checkbox' }))).toBe('control');
  });

  it('puts anything inside a dialog in the dialog zone', () => {
    expect(focusZone(element('button', {}, ['dialog']))).toBe('dialog');
  });

  it('puts the article list and its rows in the list zone', () => {
    expect(focusZone(element('div', {}, ['listbox']))).toBe('list');
  });

  it('puts the body and a missing target in the page zone', () => {
    expect([focusZone(element('body')), focusZone(null)]).toEqual(['page', 'page']);
  });
});
