import { parseHTML } from '../linkedom-selector-cache';
import type { XmlElement, XmlNode } from './xml-tree';

// ninjs body_html and WordPress content are HTML, often not well-formed
// (wordpress_wxr_thumb.xml has `<strong>toto</toto>`), so they go through linkedom, the
// project's HTML parser (html.ts), and come out as the same small tree the XML readers use.

/** An HTML fragment as a tree under a synthetic `body` element. */
export function htmlTree(html: string): XmlElement {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return convert(document.body as unknown as Element);
}

function convert(el: Element): XmlElement {
  const children: XmlNode[] = [];
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) children.push(node.textContent ?? '');
    else if (node.nodeType === 1) children.push(convert(node as Element));
  }
  const attrs: Record<string, string> = {};
  for (const a of Array.from(el.attributes)) attrs[a.name] = a.value;
  const local = el.localName.toLowerCase();
  return { name: local, local, attrs, children };
}
