// English strings of the names articles mention (issue 19): the People, Organisations and
// Places mentioned filters, and the reader's list of names. Spread into en.ts.
export const enMentions = {
  facetPerson: 'People mentioned',
  facetOrg: 'Organisations mentioned',
  facetLocation: 'Places mentioned',
  mentionsLabel: 'Names in this article',
  mentionsPerson: 'People',
  mentionsOrg: 'Organisations',
  mentionsPlace: 'Places',
  mentionFilterHint: {
    one: 'Mentioned once · show the articles that mention it',
    other: 'Mentioned {n} times · show the articles that mention it',
  },
} as const;
