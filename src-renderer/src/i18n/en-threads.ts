// English strings of story threads (issue 19 §3): the list's badge and collapse toggle,
// and the reader's timeline of who reported what. Spread into en.ts.
export const enThreads = {
  threadReports: { one: '{n} report', other: '{n} reports' },
  threadAgencies: { one: '{n} agency', other: '{n} agencies' },
  threadBadgeLabel: 'Story thread: {reports}, {agencies}',
  collapseThreads: 'Collapse threads',
  collapseThreadsHint: 'Show each story thread once, by its earliest report',
  threadHeading: 'Thread: {reports} · {agencies}',
  threadEarliest: 'earliest',
  threadShown: 'shown',
  threadNoAgency: 'no agency',
  threadTimeUnknown: 'time unknown',
  compareEarliest: 'Compare with earliest',
  threadDiffHeading: 'Changes from the earliest report ({agency}) to this one',
};
