import type { WireDraft } from './wire-draft';
import type { WireFlag } from './wire-item';
import { intOrNull } from './wire-text';
import { nitfBodyContent } from './read-nitf';
import { bodyParagraphs, splitPlainText } from './xml-paragraphs';
import { attr, child, childElements, descendants, firstDescendant, textOf, type XmlElement } from './xml-tree';

// IPTC NewsML-G2 2.x: a newsItem alone, or a newsMessage whose itemSet holds several
// (ap.xml sends three). itemClass says what an item is; only text is read. The body is
// inline NITF or XHTML in contentSet/inlineXML, or plain text in inlineData.

export interface G2Item {
  draft: WireDraft | null;
  skipped?: string;
}

export function readNewsMlG2(root: XmlElement): G2Item[] {
  const items = root.local === 'newsItem' ? [root] : descendants(root, 'newsItem');
  const others =
    root.local === 'newsMessage' ? childElements(child(root, 'itemSet')).filter((i) => i.local !== 'newsItem') : [];
  return [
    ...items.map(readItem),
    ...others.map((i) => ({ draft: null, skipped: `${i.local} ${attr(i, 'guid') ?? ''} is not a news item; skipped` })),
  ];
}

/** `ninat:text`, `icls:text` (Reuters): the part after the scheme. */
function itemClass(item: XmlElement): string {
  const qcode = attr(child(child(item, 'itemMeta'), 'itemClass'), 'qcode') ?? '';
  return qcode.split(':').pop()?.toLowerCase() ?? '';
}

function readItem(item: XmlElement): G2Item {
  const kind = itemClass(item);
  const guid = attr(item, 'guid');
  if (kind && kind !== 'text' && kind !== 'composite')
    return { draft: null, skipped: `newsItem ${guid ?? ''} is ${kind}, not text; skipped` };
  const meta = child(item, 'itemMeta');
  const content = child(item, 'contentMeta');
  const notes = childElements(meta, 'edNote');
  const publicNote = notes.find((n) => !/private|internal/i.test(attr(n, 'role') ?? '')) ?? notes[0] ?? null;
  const privateNote = notes.find((n) => n !== publicNote) ?? null;
  return {
    draft: {
      guid,
      version: attr(item, 'version'),
      title: textOf(headline(content)),
      dateRaw:
        firstText(meta, 'firstCreated') ?? firstText(meta, 'versionCreated') ?? firstText(content, 'contentCreated'),
      versionCreatedRaw: firstText(meta, 'versionCreated') ?? firstText(content, 'contentModified'),
      embargoRaw: firstText(meta, 'embargoed'),
      pubStatus: (attr(child(meta, 'pubStatus'), 'qcode') ?? '').split(':').pop() || null,
      flags: signalFlags(meta),
      ednote: textOf(publicNote) || null,
      correctionNote: textOf(privateNote) || null,
      urgency: intOrNull(textOf(child(content, 'urgency'))),
      located: nameOf(child(meta, 'located')) ?? nameOf(child(content, 'located')),
      language: attr(child(content, 'language'), 'tag') ?? attr(item, 'lang'),
      keywords: childElements(content, 'keyword').map((k) => textOf(k)),
      subjects: childElements(content, 'subject').map((s) => attr(s, 'qcode') ?? ''),
      slugline: textOf(child(content, 'slugline')) || null,
      datelineText: textOf(child(content, 'dateline')) || null,
      byline: textOf(child(content, 'by')) || null,
      credit: textOf(child(content, 'creditline')) || null,
      agencyHints: [nameOf(child(meta, 'provider'))],
      body: bodyOf(item),
    },
  };
}

/** The main headline: one without a role, or with a main-headline role. */
function headline(content: XmlElement | null): XmlElement | null {
  const all = childElements(content, 'headline');
  return all.find((h) => !attr(h, 'role') || /main/i.test(attr(h, 'role') ?? '')) ?? all[0] ?? null;
}

function firstText(el: XmlElement | null, local: string): string | null {
  return textOf(child(el, local)).trim() || null;
}

/** A located/provider/creator name: `<name>` child or `@literal`; empty names count as none (stt_archive). */
function nameOf(el: XmlElement | null): string | null {
  return (textOf(child(el, 'name')).trim() || attr(el, 'literal')?.trim()) ?? null;
}

// sig:update (IPTC), edStat:U (Reuters), sig:correction, and a few more stated signals.
function signalFlags(meta: XmlElement | null): WireFlag[] {
  const flags: WireFlag[] = [];
  for (const signal of childElements(meta, 'signal')) {
    const qcode = (attr(signal, 'qcode') ?? '').toLowerCase();
    if (qcode === 'sig:update' || qcode === 'edstat:u') flags.push('update');
    if (qcode === 'sig:correction' || qcode === 'edstat:c') flags.push('correction');
    if (qcode === 'sig:withheld' || qcode === 'edstat:k') flags.push('kill');
  }
  return flags;
}

function bodyOf(item: XmlElement) {
  const set = child(item, 'contentSet');
  const inline = childElements(set, 'inlineXML').find((x) => textOf(x).trim()) ?? null;
  if (inline) {
    const nitf = firstDescendant(inline, 'nitf');
    return bodyParagraphs(nitf ? nitfBodyContent(nitf) : (firstDescendant(inline, 'body') ?? inline));
  }
  const data = childElements(set, 'inlineData').find((x) => textOf(x).trim());
  return data ? { ...splitPlainText(textOf(data)), tableRows: [] } : { paragraphs: [], raw: [], tableRows: [] };
}
