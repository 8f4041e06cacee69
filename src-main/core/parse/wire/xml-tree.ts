// XML helper for the wire readers: saxes tokenises, this file keeps a small element tree.
//
// Measured on the 27 XML files of the dev set (175,000 characters, 50 passes, Node 20):
//   saxes 6 (events only)            3.1 ms a pass
//   fast-xml-parser 5 (preserveOrder) 21 ms, 31 ms with its validator
//   @xmldom/xmldom 0.9                44 ms
// saxes is also the only one that is strict where a reader must be: it rejects an
// undeclared entity (`&nbsp;` in a NewsML-G2 file; fast-xml-parser's validator passes it and
// xmldom only logs it), a truncated file and a mismatched end tag, and reports them as
// values through its error event. fast-xml-parser's object output also loses the order of
// mixed content (`<p>By <person>Alan Karben</person></p>`), which the body readers need.
// The tree below is the least that keeps order: elements, attributes and text.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** The qualified name as written, e.g. `wp:post_type`. */
  name: string;
  /** The name without prefix, e.g. `post_type`. Readers match on this: wire files mix namespaces freely. */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export type XmlOutcome = { ok: true; root: XmlElement } | { ok: false; truncated: boolean; reason: string };

/**
 * saxes says "4:34: undefined entity." without the name; a person fixing the file (or
 * asking the agency to) needs it, so it is read from the text at that line.
 */
function withEntityName(message: string, text: string): string {
  const at = /^(\d+):(\d+): undefined entity/.exec(message);
  if (!at) return message;
  const line = text.split('\n', Number(at[1]))[Number(at[1]) - 1] ?? '';
  const names = [...line.slice(0, Number(at[2]) + 1).matchAll(/&([\w.:-]+);/g)];
  const name = names[names.length - 1]?.[1];
  return name ? `${message.replace(/\.$/, '')} &${name}; (declared in no DTD the file gives)` : message;
}

/** Parses an XML document; a well-formedness error is returned, never thrown. */
export function parseXml(text: string): XmlOutcome {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let error: string | null = null;
  parser.on('error', (err) => {
    error ??= withEntityName(err.message, text);
  });
  parser.on('doctype', (doctype) => declareEntities(parser, doctype));
  parser.on('opentag', (tag) => {
    const el: XmlElement = {
      name: tag.name,
      local: localName(tag.name),
      attrs: { ...(tag.attributes as Record<string, string>) },
      children: [],
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root ??= el;
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  const addText = (text: string): void => void stack[stack.length - 1]?.children.push(text);
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(text).close();
  if (error !== null || root === null) {
    const reason = error ?? 'no root element';
    return { ok: false, truncated: /unclosed|unexpected end/i.test(reason), reason };
  }
  return { ok: true, root };
}

// nitf-fishing.xml carries a DOCTYPE; an internal subset may declare entities, which
// saxes does not read itself. Only plain `<!ENTITY name "value">` declarations are taken.
function declareEntities(parser: SaxesParser, doctype: string): void {
  for (const m of doctype.matchAll(/<!ENTITY\s+([\w.-]+)\s+(?:"([^"]*)"|'([^']*)')\s*>/g)) {
    parser.ENTITIES[m[1]!] = m[2] ?? m[3] ?? '';
  }
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object';
}

/** Child elements, optionally only those with this local name. */
export function childElements(el: XmlElement | null | undefined, local?: string): XmlElement[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlElement => isElement(c) && (local === undefined || c.local === local));
}

export function child(el: XmlElement | null | undefined, local: string): XmlElement | null {
  return childElements(el, local)[0] ?? null;
}

/** Follows a path of local names through first children: `path(nitf, 'head', 'docdata')`. */
export function path(el: XmlElement | null | undefined, ...locals: string[]): XmlElement | null {
  let current: XmlElement | null = el ?? null;
  for (const local of locals) current = child(current, local);
  return current;
}

/** Every descendant element with this local name, in document order. */
export function descendants(el: XmlElement | null | undefined, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement): void => {
    for (const c of node.children) {
      if (!isElement(c)) continue;
      if (c.local === local) found.push(c);
      walk(c);
    }
  };
  if (el) walk(el);
  return found;
}

export function firstDescendant(el: XmlElement | null | undefined, local: string): XmlElement | null {
  return descendants(el, local)[0] ?? null;
}

/** All text inside, in order, raw (not normalised). `skip` names elements whose text is left out. */
export function textOf(el: XmlElement | null | undefined, skip: ReadonlySet<string> = NO_SKIP): string {
  if (!el) return '';
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') out += c;
    else if (!skip.has(c.local)) out += textOf(c, skip);
  }
  return out;
}

const NO_SKIP: ReadonlySet<string> = new Set();

/** An attribute by name or by local name (`xml:lang` answers to `lang`). */
export function attr(el: XmlElement | null | undefined, name: string): string | null {
  if (!el) return null;
  if (name in el.attrs) return el.attrs[name] ?? null;
  for (const [key, value] of Object.entries(el.attrs)) if (localName(key) === name) return value;
  return null;
}
