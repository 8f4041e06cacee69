import { describe, expect, it } from 'vitest';
import { focusZone, keyAction, type ElementLike } from '../../../src-renderer/src/lib/keyboard';

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
    expect([keyAction({ key: 'Escape' }, 'list'), keyAction({ key: 'Escape' }, 'page')]).toEqual(['clear-filters', 'clear-filters']);
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
    expect([keyAction({ key: 'j', ctrlKey: true }, 'list'), keyAction({ key: 'ArrowDown', altKey: true }, 'list')]).toEqual([null, null]);
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
