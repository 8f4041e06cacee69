// English strings of agency copy (issue 17): the wire fields in the reader, the status
// banners, a story's versions and their changes, the list's badges and the Status
// filter. Spread into en.ts (kept apart so features edit their own file).
export const enWire = {
  // The reader's metadata.
  metaByline: 'Byline',
  metaDateTime: 'Time',
  metaLocalTime: 'Your time: {time}',
  metaSlugline: 'Slugline',
  metaUrgency: 'Urgency',
  metaUrgencyHint: 'As the agency rates it, 1 most urgent',
  metaVersion: 'Version',
  metaSubjects: 'Subjects',

  // Status banners over the headline.
  bannerWithdrawn: 'Withdrawn by the agency',
  bannerWithdrawnHint: 'The agency killed or cancelled this story: it should not be used.',
  bannerWithheld: 'Withheld by the agency',
  bannerCorrection: 'Correction',
  bannerEmbargoed: 'Embargoed until {time}',
  bannerEmbargoedUntimed: 'Embargoed',
  bannerEmbargoLifted: 'Embargo lifted {time}',

  // A story's versions.
  versionsHeading: 'Versions ({n})',
  versionName: 'Version {version}',
  versionShown: 'shown',
  versionTimeUnknown: 'time unknown',
  earlierVersion: 'An earlier version — newer one: {link}',
  showChanges: 'Show changes',
  diffHeading: 'Changes from version {from} to version {to}',
  diffLegend: 'Removed words are struck through; added words are underlined.',
  diffNone: 'The text did not change.',
  diffGone: 'The changes cannot be shown: one of the versions is no longer in the archive.',
  diffFailed: 'The changes could not be loaded: {error}',

  // List rows.
  rowVersions: { one: '{n} version', other: '{n} versions' },
  rowWithdrawn: 'Withdrawn',

  // The Status filter; canceled reads as "withdrawn", as the banner says it.
  facetStatus: 'Status',
  'status.usable': 'Usable',
  'status.embargoed': 'Embargoed',
  'status.correction': 'Correction',
  'status.withheld': 'Withheld',
  'status.canceled': 'Withdrawn',
} as const;
