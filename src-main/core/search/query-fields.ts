// The `name:value` terms of the query language: which names are fields, and what each
// value means. Values that can only be wrong in known ways (dates, has:, status:) are
// checked here, so a mistyped one is an error to show rather than a search for nothing.
import { isMatch } from 'date-fns';
import { DISPATCH_STATUSES } from '../../contract/archive';
import { MENTION_FACETS, type MentionFacetName } from '../../contract/search';
import type { DispatchStatus } from '../../contract/records';
import { QuerySyntaxError } from './query-errors';
import { HAS_VALUES, type FieldName, type QueryNode } from './query-tree';

export type LexedField =
  FieldName | 'date' | 'tag' | 'has' | 'status' | 'subject' | 'thread' | 'mentions' | MentionFacetName;

// A Map, not an object literal: `constructor:x` must not find Object's (audit finding 14).
const FIELDS = new Map<string, LexedField>([
  ['agency', 'agency'],
  ['place', 'place'],
  ['lang', 'language'],
  ['language', 'language'],
  ['byline', 'byline'],
  ['date', 'date'],
  ['tag', 'tag'],
  ['has', 'has'],
  ['status', 'status'],
  ['subject', 'subject'],
  ['thread', 'thread'],
  ['person', 'person'],
  ['org', 'org'],
  ['location', 'location'],
  ['mentions', 'mentions'],
]);

/** The field a typed name (any case) stands for; undefined for a word that merely holds a colon. */
export function fieldNamed(name: string): LexedField | undefined {
  return FIELDS.get(name.toLowerCase());
}

/** The words people use for a status besides its own name, as agencies and newsrooms say them. */
const STATUS_WORDS = new Map<string, DispatchStatus>([
  ...DISPATCH_STATUSES.map((s): [string, DispatchStatus] => [s, s]),
  ['cancelled', 'canceled'],
  ['killed', 'canceled'],
  ['kill', 'canceled'],
  ['withdrawn', 'canceled'],
  ['embargo', 'embargoed'],
]);

/** The node for `name:value`; `value` is trimmed and not empty. */
export function fieldNode(name: LexedField, value: string): QueryNode {
  switch (name) {
    case 'date':
      return parseDateRange(value);
    case 'tag':
      return { kind: 'tag', name: value };
    case 'has':
      return hasNode(value);
    case 'status': {
      const status = STATUS_WORDS.get(value.toLowerCase());
      if (!status) throw new QuerySyntaxError('status-invalid', value);
      return { kind: 'status', status };
    }
    case 'subject':
      return subjectNode(value);
    case 'thread':
      return { kind: 'thread', id: value };
    case 'mentions':
      return { kind: 'mentions', facets: [...MENTION_FACETS], value };
    case 'person':
    case 'org':
    case 'location':
      return { kind: 'mentions', facets: [name], value };
    default:
      return { kind: 'field', field: name, value };
  }
}

function hasNode(value: string): QueryNode {
  const lower = value.toLowerCase();
  // `has:annotation`, `has:notes`, `has:tag`, `has:version` are meant the same way.
  const same = (v: string): boolean => v === lower || v === `${lower}s` || `${v}s` === lower;
  if (same('versions')) return { kind: 'versions' };
  if (same('threads')) return { kind: 'threaded' };
  const what = HAS_VALUES.find(same);
  if (!what) throw new QuerySyntaxError('has-invalid', value);
  return { kind: 'has', what };
}

// Subjects are codes with a scheme (`medtop:20001065`, `subj:11000000`) as often as
// keywords (`POLITICS`), so a value may hold colons. A scheme alone (`medtop:`) asks for
// any code of that scheme, as `medtop:*` would; a value with no letter or digit asks for nothing.
function subjectNode(value: string): QueryNode {
  const star = value.endsWith('*');
  const text = value.replace(/\*+$/u, '');
  if (!/[\p{L}\p{N}]/u.test(text)) throw new QuerySyntaxError('field-needs-value', 'subject');
  return { kind: 'subject', value: text, prefix: star || text.endsWith(':') };
}

const DATE_FORMATS = ['yyyy', 'yyyy-MM', 'yyyy-MM-dd'];

/** `2016`, `2016-07`, `2016-07-15`, or a range of those with `..`; either end of a range may be open. */
export function parseDateRange(value: string): QueryNode {
  const [fromText, toText, extra] = value.split('..');
  const isRange = toText !== undefined;
  if (extra !== undefined || (isRange && !fromText && !toText)) throw dateError(value);
  const from = fromText ? dateBound(fromText, 'start', value) : null;
  const to = isRange ? (toText ? dateBound(toText, 'end', value) : null) : dateBound(fromText!, 'end', value);
  if (from && to && from > to) throw new QuerySyntaxError('date-reversed', value);
  return { kind: 'date', from, to };
}

function dateBound(text: string, end: 'start' | 'end', whole: string): string {
  if (!DATE_FORMATS.some((format) => text.length === format.length && isMatch(text, format))) throw dateError(whole);
  // String bounds compare correctly against ISO dates: `2016-07` ≤ `2016-07-15` ≤ `2016-07-99`.
  return end === 'start' ? text : `${text}${'-99'.repeat((10 - text.length) / 3)}`;
}

function dateError(value: string): QuerySyntaxError {
  return new QuerySyntaxError('date-invalid', value);
}
