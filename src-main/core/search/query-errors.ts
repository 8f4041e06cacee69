// Why a query could not be parsed, worded in English for the CLI and logs. The renderer
// words each code itself from its message files (contract/search.ts QUERY_ERROR_CODES).
import type { QueryError, QueryErrorCode } from '../../contract/search';

/** Fewest letters before a `*`: `a*` would expand to a good part of the vocabulary and scan most of the index. */
export const MIN_PREFIX = 2;

const MESSAGES: Record<QueryErrorCode, (detail: string) => string> = {
  'unclosed-quote': () => 'A closing quotation mark (") is missing.',
  'unclosed-field-quote': (field) => `A closing quotation mark (") is missing after ${field}:.`,
  'field-needs-value': (field) => `${field}: needs a value, e.g. ${EXAMPLES[field.toLowerCase()] ?? 'agency:SANA'}.`,
  'stray-closing-bracket': () => 'There is a closing bracket ")" without an opening one.',
  'unclosed-bracket': () => 'A closing bracket ")" is missing.',
  'or-needs-terms': () => 'OR needs a search term on both sides.',
  'and-needs-terms': () => 'AND needs a search term on both sides.',
  'prefix-too-short': (text) => `Type at least ${MIN_PREFIX} letters before * (${text}).`,
  'date-invalid': (value) =>
    `date:${value} is not a date. Use YYYY, YYYY-MM or YYYY-MM-DD, or a range like date:2016-01..2016-12.`,
  'date-reversed': (value) => `date:${value} ends before it starts.`,
  'has-invalid': (value) => `has:${value} is not known. Use has:annotations, has:note, has:tags or has:versions.`,
  'status-invalid': (value) =>
    `status:${value} is not known. Use status:usable, status:embargoed, status:correction, status:withheld or status:canceled.`,
};

const EXAMPLES: Record<string, string> = {
  agency: 'agency:SANA',
  place: 'place:Damascus',
  lang: 'lang:ar',
  language: 'lang:ar',
  date: 'date:2016-07',
  tag: 'tag:syria',
  has: 'has:annotations',
  status: 'status:canceled',
  byline: 'byline:"Jane Doe"',
  subject: 'subject:medtop:20001065',
};

export class QuerySyntaxError extends Error {
  constructor(
    readonly code: QueryErrorCode,
    readonly detail = '',
  ) {
    super(MESSAGES[code](detail));
  }

  toQueryError(): QueryError {
    return { code: this.code, detail: this.detail, message: this.message };
  }
}
