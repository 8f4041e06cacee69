// Which way a page writes an all-numeric date: `03/04/2020` is 3 April in Berlin or London
// and 4 March in New York. The page's locale decides it (html lang with its region, og:locale,
// the Content-Language header, else the country of its domain); the order of day and month
// for that locale comes from the platform's own CLDR data (Intl), not from a hand list. A page
// that names no region for English (`lang="en"` on a .com) stays undecided: its ambiguous
// dates are not read at all, since a wrong date is worse than none (issue 18).
import { boundedMemo } from '../bounded-memo';
import type { DateOrder } from './date';

/** Top-level domains that are no country's (or, like .uk, not spelled as the ISO region). */
const TLD_REGION: Readonly<Record<string, string>> = { uk: 'GB' };
const GENERIC_TLD = /^(?:com|org|net|info|biz|io|eu|int|edu|gov|mil|tv|me|co|app|dev|media|news|online)$/;

/** Day-first or month-first for the page, or null when nothing in it decides the order. */
export function pageDateOrder(document: Document, lang: string | undefined): DateOrder | null {
  const tags = [
    document.documentElement?.getAttribute('lang'),
    document.documentElement?.getAttribute('xml:lang'),
    document.querySelector('meta[property="og:locale"], meta[name="og:locale"]')?.getAttribute('content'),
    document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
  ]
    .map((tag) => tag?.trim().replace(/_/g, '-').split(/[,\s]/)[0] ?? '')
    .filter(Boolean);
  // A tag with a region settles it (`en-GB`, `en_US`); a bare language other than English too.
  for (const tag of tags) {
    const order = /-[a-z]{2}\b/i.test(tag) || !/^en\b/i.test(tag) ? localeOrder(tag) : null;
    if (order) return order;
  }
  const language = (lang ?? tags[0]?.split('-')[0] ?? 'en').toLowerCase();
  const region = domainRegion(document);
  return region ? localeOrder(`${language}-${region}`) : null;
}

/** The country of the page's canonical or og:url host, when its domain is a country's. */
function domainRegion(document: Document): string | null {
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"], meta[name="og:url"]')?.getAttribute('content');
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    return null;
  }
  const tld = host.split('.').pop()?.toLowerCase() ?? '';
  if (!/^[a-z]{2,}$/.test(tld) || GENERIC_TLD.test(tld)) return null;
  return tld.length === 2 ? (TLD_REGION[tld] ?? tld.toUpperCase()) : null;
}

// Orders already asked for: building an Intl.DateTimeFormat cost as much as the rest of the
// page's date reading, and pages name the same few locales.
const rememberedOrder = boundedMemo(1_000, cldrOrder);

/** The order CLDR gives `locale` for a short numeric date; null for year-first locales or an unknown tag. */
export function localeOrder(locale: string): DateOrder | null {
  return rememberedOrder(locale);
}

function cldrOrder(locale: string): DateOrder | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    return null;
  }
  // Intl falls back to a default it does know (`en-CO` to `en`, i.e. US order): only the
  // locale asked for, with its region when one was asked, says how the page writes dates.
  const resolved = format.resolvedOptions().locale.toLowerCase();
  const asked = locale.toLowerCase().split('-');
  if (resolved.split('-')[0] !== asked[0] || (asked[1] && !resolved.includes(`-${asked[1]}`))) return null;
  const parts = format.formatToParts(Date.UTC(2020, 2, 4, 12));
  const at = (type: string): number => parts.findIndex((p) => p.type === type);
  const [year, month, day] = [at('year'), at('month'), at('day')];
  if (year < month && year < day) return null;
  return month < day ? 'mdy' : 'dmy';
}
