// Interface strings. Every visible string comes from here, never inline in components.
// A plural message is an object of CLDR plural forms; English needs `one` and `other`.
import { enAnnotations } from './en-annotations';
import { enDesktop } from './en-desktop';
import { enExport } from './en-export';
import { enNames } from './en-names';
import { enTags } from './en-tags';
import { enWire } from './en-wire';
import { enThreads } from './en-threads';
import { enTimeline } from './en-timeline';
import { enMentions } from './en-mentions';

export const en = {
  appName: 'Dispatch Archive',
  importFolder: 'Import folder…',
  cancelImport: 'Cancel',
  emptyTitle: 'Your dispatch archive is empty',
  emptyBody:
    'Import a folder of saved wire and agency articles (text, Markdown, HTML, JSON, CSV, Reuters SGML or TREC files) to browse and read them here. You can also drop a folder on this window.',
  articles: { one: '{n} article', other: '{n} articles' },
  loading: 'Loading…',
  noSelection: 'Select an article to read it.',
  related: 'Related articles',
  provenance: 'Provenance',
  sourceFile: 'File',
  format: 'Format',
  encoding: 'Encoding',
  sha256: 'SHA-256',
  recordIndex: 'Record',
  warnings: 'Warnings',
  otherSources: 'Also found in',
  missing: 'Source file missing',
  undated: 'undated',
  scanning: 'Scanning {root}…',
  importing: 'Importing {done} of {total}',
  saving: 'Saving…',
  rejectedCount: '{n} rejected',
  summaryTitle: 'Import finished',
  summaryCancelled: 'Import cancelled',
  summaryLine: '{imported} imported, {unchanged} unchanged, {duplicates} duplicates, {missing} missing',
  rejectedTitle: 'Rejected files',
  storeWarningsTitle: 'Problems found when opening your archive',
  summaryReanchored: {
    one: 'Highlights of {n} changed article were placed again.',
    other: 'Highlights of {n} changed articles were placed again.',
  },
  summaryOrphaned: {
    one: '{n} highlight could not be placed in the changed text; it is kept, with its note, under "Could not be placed" in its article.',
    other:
      '{n} highlights could not be placed in the changed text; they are kept, with their notes, under "Could not be placed" in their articles.',
  },
  summaryMoved: {
    one: 'The tags and notes of {n} moved article followed it.',
    other: 'The tags and notes of {n} moved articles followed them.',
  },
  summaryTaggedFromSource: {
    one: '{n} article got tags from its file.',
    other: '{n} articles got tags from their files.',
  },
  dismiss: 'Dismiss',
  errorTitle: 'Something went wrong',
  signature: 'Signature',

  // Search bar, list and layout.
  searchPlaceholder: 'Search: words, "phrases", -not, prefix*, agency:, place:, lang:, date:',
  searchLabel: 'Search the archive',
  sortLabel: 'Sort',
  sortRelevance: 'Relevance',
  sortDateDesc: 'Newest first',
  sortDateAsc: 'Oldest first',
  sortTitle: 'Headline',
  resultCount: { one: '{n} article', other: '{n} articles' },
  noResults: 'No articles match',
  clearFilters: 'Clear filters',
  settings: 'Settings',
  queryErrorPrefix: 'Query',
  // Why a query could not be read, one per QueryErrorCode; {detail} is the part at fault.
  'queryError.unclosed-quote': 'a closing quotation mark (") is missing.',
  'queryError.unclosed-field-quote': 'a closing quotation mark (") is missing after {detail}:.',
  'queryError.field-needs-value': '{detail}: needs a value, e.g. agency:SANA, place:Damascus, lang:ar or date:2016-07.',
  'queryError.stray-closing-bracket': 'there is a closing bracket ")" without an opening one.',
  'queryError.unclosed-bracket': 'a closing bracket ")" is missing.',
  'queryError.or-needs-terms': 'OR needs a search term on both sides.',
  'queryError.and-needs-terms': 'AND needs a search term on both sides.',
  'queryError.prefix-too-short': 'type at least 2 letters before * ({detail}).',
  'queryError.date-invalid':
    'date:{detail} is not a date. Use YYYY, YYYY-MM or YYYY-MM-DD, or a range like date:2016-01..2016-12.',
  'queryError.date-reversed': 'date:{detail} ends before it starts.',
  'queryError.has-invalid': 'has:{detail} is not known. Use has:annotations, has:note or has:tags.',
  'queryError.status-invalid':
    'status:{detail} is not known. Use status:usable, status:embargoed, status:correction, status:withheld or status:canceled.',
  currentFile: 'Current file',
  listLabel: 'Articles',
  facetsLabel: 'Filters',
  readerLabel: 'Article',
  filesProgress: '{done} of {total} files',

  // Facet sidebar.
  facetFolder: 'Source folders',
  facetAgency: 'Agencies',
  facetPlace: 'Places',
  facetLanguage: 'Languages',
  facetPeriod: 'Dates',
  facetUndated: 'Undated',
  facetEmpty: 'None',
  // The short label of the clear button under the Filters heading, where the context says what it clears.
  facetClear: 'Clear',
  showMore: { one: 'Show {n} more', other: 'Show {n} more' },
  showFewer: 'Show fewer',
  showMonths: 'Show the months of {year}',
  hideMonths: 'Hide the months of {year}',
  facetOptionCount: { one: '{value}: {n} article', other: '{value}: {n} articles' },

  // Reader.
  unknownLanguage: 'Unknown language',
  metaDate: 'Date',
  metaPlace: 'Place',
  metaAgency: 'Agency',
  metaLanguage: 'Language',
  hitNavigation: 'Query hits',
  hitCount: '{current} / {total}',
  hitCountLabel: { one: 'Hit {current} of {n}', other: 'Hit {current} of {n}' },
  noHits: 'No hits in this article',
  previousHit: 'Previous hit',
  nextHit: 'Next hit',
  folder: 'Folder',
  sourceCount: { one: '{n} source file', other: '{n} source files' },

  // Settings.
  settingsTitle: 'Settings',
  settingsLocale: 'Interface language',
  localeSystem: 'Same as the system',
  // Language names stay in their own language, so a user can find theirs in either UI.
  localeEnglish: 'English',
  localeRussian: 'Русский',
  close: 'Close',
  ...enTags,
  ...enAnnotations,
  ...enDesktop,
  ...enExport,
  ...enWire,
  ...enNames,
  ...enThreads,
  ...enTimeline,
  ...enMentions,
} as const;

export type MessageKey = keyof typeof en;
