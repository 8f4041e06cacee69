import type { WireItem } from '../../../src-main/core/parse/wire/wire-item';

// Scores reader output against items.json (SOURCES.md's conventions): one row per field
// the expected record gives, compared after the same normalisation the readers apply.

export type Expected = Record<string, unknown> & { file: string; item_index: number };

export interface Miss {
  file: string;
  index: number;
  field: string;
  expected: string;
  got: string;
}

/** Keys of items.json that describe a record rather than state a value a reader finds. */
const NOT_FIELDS = new Set([
  'file',
  'format',
  'item_index',
  'date_source',
  'date_note',
  'notes',
  'encoding',
  'source_of_truth',
  'tests',
  'body_format',
  'unclear',
  'language_text',
]);

const norm = (value: unknown): unknown => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value);
const sameSet = (a: unknown[], b: unknown[]): boolean => {
  const x = new Set(a.map(norm));
  const y = new Set(b.map(norm));
  return x.size === y.size && [...x].every((v) => y.has(v));
};

type Getter = (item: WireItem) => unknown;

const GETTERS: Record<string, Getter> = {
  guid: (i) => i.guid,
  version: (i) => i.version,
  title: (i) => i.title,
  date: (i) => i.date,
  date_iso: (i) => i.dateTime,
  date_utc: (i) => i.dateUtc,
  date_raw: (i) => i.dateRaw,
  versioncreated_iso: (i) => i.versionCreated,
  embargo_iso: (i) => i.embargo,
  place: (i) => i.place,
  dateline: (i) => i.dateline,
  located: (i) => i.located,
  agency: (i) => i.agency,
  distributor: (i) => i.distributor,
  credit: (i) => i.credit,
  byline: (i) => i.byline,
  byline_in_body: (i) => (i.bylineInBody ? i.byline : null),
  language: (i) => i.language,
  body_first: (i) => i.paragraphs[0]?.slice(0, 60) ?? null,
  body_last: (i) => i.paragraphs[i.paragraphs.length - 1]?.slice(-60) ?? null,
  paragraphs: (i) => i.paragraphs.length,
  trailer: (i) => i.trailer,
  body_contains: (i) => [...i.tableRows, ...i.paragraphs].join(' '),
  slugline: (i) => i.slugline,
  keywords: (i) => i.keywords,
  subjects: (i) => i.subjects,
  urgency: (i) => i.urgency,
  priority: (i) => i.priority,
  pubstatus: (i) => i.pubStatus,
  status_flags: (i) => i.flags,
  ednote: (i) => i.ednote,
};

/** Fields of one expected record, each right or a miss. Unknown keys are misses too, so none is silently skipped. */
export function scoreItem(expected: Expected, item: WireItem | undefined): { fields: number; misses: Miss[] } {
  const misses: Miss[] = [];
  let fields = 0;
  for (const [field, want] of Object.entries(expected)) {
    if (NOT_FIELDS.has(field)) continue;
    fields++;
    const getter = GETTERS[field];
    const got = item && getter ? getter(item) : undefined;
    if (!item || !getter || !matches(field, want, got)) {
      misses.push({
        file: expected.file,
        index: expected.item_index,
        field,
        expected: show(want),
        got: item ? (getter ? show(got) : '(no such output field)') : '(item missing)',
      });
    }
  }
  return { fields, misses };
}

function matches(field: string, want: unknown, got: unknown): boolean {
  if (field === 'body_contains') return Array.isArray(want) && want.every((s) => String(got).includes(String(norm(s))));
  if (field === 'keywords' || field === 'subjects' || field === 'status_flags')
    return Array.isArray(got) && sameSet(want as unknown[], got);
  if (Array.isArray(want))
    return Array.isArray(got) && want.length === got.length && want.every((w, k) => norm(w) === norm(got[k]));
  return norm(want ?? null) === norm(got ?? null);
}

function show(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}

export function missTable(misses: Miss[]): string {
  const rows = misses.map((m) => `${m.file}#${m.index} | ${m.field} | ${m.expected} | ${m.got}`);
  return ['file#item | field | expected | got', ...rows].join('\n');
}
