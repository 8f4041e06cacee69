import { parseDateline } from './dateline';

// Who published a TREC-style <DOC> and where it was filed, from its SRC and AUTHOR elements.

interface Outlet {
  name: string;
  /** How the outlet names itself in AUTHOR or a dateline. */
  aliases: string[];
}

/**
 * The SRC codes of the ANT corpus (ant-multisource, ant-jawharafm) and the outlets they
 * stand for, with the Arabic names those outlets sign with (`فرانس 24`, `سكاي نيوز عربية`).
 */
const OUTLETS: Record<string, Outlet> = {
  bbc: { name: 'BBC Arabic', aliases: ['بي بي سي', 'بي بي سي عربي'] },
  cnn: { name: 'CNN Arabic', aliases: ['cnn', 'سي ان ان', 'سي إن إن'] },
  france24: { name: 'France 24', aliases: ['فرانس 24', 'فرانس24'] },
  skynews: { name: 'Sky News Arabia', aliases: ['سكاي نيوز عربية', 'سكاي نيوز'] },
  alarabia: { name: 'Al Arabiya', aliases: ['العربية.نت', 'العربية نت', 'العربية'] },
  jawharafm: { name: 'Jawhara FM', aliases: ['الجوهرة أف أم', 'الجوهرة اف ام', 'جوهرة أف أم'] },
};

export interface TrecSource {
  place: string | null;
  agency: string | null;
}

/**
 * AUTHOR is empty, an outlet (`فرانس 24`), a person (`علاوة مزياني`), or a dateline plus
 * byline where the byline is a wire agency (`الرياض - واس`), the outlet itself
 * (`أبوظبي - سكاي نيوز عربية`) or a reporter (`القاهرة - أحمد الريدي`). A reporter is not
 * an agency. Agency is null unless AUTHOR names one; `outletName` is the caller's fallback.
 */
export function readTrecAuthor(src: string | null, author: string | null): TrecSource {
  const outlet = findOutlet(src);
  const byline = author?.replace(/\s+/g, ' ').trim();
  if (!byline) return { place: null, agency: null };
  if (outlet && isAlias(outlet, byline)) return { place: null, agency: outlet.name };
  const dateline = parseDateline(byline);
  if (!dateline) return { place: null, agency: null };
  return { place: dateline.place, agency: outletAgency(dateline.agency, src) };
}

/** The outlet SRC names, by its full name when it is one of the ANT outlets. */
export function outletName(src: string | null): string | null {
  return findOutlet(src)?.name ?? (src?.trim() || null);
}

/** An agency that is the outlet itself (`(CNN)`, `سكاي نيوز عربية`) takes the outlet's full name. */
export function outletAgency(agency: string | null, src: string | null): string | null {
  const outlet = findOutlet(src);
  return agency && outlet && isAlias(outlet, agency) ? outlet.name : agency;
}

/** The outlet behind a SRC code such as `skynews`, `France24` or `Jawhara FM`. */
function findOutlet(src: string | null): Outlet | null {
  const code = src?.toLowerCase().replace(/[^a-z0-9]/g, '');
  return code ? (OUTLETS[code] ?? null) : null;
}

/** True when `name` is how `outlet` signs itself, e.g. `(CNN)` in a CNN Arabic dateline. */
function isAlias(outlet: Outlet, name: string): boolean {
  const clean = name.replace(/[()]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return outlet.aliases.includes(clean) || outlet.name.toLowerCase() === clean;
}
