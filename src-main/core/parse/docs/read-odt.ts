// ODT: content.xml from the zip (fflate, bounded) read with the XML tree the wire readers
// use (saxes). Paragraphs are text:p and text:h in document order; text:s, text:tab and
// text:line-break are the spacing ODF keeps out of the text itself.
import { documentReject, type DocumentOutcome } from './document-outcome';
import { officeDocument, readOfficeMeta } from './office-meta';
import { attr, isElement, parseXml, type XmlElement, type XmlNode } from '../wire/xml-tree';
import { unzipBounded } from './zip-entries';

/** Elements whose text is not part of the story: notes, annotations, tracked deletions. */
const SKIP = new Set(['note', 'annotation', 'tracked-changes', 'bookmark-ref', 'sequence-decls']);

export function readOdt(bytes: Uint8Array): DocumentOutcome {
  const zip = unzipBounded(bytes, (name) => name === 'content.xml' || name === 'meta.xml');
  if (!zip.ok) return documentReject(zip.bomb ? 'too-large' : 'malformed', zip.reason);
  const content = zip.entries['content.xml'];
  if (!content)
    return documentReject('malformed', 'not an OpenDocument text: a zip without content.xml (renamed zip?)');
  const parsed = parseXml(new TextDecoder().decode(content));
  if (!parsed.ok) return documentReject('malformed', `broken content.xml (${parsed.reason})`);
  const blocks: { heading: boolean; text: string }[] = [];
  collect(parsed.root, blocks);
  const kept = blocks.filter((b) => b.text !== '');
  const meta = readOfficeMeta(zip.entries['meta.xml']);
  const headline = kept[0]?.heading ? kept[0] : undefined;
  return officeDocument('odt', kept, headline, meta);
}

function collect(el: XmlElement, out: { heading: boolean; text: string }[]): void {
  for (const node of el.children) {
    if (!isElement(node) || SKIP.has(node.local)) continue;
    if (node.local !== 'p' && node.local !== 'h') {
      collect(node, out);
      continue;
    }
    // A headline is a text:h, or a paragraph in the Title style LibreOffice offers.
    const heading = node.local === 'h' || attr(node, 'text:style-name') === 'Title';
    out.push({
      heading,
      text: inlineText(node)
        .replace(/[ \t]+/g, ' ')
        .trim(),
    });
  }
}

function inlineText(el: XmlElement): string {
  return el.children.map(inlineNode).join('');
}

function inlineNode(node: XmlNode): string {
  if (!isElement(node)) return node;
  if (SKIP.has(node.local)) return '';
  if (node.local === 's') return ' '.repeat(Math.min(Number(attr(node, 'text:c') ?? 1) || 1, 8));
  if (node.local === 'tab' || node.local === 'line-break') return ' ';
  return inlineText(node);
}
