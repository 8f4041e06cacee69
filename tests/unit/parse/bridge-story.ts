// A short made-up news story the HTML body tests wrap in pages of their own making.
export const STORY = [
  'The ministry said on Monday that the new bridge over the river would open to traffic next month, two years late.',
  'Engineers blamed the delay on flooding in the spring and on a shortage of steel, which pushed the cost up by a third.',
  'Residents have waited a decade for the crossing, which will cut the drive to the regional hospital by an hour.',
  'The opposition asked for an inquiry into the contracts, which were signed without a public tender in 2018.',
];

export const paragraphs = STORY.map((p) => `<p>${p}</p>`).join('');
