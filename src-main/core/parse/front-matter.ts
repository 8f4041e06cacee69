// YAML front matter of a Markdown dispatch (`---` … `---`), read with the `yaml` package.
import { parse as parseYaml } from 'yaml';
import { parseDate } from './date';
import { parseDateline } from './dateline';

export interface FrontMatter {
  title: string | null;
  date: string | null;
  place: string | null;
  agency: string | null;
  signature: string | null;
  tags: string[] | undefined;
  languageHint: string | undefined;
}

const EMPTY: FrontMatter = {
  title: null,
  date: null,
  place: null,
  agency: null,
  signature: null,
  tags: undefined,
  languageHint: undefined,
};

/**
 * A dispatch's front matter is a few lines. yaml checks each key against every other for
 * duplicates, so a long one is quadratic: 20,000 keys took 10 s (audit finding 1).
 */
const MAX_FRONT_MATTER = 16 * 1024;

/**
 * yaml recurses once per nested `[` or `{` and overflowed the stack at about 800 levels;
 * running out of stack inside a regex can end the whole process rather than throw (seen
 * with 10,000 levels; audit finding 2). A real front matter nests two or three deep.
 */
const MAX_FLOW_DEPTH = 64;

/** The deepest `[`/`{` nesting of the text, quotes not considered: an upper bound of what yaml will nest. */
function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return max;
}

const FENCE = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/u;

/** Splits off and reads the front matter; the body is what follows it (the whole text when there is none). */
export function readFrontMatter(text: string): { front: FrontMatter; body: string; warnings: string[] } {
  const fence = FENCE.exec(text);
  if (!fence) return { front: EMPTY, body: text, warnings: [] };
  const body = text.slice(fence[0].length);
  if ((fence[1] ?? '').length > MAX_FRONT_MATTER) {
    return { front: EMPTY, body, warnings: [`front matter is over ${MAX_FRONT_MATTER / 1024} KB and was ignored`] };
  }
  if (bracketDepth(fence[1] ?? '') > MAX_FLOW_DEPTH) {
    return {
      front: EMPTY,
      body,
      warnings: [`front matter nests more than ${MAX_FLOW_DEPTH} levels deep and was ignored`],
    };
  }
  let data: unknown;
  try {
    data = parseYaml(fence[1] ?? '');
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { front: EMPTY, body, warnings: [`front matter is not valid YAML and was ignored: ${why}`] };
  }
  if (data === null || data === undefined) return { front: EMPTY, body, warnings: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { front: EMPTY, body, warnings: ['front matter is not a key: value map and was ignored'] };
  }
  return fieldsOf(lowerKeys(data as Record<string, unknown>), body);
}

function lowerKeys(data: Record<string, unknown>): Map<string, unknown> {
  return new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
}

function fieldsOf(data: Map<string, unknown>, body: string): { front: FrontMatter; body: string; warnings: string[] } {
  const warnings: string[] = [];
  const date = dateOf(data.get('date'), warnings);
  const { place, agency } = placeAndAgency(data);
  const front: FrontMatter = {
    title: stringOf(data.get('title')),
    date,
    place,
    agency,
    signature: stringOf(data.get('signature')),
    tags: tagsOf(data.get('tags')),
    languageHint: languageOf(data.get('lang') ?? data.get('language'), warnings),
  };
  return { front, body, warnings };
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  return value.trim() || null;
}

function dateOf(value: unknown, warnings: string[]): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const raw = stringOf(value);
  if (raw === null) return null;
  const iso = parseDate(raw);
  if (iso === null) warnings.push(`front matter date "${raw}" is not a recognisable date`);
  return iso;
}

/** `place`/`agency` (or `source`) win; a `dateline` such as `Moscow – SANA` fills what they leave out. */
function placeAndAgency(data: Map<string, unknown>): { place: string | null; agency: string | null } {
  const place = stringOf(data.get('place'));
  const agency = stringOf(data.get('agency')) ?? stringOf(data.get('source'));
  const dateline = stringOf(data.get('dateline'));
  if (dateline === null) return { place, agency };
  const parsed = parseDateline(dateline);
  // A dateline field with no agency in it (`dateline: Moscow`) is just the place.
  return { place: place ?? (parsed ? parsed.place : dateline), agency: agency ?? parsed?.agency ?? null };
}

/** `tags: [a, b]` or `tags: a, b`. */
function tagsOf(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const tags = list.map(stringOf).filter((t): t is string => t !== null);
  return tags.length > 0 ? tags : undefined;
}

/** `lang: ru`, `language: en-GB` → the ISO 639 primary subtag. */
function languageOf(value: unknown, warnings: string[]): string | undefined {
  const raw = stringOf(value);
  if (raw === null) return undefined;
  const primary = raw.toLowerCase().split(/[-_]/u)[0] ?? '';
  if (/^[a-z]{2,3}$/u.test(primary)) return primary;
  warnings.push(`front matter language "${raw}" is not a language code and was ignored`);
  return undefined;
}
