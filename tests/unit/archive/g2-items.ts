// Tiny NewsML-G2 news items for the tests of story versions: the shape of
// /work/shared/wire/files/LISTING 1 A NewsML-G2 News Item.xml, one guid, several versions.

export interface G2Version {
  version: number;
  /** versionCreated, ISO 8601. */
  at: string;
  headline: string;
  paragraphs: string[];
  /** The G2 pubStatus: usable, withheld or canceled. */
  pubStatus?: string;
}

export const GUID = 'urn:newsml:example.com:20240301:quake';

export function g2Item(v: G2Version, guid = GUID): string {
  const body = v.paragraphs.map((p) => `        <p>${p}</p>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${guid}" version="${v.version}" standard="NewsML-G2" standardversion="2.23" xml:lang="en">
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider qcode="nprov:EXAMPLE"><name>Example News</name></provider>
    <versionCreated>${v.at}</versionCreated>
    <firstCreated>2024-03-01T08:00:00Z</firstCreated>
    <pubStatus qcode="stat:${v.pubStatus ?? 'usable'}"/>
  </itemMeta>
  <contentMeta>
    <headline>${v.headline}</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml"><body>
${body}
      </body></html>
    </inlineXML>
  </contentSet>
</newsItem>
`;
}

export const QUAKE_V1: G2Version = {
  version: 1,
  at: '2024-03-01T08:00:00Z',
  headline: 'Earthquake strikes coastal town',
  paragraphs: [
    'An earthquake of magnitude 5.8 struck the coastal town early on Friday, officials said.',
    'There were no immediate reports of casualties.',
  ],
};

/** A write-through: a new lead, the first paragraph moved down, the second rewritten. */
export const QUAKE_V2: G2Version = {
  version: 2,
  at: '2024-03-01T10:30:00Z',
  headline: 'Earthquake kills three in coastal town',
  paragraphs: [
    'Three people were killed when a house collapsed, the mayor said.',
    'An earthquake of magnitude 5.8 struck the coastal town early on Friday, officials said.',
    'Rescue teams are searching the rubble.',
  ],
};
