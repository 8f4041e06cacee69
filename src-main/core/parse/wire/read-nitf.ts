import type { WireDraft } from './wire-draft';
import { intOrNull } from './wire-text';
import { bodyParagraphs } from './xml-paragraphs';
import { attr, child, childElements, descendants, path, textOf, type XmlElement } from './xml-tree';

// IPTC NITF 3.x (DTD/XSD 3.1–3.6). One <nitf> is one item. The body is body/body.content
// only: an editor's <note> in body.head has its own body.content (nitf-fishing.xml), and
// body.end's tagline is not story text.

/** An agency code as wire files write one: `AAP`, `AP`, `PA`. Longer names are holders, not credits. */
const AGENCY_CODE = /^[A-Z]{2,6}$/;

export function readNitf(nitf: XmlElement): WireDraft {
  const head = child(nitf, 'head');
  const docdata = child(head, 'docdata');
  const bodyHead = path(nitf, 'body', 'body.head');
  const docId = child(docdata, 'doc-id');
  const status = attr(docdata, 'management-status');
  const dateline = child(bodyHead, 'dateline');
  const keywords = descendants(child(docdata, 'key-list'), 'keyword').map((k) => attr(k, 'key') ?? '');
  return {
    guid: attr(docId, 'id-string'),
    title: textOf(path(bodyHead, 'hedline', 'hl1')) || textOf(child(head, 'title')),
    dateRaw: dateOf(child(docdata, 'date.issue')),
    embargoRaw: status === 'embargoed' ? dateOf(child(docdata, 'date.release')) : null,
    // The NITF DTD gives management-status no value; a document says "usable" by saying nothing.
    pubStatus: status ?? 'usable',
    urgency: intOrNull(attr(child(docdata, 'urgency'), 'ed-urg')),
    subjects: descendants(head, 'tobject.subject').map((s) => attr(s, 'tobject.subject.refnum') ?? ''),
    keywords,
    // NITF's own slot for the slug is docdata's du-key; agencies often put it in a meta keyword instead.
    slugline:
      metaContent(head, /^(?:[\w-]+-)?(?:keyword|slugline)$/i) ??
      attr(child(docdata, 'du-key'), 'key') ??
      (keywords.length === 1 ? keywords[0] : null),
    byline: textOf(child(bodyHead, 'byline'), new Set(['byttl'])),
    distributor: textOf(child(bodyHead, 'distributor')) || null,
    datelineText: dateline ? textOf(dateline, new Set(['story.date'])) : null,
    datelinePlace: datelinePlace(dateline),
    located: attr(child(docdata, 'evloc'), 'city'),
    ednote: attr(child(docdata, 'ed-msg'), 'info'),
    language: attr(nitf, 'baselang') ?? attr(nitf, 'lang'),
    agencyHints: agencyHints(docdata, docId),
    body: bodyParagraphs(nitfBodyContent(nitf)),
  };
}

/** The story body of an NITF document (also used for NITF inside NewsML). */
export function nitfBodyContent(nitf: XmlElement): XmlElement | null {
  return path(nitf, 'body', 'body.content');
}

function dateOf(el: XmlElement | null): string | null {
  return attr(el, 'norm') ?? (textOf(el).trim() || null);
}

function metaContent(head: XmlElement | null, name: RegExp): string | null {
  const meta = childElements(head, 'meta').find(
    (m) => name.test(attr(m, 'name') ?? '') && (attr(m, 'content') ?? '').trim(),
  );
  return meta ? attr(meta, 'content') : null;
}

// aap.xml: `<dateline><location><city>Sydney</city></location>`; ap-nitf.xml: `<location>NEW YORK</location>`.
function datelinePlace(dateline: XmlElement | null): string | null {
  const location = child(dateline, 'location');
  const city = child(location, 'city');
  if (city) return textOf(city);
  return location && childElements(location).length === 0 ? textOf(location) : null;
}

// aap.xml credits AAP only through its doc-id (`AAP.115314987.5417374`); PA through
// del-list `from-src`; ap-nitf.xml through `doc-id@regsrc`. nitf-fishing.xml's `iptc.321656141.b`
// and `iptc.org` are no agency codes, so they are not taken.
function agencyHints(docdata: XmlElement | null, docId: XmlElement | null): string[] {
  const prefix = /^([A-Za-z]+)[.:]/.exec(attr(docId, 'id-string') ?? '')?.[1];
  const candidates = [
    prefix,
    attr(docId, 'regsrc'),
    ...descendants(docdata, 'from-src').map((s) => attr(s, 'src-name')),
    attr(child(docdata, 'doc.rights'), 'owner'),
    attr(child(docdata, 'doc.copyright'), 'holder'),
  ];
  return candidates.filter((c): c is string => typeof c === 'string' && AGENCY_CODE.test(c.trim()));
}
