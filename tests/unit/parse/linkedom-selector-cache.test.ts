// The compiled-selector cache put on linkedom's prototypes (parse/linkedom-selector-cache.ts):
// it must be installed, and a selector compiled once must answer for every document after.
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseHTML } from '../../../src-main/core/parse/linkedom-selector-cache';

const page = (body: string): Document => parseHTML(`<html><head></head><body>${body}</body></html>`).document;

describe('linkedom selector cache', () => {
  it('replaces the methods that compile a selector on each call', () => {
    const p = page('<p></p>').querySelector('p')!;
    for (const method of [p.querySelector, p.querySelectorAll, p.closest, p.matches])
      expect(String(method)).not.toContain('prepareMatch');
  });

  it('answers each document with its own elements for a selector already compiled', () => {
    const first = page('<div class="a"><p>one</p></div><p>two</p>');
    const second = page('<p>three</p><div class="a"><p>four</p><p>five</p></div>');
    expect(Array.from(first.querySelectorAll('.a p'), (p) => p.textContent)).toEqual(['one']);
    expect(Array.from(second.querySelectorAll('.a p'), (p) => p.textContent)).toEqual(['four', 'five']);
    expect(second.querySelector('.a p')?.textContent).toBe('four');
    expect(second.querySelectorAll('p')).toHaveLength(3);
  });

  it('matches descendants of an element by ancestors outside it, as the DOM does', () => {
    const document = page('<article><div><a href="/x">x</a></div></article>');
    const div = document.querySelector('div')!;
    expect(div.querySelector('article a[href]')?.textContent).toBe('x');
    expect(div.querySelector('section a')).toBeNull();
  });

  it('finds the closest ancestor, the element itself first', () => {
    const document = page('<address><p><span>x</span></p></address>');
    const span = document.querySelector('span')!;
    expect(span.closest('address')?.tagName).toBe('ADDRESS');
    expect(span.closest('span')).toBe(span);
    expect(span.closest('nav')).toBeNull();
  });

  it('scopes a :scope selector to the element asked each time', () => {
    const document = page('<ul id="a"><li>1</li><li><ul><li>2</li></ul></li></ul>');
    const outer = document.querySelector('#a')!;
    const inner = outer.querySelector('ul')!;
    expect(Array.from(outer.querySelectorAll(':scope > li'))).toHaveLength(2);
    expect(Array.from(inner.querySelectorAll(':scope > li'), (li) => li.textContent)).toEqual(['2']);
  });

  it('keeps tag names case-sensitive in XML and not in HTML', () => {
    const xml = new DOMParser().parseFromString('<feed><Item>x</Item><item>y</item></feed>', 'text/xml');
    expect(Array.from(xml.querySelectorAll('Item'), (el) => (el as Element).textContent)).toEqual(['x']);
    expect(page('<P>x</P>').querySelectorAll('p')).toHaveLength(1);
  });

  it('tests an element against a selector with matches', () => {
    const p = page('<p class="lead">x</p>').querySelector('p')!;
    expect(p.matches('p.lead')).toBe(true);
    expect(p.matches('div p')).toBe(false);
  });
});
