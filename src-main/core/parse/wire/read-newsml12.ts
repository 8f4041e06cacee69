import type { WireDraft } from './wire-draft';
import { intOrNull } from './wire-text';
import { nitfBodyContent } from './read-nitf';
import { bodyParagraphs } from './xml-paragraphs';
import { attr, child, childElements, descendants, firstDescendant, path, textOf, type XmlElement } from './xml-tree';

// IPTC NewsML 1.2: a NewsML document holds NewsItems; each NewsComponent describes its
// content and holds ContentItems. A text item is one whose ContentItem has MediaType Text;
// the body is NITF or bare (X)HTML inside ContentItem/DataContent (afp20.xml has bare <p>).

export interface NewsMl12Item {
  draft: WireDraft | null;
  /** Why a NewsItem was not read as an article. */
  skipped?: string;
}

export function readNewsMl12(root: XmlElement): NewsMl12Item[] {
  return descendants(root, 'NewsItem').map(readItem);
}

function readItem(item: XmlElement): NewsMl12Item {
  const contents = descendants(item, 'ContentItem');
  const text = contents.find((c) => /text/i.test(attr(child(c, 'MediaType'), 'FormalName') ?? ''));
  const ident = path(item, 'Identification', 'NewsIdentifier');
  const guid = textOf(child(ident, 'PublicIdentifier')) || null;
  if (!text) {
    const kind = contents.map((c) => attr(child(c, 'MediaType'), 'FormalName')).find(Boolean) ?? 'no content';
    return { draft: null, skipped: `NewsItem ${guid ?? ''} is ${kind}, not text; skipped` };
  }
  const management = child(item, 'NewsManagement');
  const lines = firstDescendant(item, 'NewsLines');
  const meta = firstDescendant(item, 'DescriptiveMetadata');
  const data = child(text, 'DataContent');
  const nitf = firstDescendant(data, 'nitf');
  const properties = descendants(meta, 'Property');
  return {
    draft: {
      guid,
      version: textOf(child(ident, 'RevisionId')) || null,
      title: textOf(child(lines, 'HeadLine')),
      dateRaw: textOf(child(management, 'FirstCreated')) || textOf(child(management, 'ThisRevisionCreated')),
      versionCreatedRaw: textOf(child(management, 'ThisRevisionCreated')) || null,
      pubStatus: attr(child(management, 'Status'), 'FormalName'),
      urgency: intOrNull(attr(child(management, 'Urgency'), 'FormalName')),
      datelineText: textOf(child(lines, 'DateLine')) || null,
      slugline: textOf(child(lines, 'SlugLine')) || textOf(path(item, 'Identification', 'NameLabel')),
      byline: textOf(child(lines, 'ByLine')) || null,
      credit: textOf(child(lines, 'CreditLine')) || null,
      language: attr(child(meta, 'Language'), 'FormalName') ?? attr(item, 'lang'),
      subjects: descendants(meta, 'SubjectCode').flatMap((code) =>
        childElements(code).map((s) => attr(s, 'FormalName') ?? ''),
      ),
      keywords: properties.filter((p) => attr(p, 'FormalName') === 'Keyword').map((p) => attr(p, 'Value') ?? ''),
      located: properties.find((p) => attr(p, 'FormalName') === 'City')?.attrs.Value ?? null,
      agencyHints: [
        attr(firstDescendant(firstDescendant(item, 'Provider'), 'Party'), 'FormalName'),
        textOf(child(ident, 'ProviderId')),
      ],
      body: bodyParagraphs(nitf ? nitfBodyContent(nitf) : data),
    },
  };
}
