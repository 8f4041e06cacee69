// English strings of the results timeline (issue 19), spread into en.ts.
export const enTimeline = {
  timelineLabel: 'Results by date',
  'timelineBy.day': 'Results by day',
  'timelineBy.week': 'Results by week',
  'timelineBy.month': 'Results by month',
  timelineSummary: '{by}, {from} to {to}: {dated} dated, {undated} undated',
  timelineUndated: { one: '{n} undated', other: '{n} undated' },
  timelineHint:
    'Drag across the bars to search those dates. With the keyboard: arrows move, Shift+arrows widen, Enter searches, Escape clears.',
  timelinePeriod: 'Period',
  timelineCount: 'Results',
  timelineUndatedRow: 'Undated',
  timelineBucket: { one: '{period}: {n} result', other: '{period}: {n} results' },
  timelineRange: 'Dates: {from} – {to}',
  timelineClear: 'Clear dates',
  timelineOpen: 'Open article: {date}',
} as const;
