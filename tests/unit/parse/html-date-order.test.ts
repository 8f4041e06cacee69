import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { localeOrder, pageDateOrder } from '../../../src-main/core/parse/html-date-order';

const doc = (htmlAttrs: string, head = ''): Document =>
  parseHTML(`<!DOCTYPE html><html ${htmlAttrs}><head>${head}</head><body><p>x</p></body></html>`).document;

describe('the order in which a page writes day and month', () => {
  it('is month-first for US English and day-first for British English and German', () => {
    expect(pageDateOrder(doc('lang="en-US"'), 'en')).toBe('mdy');
    expect(pageDateOrder(doc('lang="en-GB"'), 'en')).toBe('dmy');
    expect(pageDateOrder(doc('lang="de"'), 'de')).toBe('dmy');
  });

  it('reads the region from og:locale and xml:lang when lang names none', () => {
    expect(pageDateOrder(doc('lang="en"', '<meta property="og:locale" content="en_US"/>'), 'en')).toBe('mdy');
    expect(pageDateOrder(doc('xml:lang="en-GB"'), undefined)).toBe('dmy');
  });

  it("falls back to the country of the page's domain, and stays undecided on a .com", () => {
    const at = (href: string): Document => doc('lang="en"', `<link rel="canonical" href="${href}"/>`);
    expect(pageDateOrder(at('https://www.example.co.uk/a'), 'en')).toBe('dmy');
    expect(pageDateOrder(at('https://www.example.com/a'), 'en')).toBeNull();
    expect(pageDateOrder(doc('lang="en"'), 'en')).toBeNull();
  });

  it('takes the order from CLDR, and none for year-first or unknown locales', () => {
    expect(localeOrder('fr')).toBe('dmy');
    expect(localeOrder('en-IN')).toBe('dmy');
    expect(localeOrder('ja')).toBeNull();
    expect(localeOrder('zz-QQ')).toBeNull();
  });
});
